// Screens «Дорожная карта» (the editor of an organization's, a municipality's or the region's roadmap), «Импорт
// дорожной карты» (file → preview with the reader's warnings → «Импортировать») and «Выполнение дорожных карт»
// (a municipality's organizations, or the region's municipalities: counts only, no people). A table on wide screens,
// cards on phones.

import { request, asProblemError, ProblemError, russianProblem, xsrfToken } from './api.js';
import { h, spinner, problemAlert, capitalize } from './dom.js';
import { hasRole } from './session.js';

const BASE = '/api/monitoring/roadmaps';

const STATUS = {
  PLANNED: 'Запланировано',
  IN_PROGRESS: 'Выполняется',
  DONE: 'Выполнено',
  CANCELLED: 'Отменено',
};

const FIELD_CAPTIONS = {
  activities: 'Мероприятия',
  stage: 'Этап',
  'deadline.original': 'Срок',
  'deadline.from': 'Срок: с',
  'deadline.to': 'Срок: до',
  responsible: 'Ответственные',
  responsibleMunicipal: 'Ответственные (муниципальные)',
  kpi: 'Показатель',
  academicYear: 'Учебный год',
  doneOn: 'Дата выполнения',
  link: 'Ссылка',
  parentId: 'Родительский пункт',
};

/** Navigation entries for the «Мониторинг» menu: what the user's roles may do with roadmaps. */
export function roadmapNavigation(context) {
  const items = [];
  const { session } = context;
  if (context.kind === 'school' && hasRole(session, 'SCHOOL_CURATOR') && context.currentOrganizationId) {
    items.push({ id: 'roadmap', href: '#/roadmaps', label: 'Дорожная карта' });
    items.push({ id: 'roadmap-import', href: '#/roadmaps/import', label: 'Импорт дорожной карты' });
  }
  if (context.kind === 'region' && hasRole(session, 'MUNICIPAL_CURATOR', 'REGION_ADMIN')) {
    items.push({ id: 'roadmap', href: '#/roadmaps',
      label: hasRole(session, 'MUNICIPAL_CURATOR') ? 'Дорожная карта муниципалитета' : 'Региональная дорожная карта' });
    items.push({ id: 'roadmap-completion', href: '#/roadmaps/completion', label: 'Выполнение дорожных карт' });
    items.push({ id: 'roadmap-import', href: '#/roadmaps/import', label: 'Импорт дорожной карты' });
  }
  return items;
}

/** The roadmap screen for a hash, or null. */
export function resolveRoadmap(hash, context) {
  if (!roadmapNavigation(context).length) {
    return null;
  }
  let m = /^#\/roadmaps(?:\?year=(\d{4}))?$/.exec(hash);
  if (m) {
    return { id: 'roadmap', title: 'Дорожная карта', render: (main) => renderRoadmap(main, context, null, m[1]) };
  }
  m = /^#\/roadmaps\/owner\/([0-9a-fA-F-]{36})(?:\?year=(\d{4}))?$/.exec(hash);
  if (m) {
    return { id: 'roadmap-completion', title: 'Дорожная карта', render: (main) => renderRoadmap(main, context, m[1].toLowerCase(), m[2]) };
  }
  if (hash === '#/roadmaps/import') {
    return { id: 'roadmap-import', title: 'Импорт дорожной карты', render: (main) => renderRoadmapImport(main, context) };
  }
  m = /^#\/roadmaps\/completion(?:\/([0-9a-fA-F-]{36}))?(?:\?year=(\d{4}))?$/.exec(hash);
  if (m && context.kind === 'region') {
    return { id: 'roadmap-completion', title: 'Выполнение дорожных карт', render: (main) => renderCompletion(main, context, m[1]?.toLowerCase(), m[2]) };
  }
  return null;
}

/** The academic year today is in: from September. */
function currentYearStart() {
  const now = new Date();
  return now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
}

function yearText(start) {
  return `${start}/${Number(start) + 1}`;
}

function yearSelect(id, selected) {
  const current = currentYearStart();
  const select = h('select', { class: 'form-select form-select-sm w-auto', id, name: 'academicYear' },
    [current - 1, current, current + 1].map((y) => h('option', { value: String(y) }, `${yearText(y)} учебный год`)));
  select.value = String(selected);
  return select;
}

