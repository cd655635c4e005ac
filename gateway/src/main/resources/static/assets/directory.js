// Screen: the organization directory, region → municipalities → organizations, as a tree loaded level by level.
// The API returns only what the user may see, so one tree serves every role; a level with a single entry opens
// by itself, so a school's curator sees their organizations at once while a region's admin sees its municipalities.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert } from './dom.js';
import { organizationTypeLabel } from './labels.js';
import { hasRole } from './session.js';

export function renderDirectory(main, context) {
  const scope = hasRole(context.session, 'REGION_ADMIN')
    ? 'Все муниципалитеты и организации вашего региона.'
    : hasRole(context.session, 'MUNICIPAL_CURATOR')
      ? 'Организации вашего муниципалитета.'
      : context.organizationIds.length > 1 ? 'Организации, в которых вы работаете.' : 'Ваша организация.';
  const tree = h('div', { class: 'directory', id: 'directory' });
  main.replaceChildren(
    h('h1', { class: 'h3 mb-1' }, 'Справочник организаций'),
    h('p', { class: 'text-body-secondary mb-3' }, scope),
    tree);
  loadLevel(tree, '/api/participants/regions', (region) => regionNode(region, context), 'Регионов нет.');
}

/** Fills {@code container} with one node per item of {@code url}; opens the only node of a level. */
async function loadLevel(container, url, nodeOf, emptyText) {
  container.replaceChildren(spinner());
  try {
    const items = await request(url);
    if (!items?.length) {
      container.replaceChildren(h('p', { class: 'text-body-secondary fst-italic mb-0 py-2 empty' }, emptyText));
      return;
    }
    const nodes = items.map(nodeOf);
    container.replaceChildren(...nodes);
    if (nodes.length === 1 && nodes[0] instanceof HTMLDetailsElement) {
      nodes[0].open = true;
    }
  } catch (error) {
    container.replaceChildren(problemAlert(asProblemError(error)));
  }
}

/** A <details> that loads its children the first time it is opened. */
function lazyNode(summary, attributes, load) {
  const children = h('div', { class: 'node-children' });
  const node = h('details', attributes, h('summary', {}, summary), children);
  let loaded = false;
  node.addEventListener('toggle', () => {
    if (node.open && !loaded) {
      loaded = true;
      load(children);
    }
  });
  return node;
}

function regionNode(region, context) {
  return lazyNode(
    [h('span', { class: 'node-name' }, region.name), h('span', { class: 'badge text-bg-light border ms-2' }, 'регион')],
    { class: 'node region card mb-3', dataset: { regionId: region.id } },
    (children) => loadLevel(children, `/api/participants/regions/${region.id}/municipalities`,
      (municipality) => municipalityNode(municipality, context), 'Муниципалитетов нет.'));
}

function municipalityNode(municipality, context) {
  return lazyNode(
    [h('span', { class: 'node-name' }, municipality.name), h('span', { class: 'badge text-bg-light border ms-2' }, 'муниципалитет')],
    { class: 'node municipality', dataset: { municipalityId: municipality.id } },
    (children) => loadLevel(children, `/api/participants/municipalities/${municipality.id}/organizations`,
      (organization) => organizationNode(organization, context), 'Организаций нет.'));
}

function organizationNode(organization, context) {
  const current = context.kind === 'school' && organization.id === context.currentOrganizationId;
  return h('div', { class: `organization d-flex flex-wrap align-items-center gap-2${current ? ' current' : ''}`, dataset: { organizationId: organization.id } },
    h('div', { class: 'flex-grow-1 min-w-0' },
      h('div', { class: 'organization-name fw-semibold' }, organization.name),
      h('div', { class: 'small text-body-secondary' }, organizationTypeLabel(organization.type),
        current ? h('span', { class: 'badge text-bg-primary ms-2' }, 'текущая') : null)),
    context.canSeePeople
      ? h('a', { class: 'btn btn-sm btn-outline-primary people-link', href: `#/organizations/${organization.id}/people` }, 'Участники')
      : null);
}
