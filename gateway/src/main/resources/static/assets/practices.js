// Screens of the bank of practices: the search (#/practices?q=…), a practice's page (#/practices/{id}), the editor
// of a school curator (#/practices/new, #/practices/{id}/edit) and «Мои практики» with the candidates suggested from
// completed programmes (#/practices/mine). The search is morphological on the server: «наставника» finds «наставники».

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert, capitalize } from './dom.js';
import { submitting } from './forms.js';
import { ROLE_MODEL_LABELS, FORMAT_LABELS, dateLabel, shortDateLabel } from './labels.js';
import { hasRole } from './session.js';
import {
  API, LEVEL_LABELS, ACTION_LABELS, statusBadge, canWrite, editable, richText, richField, organizationLabel,
  upload, sizeLabel, field, fill,
} from './publishing.js';
import { moderationForm } from './moderation.js';

const PAGE_SIZE = 10;
const FILTERS = ['q', 'form', 'subject', 'level', 'organizationId'];
const MATERIAL_TYPES = '.pdf,.docx,.pptx,.xlsx,.png,.jpg,.jpeg';
/** A message for the next rendering of the editor (after a save moved it to a new hash). */
let flash = null;

// ------------------------------------------------------------------ search

export async function renderPracticeSearch(main, context, params) {
  const state = { page: Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0) };
  FILTERS.forEach((name) => { state[name] = params.get(name) ?? ''; });
  const results = h('section', { class: 'practice-results', id: 'practice-results', 'aria-live': 'polite' });
  const organizations = await organizationsForFilter(context);
  const form = searchForm(state, organizations, () => {
    state.page = 0;
    load();
  });
  fill(main, 
    h('div', { class: 'd-flex flex-wrap align-items-center justify-content-between gap-2 mb-3' },
      h('h1', { class: 'h3 mb-0' }, 'Банк практик'),
      hasRole(context.session, 'SCHOOL_CURATOR') && context.currentOrganizationId
        ? h('a', { class: 'btn btn-primary', href: '#/practices/new', id: 'new-practice' }, 'Описать практику') : null),
    h('p', { class: 'text-body-secondary' },
      'Практики наставничества региона: опубликованные и те, что вам доступны по роли. Поиск учитывает формы слов.'),
    form,
    results);

  let latest = 0;
  async function load() {
    const ticket = ++latest;
    const query = new URLSearchParams({ page: String(state.page), size: String(PAGE_SIZE) });
    FILTERS.forEach((name) => { if (state[name]) query.set(name, state[name]); });
    const hashQuery = new URLSearchParams();
    FILTERS.forEach((name) => { if (state[name]) hashQuery.set(name, state[name]); });
    if (state.page) {
      hashQuery.set('page', String(state.page));
    }
    const hash = `#/practices${hashQuery.toString() ? `?${hashQuery}` : ''}`;
    if (window.location.hash !== hash) {
      window.history.replaceState(null, '', hash);
    }
    results.setAttribute('aria-busy', 'true');
    if (!results.hasChildNodes()) {
      results.replaceChildren(spinner());
    }
    try {
      const page = await request(`${API}/practices/search?${query}`);
      if (ticket !== latest) {
        return;
      }
      results.replaceChildren(...searchResults(page, (target) => {
        state.page = target;
        load();
      }));
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

/** The organizations the user may filter by: their municipality's, the region's, or their own. */
async function organizationsForFilter(context) {
  const { session } = context;
  try {
    if (hasRole(session, 'MUNICIPAL_CURATOR') && session.municipalityId) {
      return await request(`/api/participants/municipalities/${session.municipalityId}/organizations`) ?? [];
    }
    if (hasRole(session, 'REGION_ADMIN') && session.regionId) {
      const municipalities = await request(`/api/participants/regions/${session.regionId}/municipalities`) ?? [];
      const lists = await Promise.all(municipalities.map((m) => request(`/api/participants/municipalities/${m.id}/organizations`).catch(() => [])));
      return lists.flat();
    }
  } catch {
    // the filter then offers the user's own organizations only
  }
  return context.organizationIds.map((id) => ({ id, name: context.organizationName(id) }));
}

function searchForm(state, organizations, onChange) {
  const q = h('input', { class: 'form-control', type: 'search', id: 'practice-q', name: 'q', value: state.q, maxlength: '200', placeholder: 'Например: адаптация молодых педагогов', autocomplete: 'off' });
  const subject = h('input', { class: 'form-control', type: 'text', id: 'practice-subject', name: 'subject', value: state.subject, maxlength: '100', placeholder: 'Например: математика' });
  const select = (name, empty, options) => {
    const control = h('select', { class: 'form-select', id: `practice-${name}`, name }, h('option', { value: '' }, empty), options);
    control.value = state[name];
    return control;
  };
  const form = select('form', 'Любая форма', Object.entries(ROLE_MODEL_LABELS).map(([v, l]) => h('option', { value: v }, capitalize(l))));
  const level = select('level', 'Любой уровень', Object.entries(LEVEL_LABELS).map(([v, l]) => h('option', { value: v }, capitalize(l))));
  const organization = select('organizationId', 'Все организации', organizations.map((o) => h('option', { value: o.id }, o.name)));
  const reset = h('button', { class: 'btn btn-outline-secondary', type: 'button', id: 'practice-reset' }, 'Сбросить');
  const controls = { q, subject, form, level, organizationId: organization };
  const apply = () => {
    Object.entries(controls).forEach(([name, control]) => { state[name] = control.value.trim(); });
    onChange();
  };
  [form, level, organization].forEach((control) => control.addEventListener('change', apply));
  reset.addEventListener('click', () => {
    Object.values(controls).forEach((control) => { control.value = ''; });
    apply();
  });
  const cell = (cls, labelText, control) => h('div', { class: cls },
    h('label', { class: 'form-label small text-body-secondary mb-1', for: control.id }, labelText), control);
  return h('form', { class: 'card card-body mb-3 practice-filters', role: 'search', id: 'practice-search', onsubmit: (e) => { e.preventDefault(); apply(); } },
    h('div', { class: 'row g-2 align-items-end' },
      cell('col-12 col-lg-4', 'Что ищем', q),
      cell('col-6 col-lg-2', 'Форма наставничества', form),
      cell('col-6 col-lg-2', 'Предмет', subject),
      cell('col-6 col-lg-2', 'Уровень', level),
      cell('col-6 col-lg-2', 'Организация', organization),
      h('div', { class: 'col-12 d-flex flex-wrap gap-2' },
        h('button', { class: 'btn btn-primary', type: 'submit', id: 'practice-find' }, 'Найти'), reset)));
}

function searchResults(page, onPage) {
  const items = page?.items ?? [];
  const total = page?.total ?? 0;
  const count = h('p', { class: 'small text-body-secondary mb-2 practice-total', dataset: { total: String(total) } }, `Найдено практик: ${total}`);
  if (!items.length) {
    return [count, h('div', { class: 'card card-body text-body-secondary empty' }, 'По этим условиям практик не найдено. Измените запрос или сбросьте фильтры.')];
  }
  const pages = Math.max(1, Math.ceil(total / (page.size || PAGE_SIZE)));
  const nav = pages > 1 ? h('nav', { class: 'd-flex align-items-center justify-content-between gap-2 mt-3 practice-pagination', 'aria-label': 'Страницы результатов' },
    h('button', { class: 'btn btn-outline-primary btn-sm page-previous', type: 'button', disabled: page.page <= 0 || null, onclick: () => onPage(page.page - 1) }, '← Назад'),
    h('span', { class: 'small text-body-secondary' }, `Страница ${page.page + 1} из ${pages}`),
    h('button', { class: 'btn btn-outline-primary btn-sm page-next', type: 'button', disabled: page.page + 1 >= pages || null, onclick: () => onPage(page.page + 1) }, 'Вперёд →')) : null;
  return [count, h('div', { class: 'row g-3 practice-cards' }, items.map(practiceCard)), nav].filter(Boolean);
}

export function practiceCard(practice) {
  const content = practice.content ?? {};
  return h('div', { class: 'col-12 col-md-6' },
    h('article', { class: 'card h-100 practice-card', dataset: { practiceId: practice.id } }, h('div', { class: 'card-body' },
      h('h2', { class: 'h6 card-title' }, h('a', { class: 'practice-link', href: `#/practices/${practice.id}` }, content.title || 'Без названия')),
      h('div', { class: 'd-flex flex-wrap gap-2 align-items-center small mb-2' },
        statusBadge(practice.status),
        h('span', { class: 'text-body-secondary' }, capitalize(LEVEL_LABELS[practice.level] ?? ''))),
      content.summary ? h('p', { class: 'card-text small practice-summary' }, content.summary) : null,
      h('div', { class: 'small text-body-secondary' }, organizationLabel(practice.organizationId)),
      h('div', { class: 'small text-body-secondary' },
        [content.form ? capitalize(ROLE_MODEL_LABELS[content.form] ?? '') : null, (content.subjects ?? []).join(', ')].filter(Boolean).join(' · ')),
      (content.tags ?? []).length ? h('div', { class: 'd-flex flex-wrap gap-1 mt-2' },
        content.tags.map((tag) => h('span', { class: 'badge text-bg-light border practice-tag' }, tag))) : null)));
}

// ------------------------------------------------------------------ a practice's page

export async function renderPractice(main, context, id) {
  fill(main, spinner());
  let practice;
  let versions = [];
  try {
    [practice, versions] = await Promise.all([
      request(`${API}/practices/${id}`),
      request(`${API}/practices/${id}/versions`).catch(() => []),
    ]);
  } catch (error) {
    fill(main, h('h1', { class: 'h3' }, 'Практика'), problemAlert(asProblemError(error)));
    return;
  }
  const content = practice.content ?? {};
  const status = h('div', { class: 'practice-action-status', 'aria-live': 'polite' });
  const actions = [];
  if (canWrite(context, practice) && editable(practice)) {
    actions.push(h('a', { class: 'btn btn-outline-primary', href: `#/practices/${id}/edit`, id: 'edit-practice' }, 'Редактировать'));
    actions.push(submitButton(practice, status, () => renderPractice(main, context, id)));
  }
  const section = (title, body) => h('section', { class: 'mb-4' }, h('h2', { class: 'h5' }, title), body);
  fill(main, 
    h('nav', { 'aria-label': 'Навигация по разделу' }, h('a', { href: '#/practices', class: 'small' }, '← Банк практик')),
    h('h1', { class: 'h3 mt-2 practice-title' }, content.title || 'Без названия'),
    h('div', { class: 'd-flex flex-wrap gap-2 align-items-center mb-3' },
      statusBadge(practice.status),
      h('span', { class: 'small text-body-secondary' }, capitalize(LEVEL_LABELS[practice.level] ?? '')),
      h('span', { class: 'small text-body-secondary practice-version' }, `Версия ${practice.version}`),
      practice.publishedOn ? h('span', { class: 'small text-body-secondary' }, `Опубликована ${dateLabel(practice.publishedOn)}`) : null),
    actions.length ? h('div', { class: 'd-flex flex-wrap gap-2 mb-3' }, actions) : null,
    status,
    h('dl', { class: 'row practice-facts' },
      fact('Организация', organizationLabel(practice.organizationId)),
      fact('Форма наставничества', [content.form ? capitalize(ROLE_MODEL_LABELS[content.form] ?? '') : null,
        content.format ? FORMAT_LABELS[content.format] : null].filter(Boolean).join(', ') || '—'),
      fact('Целевая аудитория', content.audience || '—'),
      fact('Предметы', (content.subjects ?? []).join(', ') || '—'),
      fact('Теги', (content.tags ?? []).join(', ') || '—'),
      fact('Авторы', h('span', { class: 'practice-authors' }, (practice.authors ?? []).map((a) => a.displayName).join(', ') || '—'))),
    content.summary ? section('Кратко', h('p', { class: 'practice-summary' }, content.summary)) : null,
    section('Проблема', richText(content.problem, 'rich-text practice-problem')),
    section('Решение', richText(content.solution, 'rich-text practice-solution')),
    section('Результаты', h('div', {}, richText(content.results, 'rich-text practice-results-text'), figuresTable(content.figures ?? []))),
    section('Материалы', materialsList(practice.materials ?? [])),
    moderatorPanel(context, practice, () => renderPractice(main, context, id)),
    section('История модерации', historyList(practice.history ?? [])),
    section('Версии', versionsList(practice, versions ?? [])),
  );
}

function fact(term, value) {
  return [h('dt', { class: 'col-sm-4 col-lg-3 fw-normal text-body-secondary' }, term), h('dd', { class: 'col-sm-8 col-lg-9' }, value)];
}

function figuresTable(figures) {
  if (!figures.length) {
    return null;
  }
  return h('table', { class: 'table table-sm mt-2 practice-figures table-cards' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Показатель'), h('th', { scope: 'col' }, 'Значение'))),
    h('tbody', {}, figures.map((f) => h('tr', {},
      h('td', { 'data-label': 'Показатель' }, f.label),
      h('td', { 'data-label': 'Значение', class: 'text-nowrap' }, `${Number(f.value).toLocaleString('ru-RU')}${f.unit ? ` ${f.unit}` : ''}`)))));
}

function materialsList(materials) {
  if (!materials.length) {
    return h('p', { class: 'text-body-secondary practice-materials-empty' }, 'Материалов пока нет.');
  }
  return h('ul', { class: 'list-unstyled practice-materials' }, materials.map((m) => h('li', { class: 'mb-1', dataset: { materialId: m.materialId } },
    h('a', { class: 'material-link', href: m.href, download: m.fileName }, m.fileName),
    h('span', { class: 'small text-body-secondary ms-2' }, `${m.type}, ${sizeLabel(m.size)}`))));
}

function historyList(history) {
  if (!history.length) {
    return h('p', { class: 'text-body-secondary' }, 'Практика ещё не отправлялась на модерацию.');
  }
  return h('ol', { class: 'list-group list-group-numbered moderation-history' }, history.map((step) => h('li', { class: 'list-group-item', dataset: { action: step.action } },
    h('span', { class: 'fw-semibold' }, ACTION_LABELS[step.action] ?? 'Шаг модерации'),
    h('span', { class: 'small text-body-secondary ms-2' }, shortDateLabel(step.at)),
    step.comment ? h('div', { class: 'small moderation-comment' }, `Комментарий: ${step.comment}`) : null)));
}

function versionsList(practice, versions) {
  const current = h('li', { class: 'list-group-item' }, h('span', { class: 'fw-semibold' }, `Версия ${practice.version}`), ' — текущая');
  return h('ul', { class: 'list-group practice-versions' }, current, [...versions].reverse().map((v) => h('li', { class: 'list-group-item' },
    h('details', {},
      h('summary', {}, `Версия ${v.version}`, h('span', { class: 'small text-body-secondary ms-2' }, `заменена ${shortDateLabel(v.replacedAt)}`)),
      h('div', { class: 'mt-2' },
        h('div', { class: 'fw-semibold' }, v.content?.title || 'Без названия'),
        v.content?.summary ? h('p', { class: 'small mb-1' }, v.content.summary) : null,
        richText(v.content?.solution, 'rich-text small'))))));
}

/** The moderation step the user may take here, if the practice waits at their level. */
function moderatorPanel(context, practice, done) {
  const form = moderationForm(context, practice, done);
  return form ? h('section', { class: 'card card-body mb-4' }, h('h2', { class: 'h5' }, 'Решение модератора'), form) : null;
}

function submitButton(practice, status, done) {
  return h('button', {
    class: 'btn btn-success submit-practice', type: 'button',
    onclick: async (event) => {
      event.currentTarget.disabled = true;
      status.replaceChildren();
      try {
        await request(`${API}/practices/${practice.id}/moderation`, { method: 'POST', body: { action: 'SUBMIT' } });
        flash = 'Практика отправлена на модерацию.';
        await done();
      } catch (error) {
        status.replaceChildren(problemAlert(asProblemError(error)));
        event.currentTarget.disabled = false;
      }
    },
  }, 'Отправить на модерацию');
}

// ------------------------------------------------------------------ «Мои практики» and the candidates

export async function renderMyPractices(main, context) {
  const org = context.currentOrganizationId;
  fill(main, spinner());
  let practices;
  let candidates = [];
  let candidatesProblem = null;
  try {
    practices = await request(`${API}/practices?organizationId=${org}`);
  } catch (error) {
    fill(main, h('h1', { class: 'h3' }, 'Мои практики'), problemAlert(asProblemError(error)));
    return;
  }
  try {
    candidates = await request(`${API}/candidates?organizationId=${org}`) ?? [];
  } catch (error) {
    candidatesProblem = asProblemError(error);
  }
  const message = flash;
  flash = null;
  const own = (practices ?? []).filter((p) => p.organizationId === org);
  fill(main, 
    h('div', { class: 'd-flex flex-wrap align-items-center justify-content-between gap-2 mb-3' },
      h('h1', { class: 'h3 mb-0' }, 'Мои практики'),
      h('a', { class: 'btn btn-primary', href: '#/practices/new', id: 'new-practice' }, 'Описать практику')),
    h('p', { class: 'text-body-secondary' }, context.organizationName(org)),
    message ? h('div', { class: 'alert alert-success flash', role: 'status' }, message) : null,
    own.length
      ? h('div', { class: 'row g-3 mb-4 my-practices' }, own.map(practiceCard))
      : h('div', { class: 'card card-body text-body-secondary mb-4 empty' }, 'Практик организации пока нет. Опишите первую или начните с кандидата ниже.'),
    h('h2', { class: 'h4' }, 'Кандидаты в практики'),
    h('p', { class: 'text-body-secondary small' }, 'Завершённые программы наставничества, достигшие цели: из них можно сделать черновик практики.'),
    candidatesProblem ? problemAlert(candidatesProblem) : candidatesList(context, candidates.filter((c) => c.status === 'SUGGESTED'), main),
  );
}

function candidatesList(context, candidates, main) {
  if (!candidates.length) {
    return h('div', { class: 'card card-body text-body-secondary candidates-empty' }, 'Новых кандидатов нет.');
  }
  return h('div', { class: 'row g-3 candidates' }, candidates.map((c) => {
    const status = h('div', { 'aria-live': 'polite' });
    const act = (label, cls, path, after) => h('button', {
      class: `btn btn-sm ${cls}`, type: 'button',
      onclick: async (event) => {
        event.currentTarget.disabled = true;
        try {
          const result = await request(`${API}/candidates/${c.programmeId}/${path}`, { method: 'POST' });
          after(result);
        } catch (error) {
          status.replaceChildren(problemAlert(asProblemError(error)));
          event.currentTarget.disabled = false;
        }
      },
    }, label);
    return h('div', { class: 'col-12 col-md-6' }, h('div', { class: 'card h-100 candidate', dataset: { programmeId: c.programmeId } }, h('div', { class: 'card-body' },
      h('h3', { class: 'h6' }, `Программа завершена ${dateLabel(c.completedOn)}`),
      h('div', { class: 'small' }, [capitalize(ROLE_MODEL_LABELS[c.form] ?? ''), FORMAT_LABELS[c.format]].filter(Boolean).join(', ')),
      h('div', { class: 'small text-body-secondary' }, `Выполнено ${Math.round((c.shareDone ?? 0) * 100)} % плана, встреч: ${c.meetingsHeld ?? 0}`),
      c.resultsSummary ? h('p', { class: 'small mt-2 mb-2' }, c.resultsSummary) : null,
      h('div', { class: 'd-flex flex-wrap gap-2' },
        act('Создать черновик', 'btn-primary candidate-draft', 'draft', (practice) => {
          flash = 'Черновик создан по итогам программы. Дополните описание и сохраните.';
          window.location.hash = `#/practices/${practice.id}/edit`;
        }),
        act('Отклонить', 'btn-outline-secondary candidate-dismiss', 'dismiss', () => renderMyPractices(main, context))),
      status)));
  }));
}

// ------------------------------------------------------------------ the editor

export async function renderPracticeEditor(main, context, id) {
  fill(main, spinner());
  let practice = null;
  let people = [];
  const org = context.currentOrganizationId;
  try {
    if (id) {
      practice = await request(`${API}/practices/${id}`);
    }
    people = await request(`/api/participants/organizations/${practice?.organizationId ?? org}/people`).catch(() => []) ?? [];
  } catch (error) {
    fill(main, h('h1', { class: 'h3' }, 'Практика'), problemAlert(asProblemError(error)));
    return;
  }
  const message = flash;
  flash = null;
  const status = h('div', { class: 'form-status mt-3', 'aria-live': 'polite' });
  const content = practice?.content ?? {};
  const writable = !practice || (canWrite(context, practice) && editable(practice));
  const text = (name, labelText, value, { required, maxlength = '300', cls } = {}) => field(labelText,
    h('input', { class: 'form-control', type: 'text', id: `practice-${name}`, name, value: value ?? '', maxlength, required: required || null }), { cls });
  const rich = (name, labelText, value) => richField(labelText,
    h('textarea', { class: 'form-control font-monospace', id: `practice-${name}`, name, rows: '5' }, value ?? ''));
  const choice = (name, labelText, labels, value, cls) => {
    const control = h('select', { class: 'form-select', id: `practice-${name}`, name },
      h('option', { value: '' }, 'Не указана'), Object.entries(labels).map(([v, l]) => h('option', { value: v }, capitalize(l))));
    control.value = value ?? '';
    return field(labelText, control, { cls });
  };
  const figures = h('div', { class: 'figures' });
  const addFigure = (f = {}) => {
    const index = figures.children.length;
    const row = h('div', { class: 'row g-2 align-items-end mb-2 figure-row' },
      h('div', { class: 'col-12 col-md-6' }, h('label', { class: 'form-label small', for: `figure-label-${index}` }, 'Показатель'),
        h('input', { class: 'form-control figure-label', id: `figure-label-${index}`, value: f.label ?? '', maxlength: '200' })),
      h('div', { class: 'col-5 col-md-2' }, h('label', { class: 'form-label small', for: `figure-value-${index}` }, 'Значение'),
        h('input', { class: 'form-control figure-value', id: `figure-value-${index}`, type: 'number', step: 'any', value: f.value ?? '' })),
      h('div', { class: 'col-4 col-md-2' }, h('label', { class: 'form-label small', for: `figure-unit-${index}` }, 'Единица'),
        h('input', { class: 'form-control figure-unit', id: `figure-unit-${index}`, value: f.unit ?? '', maxlength: '20', placeholder: '%' })),
      h('div', { class: 'col-3 col-md-2' }, h('button', { class: 'btn btn-outline-danger w-100', type: 'button', 'aria-label': 'Удалить показатель', onclick: () => row.remove() }, '✕')));
    figures.append(row);
  };
  (content.figures ?? []).forEach(addFigure);
  const authors = h('div', { class: 'authors' });
  const addAuthor = (a = {}) => {
    const index = authors.children.length;
    const select = h('select', { class: 'form-select author-person', id: `author-person-${index}` },
      h('option', { value: '' }, 'Не из списка участников'),
      people.map((p) => h('option', { value: p.id }, p.fullName)));
    select.value = a.personId ?? '';
    const name = h('input', { class: 'form-control author-name', id: `author-name-${index}`, value: a.displayName && a.displayName !== 'Автор' ? a.displayName : '', maxlength: '300' });
    select.addEventListener('change', () => {
      const person = people.find((p) => p.id === select.value);
      if (person) {
        name.value = person.fullName;
      }
    });
    const consent = h('input', { class: 'form-check-input author-consent', type: 'checkbox', id: `author-consent-${index}` });
    consent.checked = Boolean(a.displayName && a.displayName !== 'Автор');
    const row = h('div', { class: 'row g-2 align-items-end mb-2 author-row' },
      h('div', { class: 'col-12 col-md-4' }, h('label', { class: 'form-label small', for: select.id }, 'Участник'), select),
      h('div', { class: 'col-12 col-md-4' }, h('label', { class: 'form-label small', for: name.id }, 'ФИО автора'), name),
      h('div', { class: 'col-9 col-md-3' }, h('div', { class: 'form-check' }, consent,
        h('label', { class: 'form-check-label small', for: consent.id }, 'Есть согласие на публикацию имени'))),
      h('div', { class: 'col-3 col-md-1' }, h('button', { class: 'btn btn-outline-danger w-100', type: 'button', 'aria-label': 'Удалить автора', onclick: () => row.remove() }, '✕')));
    authors.append(row);
  };
  (practice?.authors ?? []).forEach(addAuthor);

  const form = h('form', { class: 'card card-body practice-editor', id: 'practice-editor', novalidate: true },
    h('fieldset', { disabled: writable ? null : true },
      h('div', { class: 'row g-3' },
        text('title', 'Название практики', content.title, { required: true }),
        field('Кратко о практике', h('textarea', { class: 'form-control', id: 'practice-summary', name: 'summary', rows: '2', maxlength: '1000' }, content.summary ?? '')),
        choice('form', 'Форма наставничества', ROLE_MODEL_LABELS, content.form, 'col-12 col-md-6'),
        choice('format', 'Формат', FORMAT_LABELS, content.format, 'col-12 col-md-6'),
        text('audience', 'Целевая аудитория', content.audience, { cls: 'col-12 col-md-6' }),
        text('subjects', 'Предметы (через запятую)', (content.subjects ?? []).join(', '), { cls: 'col-12 col-md-6' }),
        rich('problem', 'Проблема', content.problem),
        rich('solution', 'Решение', content.solution),
        rich('results', 'Результаты', content.results),
        h('fieldset', { class: 'col-12' }, h('legend', { class: 'h6' }, 'Результаты в цифрах'), figures,
          h('button', { class: 'btn btn-outline-secondary btn-sm', type: 'button', id: 'add-figure', onclick: () => addFigure() }, 'Добавить показатель')),
        h('fieldset', { class: 'col-12' }, h('legend', { class: 'h6' }, 'Авторы'),
          h('p', { class: 'small text-body-secondary' }, 'Имя автора публикуется только с его согласия; без согласия в банке будет написано «Автор».'),
          authors,
          h('button', { class: 'btn btn-outline-secondary btn-sm', type: 'button', id: 'add-author', onclick: () => addAuthor() }, 'Добавить автора')),
        text('tags', 'Теги (через запятую)', (content.tags ?? []).join(', ')),
        h('div', { class: 'col-12 d-flex flex-wrap gap-2' },
          h('button', { class: 'btn btn-primary', type: 'submit', id: 'save-practice' }, 'Сохранить'),
          practice ? h('a', { class: 'btn btn-outline-secondary', href: `#/practices/${practice.id}` }, 'Открыть страницу практики') : null))),
    status);

  const list = (value) => value.split(',').map((s) => s.trim()).filter(Boolean);
  submitting(form, status, async () => {
    const values = Object.fromEntries(['title', 'summary', 'form', 'format', 'audience', 'subjects', 'problem', 'solution', 'results', 'tags']
      .map((name) => [name, form.querySelector(`[name="${name}"]`).value]));
    if (!values.title.trim()) {
      const input = form.querySelector('[name="title"]');
      input.classList.add('is-invalid');
      const feedback = form.querySelector('#practice-title-error');
      feedback.textContent = 'Укажите название практики.';
      feedback.classList.add('d-block');
      input.focus();
      return;
    }
    const body = {
      content: {
        title: values.title.trim(), summary: values.summary, form: values.form || null, format: values.format || null,
        audience: values.audience, subjects: list(values.subjects), problem: values.problem, solution: values.solution,
        results: values.results, tags: list(values.tags),
        figures: [...figures.querySelectorAll('.figure-row')].map((row) => ({
          label: row.querySelector('.figure-label').value.trim(),
          value: Number(row.querySelector('.figure-value').value || 0),
          unit: row.querySelector('.figure-unit').value.trim(),
        })).filter((f) => f.label),
      },
      authors: [...authors.querySelectorAll('.author-row')].map((row) => ({
        personId: row.querySelector('.author-person').value || null,
        name: row.querySelector('.author-name').value.trim(),
        nameConsent: row.querySelector('.author-consent').checked,
      })).filter((a) => a.personId || a.name),
    };
    try {
      if (practice) {
        const saved = await request(`${API}/practices/${practice.id}`, { method: 'PUT', body: { ...body, version: practice.version } });
        flash = `Практика сохранена. Версия ${saved.version}.`;
        await renderPracticeEditor(main, context, saved.id);
      } else {
        const saved = await request(`${API}/practices`, { method: 'POST', body: { ...body, organizationId: org } });
        flash = `Практика сохранена. Версия ${saved.version}.`;
        window.location.hash = `#/practices/${saved.id}/edit`;
      }
    } catch (error) {
      if (error.status === 409 && error.problem?.code === 'CONCURRENT_MODIFICATION') {
        status.replaceChildren(h('div', { class: 'alert alert-warning conflict', role: 'alert' },
          h('div', { class: 'fw-semibold' }, 'Практику изменил другой пользователь, пока вы её редактировали.'),
          h('div', {}, 'Ваши правки не сохранены. Загрузите текущую версию и внесите их снова.'),
          h('button', { class: 'btn btn-sm btn-warning mt-2 reload-practice', type: 'button', onclick: () => renderPracticeEditor(main, context, practice.id) }, 'Загрузить текущую версию')));
        return;
      }
      throw error;
    }
  });

  fill(main, 
    h('nav', { 'aria-label': 'Навигация по разделу' }, h('a', { href: '#/practices/mine', class: 'small' }, '← Мои практики')),
    h('div', { class: 'd-flex flex-wrap align-items-center gap-2 mt-2 mb-3' },
      h('h1', { class: 'h3 mb-0' }, practice ? 'Редактирование практики' : 'Новая практика'),
      practice ? statusBadge(practice.status) : null,
      practice ? h('span', { class: 'small text-body-secondary practice-version', dataset: { version: String(practice.version) } }, `Версия ${practice.version}`) : null),
    message ? h('div', { class: 'alert alert-success flash', role: 'status' }, message) : null,
    !writable ? h('div', { class: 'alert alert-info' }, 'Практика на модерации или уже принята: изменить её нельзя.') : null,
    form,
    practice ? materialsEditor(context, practice, writable, main) : null,
    practice && writable ? h('section', { class: 'card card-body mt-3' },
      h('h2', { class: 'h5' }, 'Модерация'),
      h('p', { class: 'small text-body-secondary' }, 'Когда описание готово, отправьте практику муниципальному куратору. Пока она на модерации, изменить её нельзя.'),
      (() => {
        const submitStatus = h('div', { 'aria-live': 'polite' });
        return h('div', {}, submitButton(practice, submitStatus, () => renderPracticeEditor(main, context, practice.id)), submitStatus);
      })()) : null,
  );
}

function materialsEditor(context, practice, writable, main) {
  const status = h('div', { class: 'upload-status mt-2', 'aria-live': 'polite' });
  const input = h('input', { class: 'form-control', type: 'file', id: 'material-file', name: 'file', accept: MATERIAL_TYPES, 'aria-describedby': 'material-note' });
  const form = h('form', { class: 'material-upload', id: 'material-form' },
    h('label', { class: 'form-label', for: 'material-file' }, 'Добавить материал'),
    h('div', { class: 'd-flex flex-wrap gap-2' }, h('div', { class: 'flex-grow-1' }, input),
      h('button', { class: 'btn btn-outline-primary', type: 'submit', id: 'upload-material' }, 'Загрузить')),
    h('div', { class: 'form-text', id: 'material-note' }, 'PDF, DOCX, PPTX, XLSX, PNG или JPEG, не больше 20 МБ.'),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    const file = input.files?.[0];
    if (!file) {
      status.replaceChildren(h('div', { class: 'alert alert-warning' }, 'Выберите файл.'));
      return;
    }
    if (file.size > 20 * 1024 * 1024) {
      status.replaceChildren(h('div', { class: 'alert alert-danger problem', dataset: { code: 'MATERIAL_TOO_LARGE' } }, 'Файл больше 20 МБ: уменьшите его или разделите на части.'));
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await upload(`${API}/practices/${practice.id}/materials`, file);
      flash = `Материал «${file.name}» загружен.`;
      await renderPracticeEditor(main, context, practice.id);
    } catch (error) {
      status.replaceChildren(problemAlert(asProblemError(error)));
      button.disabled = false;
    }
  });
  return h('section', { class: 'card card-body mt-3' },
    h('h2', { class: 'h5' }, 'Материалы'),
    materialsList(practice.materials ?? []),
    writable ? form : null);
}
