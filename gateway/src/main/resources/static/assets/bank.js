// Screens: «Банк наставников» and «Банк наставляемых». A school's curator sees the bank of the current organization,
// a municipal curator the bank of the whole municipality (with an organization column). Filters (search text,
// status, qualification category, topic, consent) and the page live in the hash (#/bank/mentors?q=…&page=2), so the
// way back from a person's card returns to the same list. A table on wide screens, cards on narrow ones.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert, capitalize } from './dom.js';
import { STATUS_LABELS, CATEGORY_LABELS, categoryLabel, yearsLabel } from './labels.js';
import { hasRole } from './session.js';
import { renderPerson, statusBadge, LAST_BANK_KEY } from './person.js';

const BANKS = {
  mentors: { role: 'MENTOR_CANDIDATE', title: 'Банк наставников', tab: 'Наставники', empty: 'Наставников по этим условиям не найдено.' },
  mentees: { role: 'MENTEE_CANDIDATE', title: 'Банк наставляемых', tab: 'Наставляемые', empty: 'Наставляемых по этим условиям не найдено.' },
};
const FILTERS = ['q', 'status', 'category', 'topic', 'consent'];
const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 350;

/**
 * One navigation entry «Банки» for a curator (the two banks are tabs of the screen: two more entries would not fit
 * the desktop menu beside the user's name). The services decide on every call; this only avoids offering a 403.
 */
export function bankNavigation(context) {
  return scopeOf(context) ? [{ id: 'bank', href: '#/bank/mentors', label: 'Банки' }] : [];
}

/** The bank and person screens for a hash, or null when the hash is not theirs. */
export function resolveBank(hash, context) {
  const bank = /^#\/bank\/(mentors|mentees)(?:\?(.*))?$/.exec(hash);
  if (bank && scopeOf(context)) {
    const kind = bank[1];
    return { id: 'bank', title: BANKS[kind].title, render: (main) => renderBank(main, context, kind, new URLSearchParams(bank[2] ?? '')) };
  }
  const person = /^#\/people\/([0-9a-fA-F-]{36})$/.exec(hash);
  if (person) {
    return { id: 'person', title: 'Карточка участника', render: (main) => renderPerson(main, context, person[1].toLowerCase()) };
  }
  return null;
}

/** Whose bank: the current organization of a school's curator, or the municipality of a municipal curator. */
function scopeOf(context) {
  if (context.kind === 'school' && hasRole(context.session, 'SCHOOL_CURATOR') && context.currentOrganizationId) {
    return { kind: 'organization', id: context.currentOrganizationId };
  }
  if (context.kind === 'region' && hasRole(context.session, 'MUNICIPAL_CURATOR') && context.session.municipalityId) {
    return { kind: 'municipality', id: context.session.municipalityId };
  }
  return null;
}