function dateText(iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** The owner the screen is about: the given unit, or the first the user keeps a roadmap for (their current organization). */
async function chooseOwner(context, ownerId) {
  const catalogue = await request(`${BASE}/catalogue`);
  if (ownerId) {
    return { catalogue, ownerId };
  }
  const own = catalogue.owners.find((o) => o.id === context.currentOrganizationId) ?? catalogue.owners[0];
  return { catalogue, ownerId: own?.id ?? null };
}

export async function renderRoadmap(main, context, givenOwnerId, givenYear) {
  main.replaceChildren(spinner());
  const year = givenYear ?? String(currentYearStart());
  let catalogue;
  let ownerId;
  let summaries;
  try {
    ({ catalogue, ownerId } = await chooseOwner(context, givenOwnerId));
    if (!ownerId) {
      main.replaceChildren(h('h1', { class: 'h3' }, 'Дорожная карта'),
        h('div', { class: 'alert alert-warning' }, 'Ваша учётная запись не ведёт дорожную карту.'));
      return;
    }
    summaries = await request(`${BASE}?ownerId=${ownerId}&academicYear=${encodeURIComponent(yearText(year))}`);
  } catch (error) {
    main.replaceChildren(h('h1', { class: 'h3' }, 'Дорожная карта'), problemAlert(asProblemError(error)));
    return;
  }
  const select = yearSelect('roadmap-year', year);
  select.addEventListener('change', () => {
    window.location.hash = givenOwnerId ? `#/roadmaps/owner/${givenOwnerId}?year=${select.value}` : `#/roadmaps?year=${select.value}`;
  });
  const toolbar = h('div', { class: 'd-flex flex-wrap align-items-center gap-2 mb-3' },
    h('label', { class: 'visually-hidden', for: 'roadmap-year' }, 'Учебный год'), select);
  const body = h('div', { class: 'roadmap-body' });
  main.replaceChildren(h('h1', { class: 'h3 mb-3' }, 'Дорожная карта'), toolbar, body);
  if (summaries.length === 0) {
    const editable = catalogue.owners.some((o) => o.id === ownerId);
    body.replaceChildren(emptyRoadmap(ownerId, year, editable, (view) => editor(body, catalogue, view)));
    return;
  }
  try {
    editor(body, catalogue, await request(`${BASE}/${summaries[0].id}`));
  } catch (error) {
    body.replaceChildren(problemAlert(asProblemError(error)));
  }
}

function emptyRoadmap(ownerId, year, editable, onCreated) {
  const status = h('div', { class: 'mt-2' });
  const create = (fromTemplate) => async (event) => {
    event.target.disabled = true;
    try {
      onCreated(await request(BASE, { method: 'POST', body: { ownerId, academicYear: yearText(year), fromTemplate } }));
    } catch (error) {
      status.replaceChildren(problemAlert(asProblemError(error)));
      event.target.disabled = false;
    }
  };
  return h('div', { class: 'card card-body roadmap-empty' },
    h('p', { class: 'mb-2' }, `Дорожной карты на ${yearText(year)} учебный год ещё нет.`),
    editable
      ? h('div', { class: 'd-flex flex-wrap gap-2' },
        h('button', { class: 'btn btn-primary', type: 'button', id: 'roadmap-from-template', onclick: create(true) },
          'Создать по типовому шаблону'),
        h('button', { class: 'btn btn-outline-secondary', type: 'button', id: 'roadmap-empty-create', onclick: create(false) },
          'Создать пустую'),
        h('a', { class: 'btn btn-outline-secondary', href: '#/roadmaps/import' }, 'Импортировать из файла'))
      : null,
    status);
}

/** The editor: summary, actions, the item table (cards on phones); every change redraws from the server's answer. */
function editor(body, catalogue, roadmap) {
  const status = h('div', { class: 'roadmap-status', 'aria-live': 'polite' });
  const redraw = (view) => editor(body, catalogue, view);
  const act = async (call) => {
    status.replaceChildren();
    try {
      redraw(await call());
    } catch (error) {
      const problem = asProblemError(error);
      status.replaceChildren(problemAlert(problem, { unplacedErrors: captioned(problem.fieldErrors) }));
    }
  };
  const c = roadmap.completion;
  const summary = h('div', { class: 'd-flex flex-wrap gap-3 small roadmap-summary mb-2' },
    h('span', {}, `Пунктов: ${c.items}`),
    h('span', { class: 'roadmap-done' }, `Выполнено: ${c.done}`),
    h('span', {}, `В срок: ${c.doneOnTime}`),
    h('span', { class: c.overdue ? 'text-danger fw-semibold roadmap-overdue-count' : 'roadmap-overdue-count' }, `Просрочено: ${c.overdue}`),
    h('span', {}, `Доля выполненных в срок: ${c.shareOnTime == null ? '—' : `${c.shareOnTime} %`}`));
  const dialog = itemDialog(catalogue, roadmap, act);
  const actions = h('div', { class: 'd-flex flex-wrap gap-2 mb-3' },
    roadmap.editable ? h('button', { class: 'btn btn-primary btn-sm', type: 'button', id: 'roadmap-add-item',
      onclick: () => dialog.open(null) }, 'Добавить пункт') : null,
    roadmap.editable ? h('button', { class: 'btn btn-outline-primary btn-sm', type: 'button', id: 'roadmap-carry-over',
      onclick: () => act(() => request(`${BASE}/${roadmap.id}/carry-over`, { method: 'POST' })) },
    'Перенести на следующий год') : null,
    h('a', { class: 'btn btn-outline-success btn-sm', href: `${BASE}/${roadmap.id}/export.docx`, download: '' }, 'Скачать DOCX'),
    h('a', { class: 'btn btn-outline-success btn-sm', href: `${BASE}/${roadmap.id}/export.xlsx`, download: '' }, 'Скачать XLSX'));
  // replaceChildren() would print a null as the text "null": filter the optional parts out.
  body.replaceChildren(...[
    h('h2', { class: 'h5 mb-1 roadmap-title', dataset: { roadmapId: roadmap.id, version: String(roadmap.version) } }, roadmap.title),
    h('p', { class: 'text-body-secondary mb-2' }, `${roadmap.ownerName}, ${roadmap.academicYear} учебный год`,
      roadmap.editable ? null : h('span', { class: 'badge text-bg-secondary ms-2' }, 'только просмотр')),
    summary, actions, status, dialog.element,
    roadmap.items.length ? null : h('div', { class: 'card card-body text-body-secondary' }, 'В дорожной карте пока нет пунктов.'),
    itemTable(roadmap, act, dialog), itemCards(roadmap, act, dialog)].filter(Boolean));
}

function captioned(errors) {
  return errors.map((e) => ({ field: null, message: `${FIELD_CAPTIONS[e.field] ?? e.field}: ${e.message}` }));
}

function municipal(roadmap) {
  return roadmap.ownerLevel === 'MUNICIPALITY';
}

/** The deadline as written, with the date it was understood as underneath. */
function deadlineCell(item) {
  const d = item.deadline;
  let hint = '';
  if (d.kind === 'UNSCHEDULED') {
    hint = 'без даты';
  } else if (d.from === d.to) {
    hint = dateText(d.to);
  } else {
    hint = `${dateText(d.from)} – ${dateText(d.to)}`;
  }
  return [h('div', { class: 'deadline-original' }, d.original || '—'),
    h('div', { class: 'small text-body-secondary deadline-hint', title: 'Срок в датах' }, hint),
    item.overdue ? h('span', { class: 'badge text-bg-danger overdue' }, 'Просрочено') : null];
}

function kpiCell(item) {
  return [item.indicatorText ? h('div', {}, item.indicatorText) : null,
    item.kpi ? h('div', { class: 'small kpi-value' }, `${item.kpiTitle}: `,
      h('span', { class: 'fw-semibold' }, item.kpiValue == null ? 'нет данных'
        : item.kpiValue.percent != null ? `${item.kpiValue.percent} % (цель ${item.kpiValue.target} %)`
          : `${item.kpiValue.numerator} (цель ${item.kpiValue.target})`)) : null];
}

function statusControl(roadmap, item, act) {
  if (!roadmap.editable) {
    return h('span', { class: 'item-status-text' }, STATUS[item.status]);
  }
  const select = h('select', { class: 'form-select form-select-sm item-status', 'aria-label': `Статус пункта ${item.number}` },
    Object.entries(STATUS).map(([code, label]) => h('option', { value: code }, label)));
  select.value = item.status;
  select.addEventListener('change', () => act(() => request(`${BASE}/${roadmap.id}/items/${item.id}/status`,
    { method: 'PUT', body: { version: roadmap.version, status: select.value } })));
  return [select, item.doneOn ? h('div', { class: 'small text-body-secondary done-on' }, `выполнено ${dateText(item.doneOn)}`) : null];
}

function evidenceCell(roadmap, item, act, prefix) {
  const base = `${BASE}/${roadmap.id}/items/${item.id}`;
  const parts = [];
  if (item.evidenceFile) {
    parts.push(h('div', {}, h('a', { class: 'evidence-file', href: `${base}/evidence`, download: '' }, item.evidenceFile.fileName)));
  }
  if (item.evidenceLink) {
    parts.push(h('div', {}, h('a', { class: 'evidence-link', href: item.evidenceLink, target: '_blank', rel: 'noopener' }, 'Ссылка')));
  }
  if (roadmap.editable) {
    const file = h('input', { type: 'file', class: 'visually-hidden evidence-input', id: `${prefix}-${item.id}`,
      accept: '.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.pptx,.jpg,.jpeg,.png' });
    file.addEventListener('change', () => {
      if (file.files[0]) {
        act(() => upload('PUT', `${base}/evidence?version=${roadmap.version}`, file.files[0]));
      }
    });
    parts.push(file, h('label', { class: 'btn btn-link btn-sm p-0', for: `${prefix}-${item.id}` }, 'Прикрепить файл'));
  }
  return parts;
}

function rowActions(roadmap, item, act, dialog) {
  if (!roadmap.editable) {
    return null;
  }
  const siblings = roadmap.items.filter((i) => i.parentId === item.parentId);
  const index = siblings.findIndex((i) => i.id === item.id);
  const move = (position) => act(() => request(`${BASE}/${roadmap.id}/items/${item.id}/move`,
    { method: 'POST', body: { version: roadmap.version, parentId: item.parentId, position } }));
  return h('div', { class: 'btn-group btn-group-sm', role: 'group', 'aria-label': `Действия с пунктом ${item.number}` },
    h('button', { class: 'btn btn-outline-secondary item-edit', type: 'button', title: 'Изменить', onclick: () => dialog.open(item) }, '✎'),
    h('button', { class: 'btn btn-outline-secondary item-up', type: 'button', title: 'Выше', disabled: index === 0,
      onclick: () => move(index - 1) }, '↑'),
    h('button', { class: 'btn btn-outline-secondary item-down', type: 'button', title: 'Ниже', disabled: index === siblings.length - 1,
      onclick: () => move(index + 1) }, '↓'),
    h('button', { class: 'btn btn-outline-danger item-delete', type: 'button', title: 'Удалить',
      onclick: () => {
        if (window.confirm(`Удалить пункт ${item.number} вместе с подпунктами?`)) {
          act(() => request(`${BASE}/${roadmap.id}/items/${item.id}?version=${roadmap.version}`, { method: 'DELETE' }));
        }
      } }, '✕'));
}

function itemTable(roadmap, act, dialog) {
  const both = municipal(roadmap);
  const columns = both ? 8 : 7;
  const rows = [];
  let stage = null;
  for (const item of roadmap.items) {
    if (item.stage && item.stage !== stage) {
      stage = item.stage;
      rows.push(h('tr', { class: 'table-light stage-group' }, h('th', { colspan: String(columns), scope: 'colgroup', class: 'small text-uppercase' }, stage)));
    }
    rows.push(h('tr', { class: `roadmap-item${item.overdue ? ' table-danger' : ''}`, dataset: { itemId: item.id, number: item.number } },
      h('td', { class: 'item-number text-nowrap' }, item.number),
      h('td', { class: item.depth === 1 ? 'fw-semibold' : '', style: `padding-left: ${0.5 + (item.depth - 1) * 1.25}rem` },
        h('div', { class: 'item-activities' }, item.activities),
        item.expectedResult ? h('div', { class: 'small text-body-secondary' }, `Результат: ${item.expectedResult}`) : null),
      h('td', {}, deadlineCell(item)),
      both ? h('td', { class: 'small' }, item.responsibleMunicipal) : null,
      h('td', { class: 'small' }, item.responsible),
      h('td', { class: 'small' }, kpiCell(item)),
      h('td', {}, statusControl(roadmap, item, act), h('div', { class: 'small mt-1' }, evidenceCell(roadmap, item, act, 'evidence'))),
      h('td', {}, rowActions(roadmap, item, act, dialog))));
  }
  return h('div', { class: 'table-responsive d-none d-md-block' },
    h('table', { class: 'table table-sm align-middle roadmap-table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, '№'), h('th', { scope: 'col' }, 'Мероприятия'), h('th', { scope: 'col' }, 'Срок'),
        both ? h('th', { scope: 'col' }, 'Ответственные (муниципальные)') : null,
        h('th', { scope: 'col' }, both ? 'Ответственные (ОО)' : 'Ответственные'),
        h('th', { scope: 'col' }, 'Показатель'), h('th', { scope: 'col' }, 'Статус и подтверждение'),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Действия')))),
      h('tbody', {}, rows)));
}

function itemCards(roadmap, act, dialog) {
  return h('ul', { class: 'list-unstyled d-md-none roadmap-cards mb-0' }, roadmap.items.map((item) =>
    h('li', { class: `card mb-2${item.overdue ? ' border-danger' : ''}`, dataset: { itemId: item.id } },
      h('div', { class: 'card-body py-2', style: `margin-left: ${(item.depth - 1) * 0.75}rem` },
        h('div', { class: 'small text-body-secondary' }, item.stage),
        h('div', { class: 'fw-semibold' }, `${item.number}. `, item.activities),
        h('div', { class: 'small' }, deadlineCell(item)),
        item.responsible ? h('div', { class: 'small' }, `Ответственные: ${item.responsible}`) : null,
        h('div', { class: 'small' }, kpiCell(item)),
        h('div', { class: 'mt-1' }, statusControl(roadmap, item, act)),
        h('div', { class: 'd-flex justify-content-between align-items-center mt-1 small' },
          h('div', {}, evidenceCell(roadmap, item, act, 'evidence-card')), rowActions(roadmap, item, act, dialog))))));
}

/** The add/edit dialog (a native <dialog>): stage, activities, deadline text and dates, responsible, result, indicator. */
function itemDialog(catalogue, roadmap, act) {
  const field = (name, label, control, help) => h('div', { class: 'mb-2' },
    h('label', { class: 'form-label small mb-0', for: `item-${name}` }, label), control,
    help ? h('div', { class: 'form-text' }, help) : null, h('div', { class: 'invalid-feedback' }));
  const input = (name, type = 'text') => h('input', { class: 'form-control form-control-sm', id: `item-${name}`, name, type });
  const area = (name) => h('textarea', { class: 'form-control form-control-sm', id: `item-${name}`, name, rows: '2' });
  const stage = input('stage');
  stage.setAttribute('list', 'roadmap-stages');
  const stages = h('datalist', { id: 'roadmap-stages' }, catalogue.stages.map((s) => h('option', { value: s.title })));
  const activities = area('activities');
  const original = input('deadline.original');
  const from = input('deadline.from', 'date');
  const to = input('deadline.to', 'date');
  const yearly = h('input', { class: 'form-check-input', type: 'checkbox', id: 'item-recurring', name: 'recurring' });
  const responsible = area('responsible');
  const responsibleMunicipal = area('responsibleMunicipal');
  const expectedResult = input('expectedResult');
  const indicatorText = input('indicatorText');
  const kpi = h('select', { class: 'form-select form-select-sm', id: 'item-kpi', name: 'kpi' },
    h('option', { value: '' }, 'не связан'), catalogue.indicators.map((i) => h('option', { value: i.code }, i.title)));
  const parent = h('select', { class: 'form-select form-select-sm', id: 'item-parentId', name: 'parentId' },
    h('option', { value: '' }, 'верхний уровень'),
    roadmap.items.filter((i) => i.depth < 4).map((i) => h('option', { value: i.id }, `${i.number}. ${i.activities.slice(0, 60)}`)));
  const status = h('div');
  let editing = null;
  const form = h('form', { class: 'item-form', novalidate: true, method: 'dialog' },
    h('h2', { class: 'h5 dialog-title', id: 'item-dialog-title' }, 'Пункт дорожной карты'),
    field('parentId', 'Входит в пункт', parent),
    field('stage', 'Этап', stage), stages,
    field('activities', 'Мероприятия', activities),
    h('div', { class: 'row g-2' },
      h('div', { class: 'col-12 col-md-6' }, field('deadline.original', 'Срок (как в документе)', original, 'Например: «До 15 сентября», «Май-июнь. Ежегодно»')),
      h('div', { class: 'col-6 col-md-3' }, field('deadline.from', 'с', from)),
      h('div', { class: 'col-6 col-md-3' }, field('deadline.to', 'до', to))),
    h('div', { class: 'form-check mb-2' }, yearly, h('label', { class: 'form-check-label', for: 'item-recurring' }, 'Повторяется ежегодно (переносится на следующий год)')),
    municipal(roadmap) ? field('responsibleMunicipal', 'Ответственные (муниципальные)', responsibleMunicipal) : null,
    field('responsible', municipal(roadmap) ? 'Ответственные (ОО)' : 'Ответственные', responsible),
    field('expectedResult', 'Ожидаемый результат / документ', expectedResult),
    field('indicatorText', 'Показатель', indicatorText),
    field('kpi', 'Связать с показателем мониторинга', kpi),
    status,
    h('div', { class: 'd-flex gap-2 justify-content-end' },
      h('button', { class: 'btn btn-outline-secondary', type: 'button', onclick: () => element.close() }, 'Отмена'),
      h('button', { class: 'btn btn-primary', type: 'submit', id: 'item-save' }, 'Сохранить')));
  const element = h('dialog', { class: 'roadmap-dialog border-0 rounded shadow p-3', 'aria-labelledby': 'item-dialog-title' }, form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    form.querySelectorAll('.is-invalid').forEach((el) => el.classList.remove('is-invalid'));
    const body = {
      version: roadmap.version, stage: stage.value, activities: activities.value,
      deadline: { original: original.value, from: from.value || null, to: to.value || null,
        recurrence: yearly.checked ? 'YEARLY' : 'NONE' },
      responsible: responsible.value, responsibleMunicipal: responsibleMunicipal.value,
      expectedResult: expectedResult.value, indicatorText: indicatorText.value, kpi: kpi.value || null,
      recurring: yearly.checked,
    };
    if (!yearly.checked || (!from.value && !to.value)) {
      body.deadline.recurrence = 'NONE';
    }
    let view;
    try {
      if (editing) {
        view = await request(`${BASE}/${roadmap.id}/items/${editing.id}`, { method: 'PUT', body });
      } else {
        view = await request(`${BASE}/${roadmap.id}/items`, { method: 'POST', body: { ...body, parentId: parent.value || null } });
      }
    } catch (error) {
      const problem = asProblemError(error);
      const unplaced = [];
      for (const fe of problem.fieldErrors) {
        const control = form.querySelector(`[name="${CSS.escape(fe.field ?? '')}"]`);
        const place = control?.closest('div.mb-2')?.querySelector('.invalid-feedback');
        if (control && place) {
          control.classList.add('is-invalid');
          place.textContent = capitalize(fe.message);
        } else {
          unplaced.push(fe);
        }
      }
      status.replaceChildren(problemAlert(problem, { unplacedErrors: captioned(unplaced) }));
      return;
    }
    element.close();
    act(async () => view);
  });
  return {
    element,
    open(item) {
      editing = item;
      status.replaceChildren();
      parent.closest('div.mb-2').hidden = Boolean(item);
      stage.value = item?.stage ?? '';
      activities.value = item?.activities ?? '';
      original.value = item?.deadline.original ?? '';
      from.value = item?.deadline.from ?? '';
      to.value = item?.deadline.to ?? '';
      yearly.checked = item?.recurring ?? false;
      responsible.value = item?.responsible ?? '';
      responsibleMunicipal.value = item?.responsibleMunicipal ?? '';
      expectedResult.value = item?.expectedResult ?? '';
      indicatorText.value = item?.indicatorText ?? '';
      kpi.value = item?.kpi ?? '';
      parent.value = '';
      element.showModal();
      activities.focus();
    },
  };
}

/** A multipart upload; resolves with the JSON body, rejects with a ProblemError. */
async function upload(method, path, file, fields = {}) {
  const body = new FormData();
  Object.entries(fields).forEach(([k, v]) => body.append(k, v));
  body.append('file', file, file.name);
  const headers = { Accept: 'application/json, application/problem+json' };
  const token = xsrfToken();
  if (token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', redirect: 'manual' });
  } catch {
    throw new ProblemError(russianProblem(0, { code: 'NETWORK' }));
  }
  const parsed = await response.json().catch(() => ({}));
  if (response.ok) {
    return parsed;
  }
  throw new ProblemError(russianProblem(response.status, parsed ?? {}));
}

export async function renderRoadmapImport(main, context) {
  main.replaceChildren(spinner());
  let ownerId;
  try {
    ({ ownerId } = await chooseOwner(context, null));
  } catch (error) {
    main.replaceChildren(h('h1', { class: 'h3' }, 'Импорт дорожной карты'), problemAlert(asProblemError(error)));
    return;
  }
  const year = yearSelect('import-year', currentYearStart());
  const file = h('input', { class: 'form-control', type: 'file', id: 'roadmap-file', accept: '.docx,.txt,.tsv,.csv', required: true });
  const check = h('button', { class: 'btn btn-primary', type: 'submit', id: 'roadmap-import-check' }, 'Проверить файл');
  const result = h('section', { class: 'roadmap-import-result mt-3', 'aria-live': 'polite' });
  const form = h('form', { class: 'card card-body', novalidate: true },
    h('div', { class: 'd-flex flex-wrap align-items-center gap-2 mb-2' },
      h('label', { class: 'form-label mb-0', for: 'import-year' }, 'Учебный год:'), year),
    h('label', { class: 'form-label', for: 'roadmap-file' }, 'Файл дорожной карты (DOCX или текстовая таблица, до 10 МБ)'),
    h('div', { class: 'd-flex flex-wrap gap-2' }, h('div', { class: 'flex-grow-1' }, file), check),
    h('div', { class: 'form-text' }, 'Сначала показываем, как прочитан файл; дорожная карта создаётся только после подтверждения.'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files[0]) {
      result.replaceChildren(h('div', { class: 'alert alert-warning' }, 'Выберите файл.'));
      return;
    }
    check.disabled = true;
    result.replaceChildren(spinner('Читаем файл…'));
    try {
      const preview = await upload('POST', `${BASE}/imports`, file.files[0], { ownerId, academicYear: yearText(year.value) });
      result.replaceChildren(...previewView(preview, year.value).filter(Boolean));
    } catch (error) {
      result.replaceChildren(problemAlert(asProblemError(error)));
    } finally {
      check.disabled = false;
    }
  });
  main.replaceChildren(h('h1', { class: 'h3 mb-3' }, 'Импорт дорожной карты'), form, result);
}

