// Screen: who I am in the platform — name, login, role and the places I act for.

import { request } from './api.js';
import { h } from './dom.js';
import { rolesLabel, organizationTypeLabel, programmeRoleLabel, yearsLabel } from './labels.js';

export async function renderProfile(main, context) {
  const { session } = context;
  const rows = h('dl', { class: 'row mb-0 profile' },
    row('ФИО', session.fullName || session.username),
    row('Логин', session.username),
    row('Роль', rolesLabel(session.roles)));
  main.replaceChildren(
    h('h1', { class: 'h3 mb-3' }, 'Мой профиль'),
    h('div', { class: 'card' }, h('div', { class: 'card-body' }, rows)));
  const places = await placesOf(session);
  if (places.region) {
    rows.append(...row('Регион', places.region));
  }
  if (places.municipality) {
    rows.append(...row('Муниципалитет', places.municipality));
  }
  if (session.personId) {
    const person = await request(`/api/participants/people/${session.personId}`).catch(() => null);
    if (person) {
      rows.append(
        ...row('Должность', person.position || '—'),
        ...row('Предметы', (person.subjects || []).join(', ') || '—'),
        ...row('Стаж', yearsLabel(person.yearsOfExperience)),
        ...row('Роль в программе', programmeRoleLabel(person.programmeRole)));
    }
  }
  if (context.organizationIds.length) {
    rows.append(...row(context.organizationIds.length > 1 ? 'Организации' : 'Организация',
      h('ul', { class: 'list-unstyled mb-0' }, context.organizationIds.map((id) => {
        const organization = context.organizations.get(id);
        return h('li', {}, context.organizationName(id),
          organization?.type ? h('span', { class: 'text-body-secondary' }, ` · ${organizationTypeLabel(organization.type)}`) : null);
      }))));
  }
}

function row(term, description) {
  return [h('dt', { class: 'col-sm-4 col-lg-3 text-body-secondary fw-normal' }, term), h('dd', { class: 'col-sm-8 col-lg-9' }, description)];
}

/** Names of the user's region and municipality from the directory; missing names are simply left out. */
async function placesOf(session) {
  const places = {};
  try {
    const regions = await request('/api/participants/regions');
    places.region = regions?.find((r) => r.id === session.regionId)?.name;
    if (session.regionId && session.municipalityId) {
      const municipalities = await request(`/api/participants/regions/${session.regionId}/municipalities`);
      places.municipality = municipalities?.find((m) => m.id === session.municipalityId)?.name;
    }
  } catch {
    // the profile stays useful without the names
  }
  return places;
}