async function renderBank(main, context, kind, params) {
  const bank = BANKS[kind];
  const scope = scopeOf(context);
  main.replaceChildren(spinner());
  let place;
  let taxonomy;
  let organizations = new Map();
  try {
    [place, taxonomy] = await Promise.all([
      request(scope.kind === 'organization' ? `/api/participants/organizations/${scope.id}` : `/api/participants/municipalities/${scope.id}`),
      request('/api/participants/taxonomy'),
    ]);
    if (scope.kind === 'municipality') {
      const list = await request(`/api/participants/municipalities/${scope.id}/organizations`);
      organizations = new Map((list ?? []).map((o) => [o.id, o.name]));
    }
  } catch (error) {
    main.replaceChildren(h('h1', { class: 'h3' }, bank.title), problemAlert(asProblemError(error)));
    return;
  }
  const state = { page: Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0) };
  FILTERS.forEach((name) => { state[name] = params.get(name) ?? ''; });

  const results = h('section', { class: 'bank-results', id: 'bank-results', 'aria-live': 'polite' });
  const controls = filterControls(state, taxonomy, () => {
    state.page = 0;
    load();
  });
  main.replaceChildren(
    h('h1', { class: 'h3 mb-1 bank-title' }, bank.title),
    h('p', { class: 'text-body-secondary mb-3' },
      h('span', { class: 'fw-semibold text-body bank-place' }, place.name),
      scope.kind === 'municipality' ? ' · все организации муниципалитета' : null),
    h('ul', { class: 'nav nav-tabs mb-3 bank-tabs' }, Object.entries(BANKS).map(([other, b]) => h('li', { class: 'nav-item' },
      h('a', { class: `nav-link bank-tab${other === kind ? ' active' : ''}`, href: `#/bank/${other}`, dataset: { bank: other }, 'aria-current': other === kind ? 'page' : null }, b.tab)))),
    controls.form,
    results);

  let latest = 0;
  async function load() {
    const ticket = ++latest;
    const query = new URLSearchParams({ role: bank.role, page: String(state.page), size: String(PAGE_SIZE) });
    FILTERS.forEach((name) => { if (state[name]) query.set(name, state[name]); });
    rememberInHash(kind, state);
    if (!results.hasChildNodes()) {
      results.replaceChildren(spinner());
    }
    results.setAttribute('aria-busy', 'true');
    try {
      const base = scope.kind === 'organization' ? `/api/participants/organizations/${scope.id}/bank` : `/api/participants/municipalities/${scope.id}/bank`;
      const page = await request(`${base}?${query}`);
      if (ticket !== latest) {
        return; // an answer to an older query: the person has typed on
      }
      // replaceChildren() would print a null (no pagination) as the text "null": filter it out.
      results.replaceChildren(...resultView(page, bank, organizations, scope.kind === 'municipality', (newPage) => {
        state.page = newPage;
        load();
        results.scrollIntoView({ block: 'start' });
      }).filter(Boolean));
    } catch (error) {
      if (ticket === latest) {
        results.replaceChildren(problemAlert(asProblemError(error)));
      }
    } finally {
      if (ticket === latest) {
        results.removeAttribute('aria-busy');
      }
    }
  }
  await load();
}

/** Keeps filters and page in the hash without a new screen (replaceState fires no hashchange). */
function rememberInHash(kind, state) {
  const query = new URLSearchParams();
  FILTERS.forEach((name) => { if (state[name]) query.set(name, state[name]); });
  if (state.page) {
    query.set('page', String(state.page));
  }
  const hash = `#/bank/${kind}${query.toString() ? `?${query}` : ''}`;
  if (window.location.hash !== hash) {
    window.history.replaceState(null, '', hash);
  }
  try {
    window.sessionStorage.setItem(LAST_BANK_KEY, hash);
  } catch {
    // storage disabled: the way back opens the bank unfiltered
  }
}

function filterControls(state, taxonomy, onChange) {
  const search = h('input', {
    class: 'form-control', type: 'search', id: 'bank-search', name: 'q', value: state.q, maxlength: '100',
    placeholder: 'ФИО, должность или предмет', autocomplete: 'off',
  });
  let timer = null;
  search.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      state.q = search.value.trim();
      onChange();
    }, SEARCH_DELAY_MS);
  });
  const select = (name, label, options) => {
    const control = h('select', { class: 'form-select', id: `bank-${name}`, name },
      h('option', { value: '' }, label), options);
    control.value = state[name];
    control.addEventListener('change', () => {
      state[name] = control.value;
      onChange();
    });
    return control;
  };
  const groups = new Map();
  (taxonomy?.topics ?? []).forEach((topic) => {
    if (!groups.has(topic.group)) {
      groups.set(topic.group, []);
    }
    groups.get(topic.group).push(h('option', { value: topic.code }, topic.name));
  });
  const status = select('status', 'Любой статус', Object.entries(STATUS_LABELS).map(([v, l]) => h('option', { value: v }, capitalize(l))));
  const category = select('category', 'Любая категория', Object.entries(CATEGORY_LABELS).map(([v, l]) => h('option', { value: v }, capitalize(l))));
  const topic = select('topic', 'Любая тема', [...groups].map(([group, options]) => h('optgroup', { label: group }, options)));
  const consent = select('consent', 'Все', [h('option', { value: 'true' }, 'Согласие есть'), h('option', { value: 'false' }, 'Согласия нет')]);
  const reset = h('button', { class: 'btn btn-outline-secondary w-100 text-nowrap px-1', type: 'button', id: 'bank-reset' }, 'Сбросить');
  reset.addEventListener('click', () => {
    FILTERS.forEach((name) => { state[name] = ''; });
    search.value = '';
    [status, category, topic, consent].forEach((control) => { control.value = ''; });
    onChange();
  });
  const cell = (cls, labelText, control) => h('div', { class: cls },
    h('label', { class: 'form-label small text-body-secondary mb-1', for: control.id }, labelText), control);
  const form = h('form', { class: 'card card-body mb-3 bank-filters', role: 'search', onsubmit: (e) => e.preventDefault() },
    h('div', { class: 'row g-2 align-items-end' },
      cell('col-12 col-lg-3', 'Поиск', search),
      cell('col-6 col-lg-2', 'Статус', status),
      cell('col-6 col-lg-2', 'Категория', category),
      cell('col-12 col-sm-6 col-lg-2', 'Тема', topic),
      cell('col-6 col-sm-3 col-lg-2', 'Согласие', consent),
      h('div', { class: 'col-6 col-sm-3 col-lg-1' }, reset)));
  return { form };
}