function previewView(preview, year) {
  const { draft } = preview;
  const status = h('div', { class: 'mt-2' });
  const confirm = h('button', { class: 'btn btn-success', type: 'button', id: 'roadmap-import-confirm' }, 'Импортировать');
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    try {
      await request(`${BASE}/imports/${preview.importId}/confirmation`, { method: 'POST', body: {} });
      window.location.hash = `#/roadmaps?year=${year}`;
    } catch (error) {
      status.replaceChildren(problemAlert(asProblemError(error)));
      confirm.disabled = false;
    }
  });
  return [
    h('div', { class: 'alert alert-info import-preview-summary' },
      h('div', { class: 'fw-semibold' }, draft.title || preview.fileName),
      h('div', {}, `${preview.ownerName}, ${preview.academicYear} учебный год. Пунктов: ${draft.items.length}.`)),
    draft.warnings.length ? h('div', { class: 'alert alert-warning import-warnings' },
      h('div', { class: 'fw-semibold mb-1' }, 'Проверьте, как прочитано:'),
      h('ul', { class: 'mb-0' }, draft.warnings.map((w) => h('li', {}, w)))) : null,
    h('div', { class: 'table-responsive' },
      h('table', { class: 'table table-sm align-middle import-preview' },
        h('thead', {}, h('tr', {}, ['№', 'Этап', 'Мероприятия', 'Срок', 'Ответственные', 'Результат'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, draft.items.map((i) => h('tr', { class: 'preview-item' },
          h('td', { class: 'text-nowrap' }, i.number),
          h('td', { class: 'small' }, i.stage),
          h('td', {}, i.activities),
          h('td', { class: 'small' }, i.deadline?.original ?? '',
            i.deadline?.to ? h('div', { class: 'text-body-secondary' }, dateText(i.deadline.to)) : null),
          h('td', { class: 'small' }, [i.responsibleMunicipal, i.responsible].filter(Boolean).join(' / ')),
          h('td', { class: 'small' }, i.expectedResult)))))),
    confirm, status];
}

export async function renderCompletion(main, context, municipalityId, givenYear) {
  main.replaceChildren(spinner());
  const year = givenYear ?? String(currentYearStart());
  const { session } = context;
  const regionView = !municipalityId && hasRole(session, 'REGION_ADMIN');
  const unitId = municipalityId ?? (regionView ? session.regionId : session.municipalityId);
  let report;
  try {
    report = await request(`${BASE}/completion/${regionView ? 'regions' : 'municipalities'}/${unitId}?academicYear=${encodeURIComponent(yearText(year))}`);
  } catch (error) {
    main.replaceChildren(h('h1', { class: 'h3' }, 'Выполнение дорожных карт'), problemAlert(asProblemError(error)));
    return;
  }
  const select = yearSelect('completion-year', year);
  select.addEventListener('change', () => {
    window.location.hash = `#/roadmaps/completion${municipalityId ? `/${municipalityId}` : ''}?year=${select.value}`;
  });
  const share = (v) => (v == null ? '—' : `${v} %`);
  const unitLink = (row) => (regionView
    ? h('a', { href: `#/roadmaps/completion/${row.unitId}?year=${year}` }, row.name)
    : (row.withRoadmap ? h('a', { href: `#/roadmaps/owner/${row.unitId}?year=${year}` }, row.name) : row.name));
  const cells = (row, total) => [
    h(total ? 'th' : 'td', { class: 'unit-name', scope: total ? 'row' : null }, total ? row.name : unitLink(row)),
    regionView ? h('td', {}, `${row.withRoadmap} из ${row.organizations}`) : h('td', {}, total ? `${row.withRoadmap} из ${row.organizations}` : (row.withRoadmap ? 'есть' : h('span', { class: 'badge text-bg-warning' }, 'нет'))),
    h('td', {}, String(row.items)), h('td', {}, String(row.done)), h('td', {}, String(row.doneOnTime)),
    h('td', { class: row.overdue ? 'text-danger fw-semibold' : '' }, String(row.overdue)),
    h('td', { class: 'share' }, share(row.shareOnTime))];
  const own = report.ownRoadmap;
  main.replaceChildren(...[
    h('h1', { class: 'h3 mb-1' }, 'Выполнение дорожных карт'),
    h('p', { class: 'text-body-secondary' }, `${report.name}: ${regionView ? 'муниципалитеты' : 'организации'}. Сначала — кому нужна помощь.`),
    h('div', { class: 'd-flex flex-wrap align-items-center gap-2 mb-3' }, h('label', { class: 'visually-hidden', for: 'completion-year' }, 'Учебный год'), select),
    own ? h('p', { class: 'small own-roadmap' }, `Собственная дорожная карта: выполнено ${own.completion.done} из ${own.completion.items}, в срок ${share(own.completion.shareOnTime)}.`) : null,
    h('div', { class: 'table-responsive d-none d-md-block' },
      h('table', { class: 'table table-sm align-middle completion-table' },
        h('thead', {}, h('tr', {}, [regionView ? 'Муниципалитет' : 'Организация', 'Дорожная карта', 'Пунктов', 'Выполнено',
          'В срок', 'Просрочено', 'Доля в срок'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, report.rows.map((row) => h('tr', { class: 'completion-row', dataset: { unitId: row.unitId } }, cells(row, false)))),
        h('tfoot', {}, h('tr', { class: 'completion-total fw-semibold' }, cells(report.total, true))))),
    h('ul', { class: 'list-unstyled d-md-none completion-cards' }, report.rows.map((row) => h('li', { class: 'card mb-2' },
      h('div', { class: 'card-body py-2' }, h('div', { class: 'fw-semibold' }, unitLink(row)),
        h('div', { class: 'small' }, `Пунктов: ${row.items}, выполнено: ${row.done}, в срок: ${row.doneOnTime}, просрочено: ${row.overdue}`),
        h('div', { class: 'small' }, `Доля в срок: ${share(row.shareOnTime)}`)))))].filter(Boolean));
}