function resultView(page, bank, organizations, withOrganization, onPage) {
  const total = page?.total ?? 0;
  const items = page?.items ?? [];
  const count = h('p', { class: 'small text-body-secondary mb-2 bank-total' }, `Найдено: ${total}`);
  if (!items.length) {
    return [count, h('div', { class: 'card card-body text-body-secondary empty' }, bank.empty)];
  }
  const link = (person) => h('a', { class: 'person-link fw-semibold person-name', href: `#/people/${person.id}` }, person.fullName);
  const headers = ['ФИО', 'Должность и предметы', withOrganization ? 'Организация' : null, 'Категория', 'Стаж', 'Статус', 'Согласие'].filter(Boolean);
  const table = h('div', { class: 'table-responsive d-none d-md-block' },
    h('table', { class: 'table table-hover align-middle bank-table mb-0' },
      h('thead', { class: 'table-light' }, h('tr', {}, headers.map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, items.map(({ person, consented }) => h('tr', { dataset: { personId: person.id } },
        h('td', {}, link(person)),
        h('td', {}, person.position || '—', person.subjects?.length ? h('div', { class: 'small text-body-secondary' }, person.subjects.join(', ')) : null),
        withOrganization ? h('td', { class: 'small organization-name' }, organizations.get(person.organizationId) ?? '—') : null,
        h('td', { class: 'small' }, categoryLabel(person.qualificationCategory)),
        h('td', { class: 'text-nowrap' }, yearsLabel(person.yearsOfExperience)),
        h('td', {}, statusBadge(person.status)),
        h('td', {}, consentBadge(consented)))))));
  const cards = h('ul', { class: 'list-unstyled d-md-none bank-cards mb-0' }, items.map(({ person, consented }) =>
    h('li', { class: 'card mb-2', dataset: { personId: person.id } }, h('div', { class: 'card-body py-2' },
      link(person),
      h('div', { class: 'small' }, [person.position, (person.subjects || []).join(', ')].filter(Boolean).join(' · ') || 'должность не указана'),
      withOrganization ? h('div', { class: 'small text-body-secondary organization-name' }, organizations.get(person.organizationId) ?? '—') : null,
      h('div', { class: 'small text-body-secondary d-flex flex-wrap gap-2 align-items-center mt-1' },
        statusBadge(person.status), consentBadge(consented),
        h('span', {}, `стаж ${yearsLabel(person.yearsOfExperience)}`),
        h('span', {}, categoryLabel(person.qualificationCategory)))))));
  return [count, table, cards, pagination(page, onPage)];
}

function pagination(page, onPage) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  if (pages <= 1) {
    return null;
  }
  const button = (label, target, disabled, cls) => h('button', {
    class: `btn btn-outline-primary btn-sm ${cls}`, type: 'button', disabled: disabled || null, onclick: () => onPage(target),
  }, label);
  return h('nav', { class: 'd-flex align-items-center justify-content-between gap-2 mt-3 bank-pagination', 'aria-label': 'Страницы списка' },
    button('← Назад', page.page - 1, page.page <= 0, 'page-previous'),
    h('span', { class: 'small text-body-secondary page-number' }, `Страница ${page.page + 1} из ${pages}`),
    button('Вперёд →', page.page + 1, page.page + 1 >= pages, 'page-next'));
}

function consentBadge(consented) {
  return consented
    ? h('span', { class: 'badge rounded-pill text-bg-success consent-yes' }, 'согласие есть')
    : h('span', { class: 'badge rounded-pill text-bg-warning consent-no' }, 'нет согласия');
}
