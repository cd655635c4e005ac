// Screens: diagnostics and surveys (stage 7, monitoring). The curator opens a quarterly round, follows its coverage
// (who has not filled the form yet, entering paper forms for them), closes it, and reads the comparison tables; a
// mentor or mentee fills their forms with a 1–10 scale per criterion and sees their own dynamics; the municipal
// curator and the regional institute see one row per organization. Monitoring keeps ids only: names come from
// participant-service's people list, which the curator may see anyway.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert, capitalize } from './dom.js';
import { submitting } from './forms.js';
import { hasRole } from './session.js';

const BASE = '/api/monitoring/diagnostics';

const FORM_KIND_LABELS = {
  MENTOR_COMPETENCIES: 'Диагностика компетенций наставников',
  MENTEE_NEEDS: 'Диагностика дефицитов (запросов) наставляемых',
  MENTOR_SATISFACTION: 'Анкета удовлетворённости наставника',
  MENTEE_SATISFACTION: 'Анкета удовлетворённости наставляемого',
  PROGRAMME_QUALITY: 'Оценка качества реализации программы',
};

const RESPONDENT_LABELS = { MENTOR: 'Наставники', MENTEE: 'Наставляемые', CURATOR: 'Куратор' };

const formKindLabel = (kind) => FORM_KIND_LABELS[kind] ?? kind;

/** The academic year (September–August) of a date, written «2026/2027». */
export function academicYearOf(date = new Date()) {
  const start = date.getMonth() >= 8 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}/${start + 1}`;
}

function yearsAround() {
  const current = academicYearOf();
  const start = Number(current.substring(0, 4));
  return [current, `${start - 1}/${start}`];
}

/** The year the curator or the region looks at; kept while the page is open. */
let selectedYear = academicYearOf();

const stageLabel = (round) => (round.quarter ? `${round.quarter}-й квартал` : 'Завершение программы');
const number = (value) => (value == null ? '—' : value.toLocaleString('ru-RU', { maximumFractionDigits: 2 }));
const percent = (value) => (value == null ? '—' : `${number(value)} %`);
const signed = (value) => (value == null ? '—' : `${value > 0 ? '+' : ''}${number(value)}`);

/** #/diagnostics, #/diagnostics/assignments/{id}, #/diagnostics/people/{id} */
export async function renderDiagnostics(main, context, section, id) {
  main.replaceChildren(spinner());
  if (section === 'assignments') {
    await renderAssignment(main, context, id);
  } else if (section === 'people') {
    await renderPerson(main, context, id);
  } else if (context.kind === 'region') {
    await renderUnit(main, context);
  } else if (hasRole(context.session, 'SCHOOL_CURATOR') && context.currentOrganizationId) {
    await renderCurator(main, context, context.currentOrganizationId);
  } else {
    await renderMine(main, context);
  }
}

function heading(text, crumb) {
  return [crumb ? h('nav', { 'aria-label': 'Навигация по разделам' }, h('ol', { class: 'breadcrumb small mb-2' },
    h('li', { class: 'breadcrumb-item' }, h('a', { href: '#/diagnostics' }, 'Диагностика')),
    h('li', { class: 'breadcrumb-item active', 'aria-current': 'page' }, crumb))) : null,
  h('h1', { class: 'h3 mb-3' }, text)].filter(Boolean);
}

function yearPicker(onChange) {
  const select = h('select', { class: 'form-select form-select-sm w-auto', id: 'diagnostics-year' },
    yearsAround().map((year) => h('option', { value: year }, `${year} учебный год`)));
  select.value = selectedYear;
  select.addEventListener('change', () => {
    selectedYear = select.value;
    onChange();
  });
  return h('div', { class: 'd-flex align-items-center gap-2 mb-3' },
    h('label', { class: 'small text-body-secondary', for: 'diagnostics-year' }, 'Учебный год:'), select);
}

/** Names of the organization's people by id, for the curator; an empty map when they cannot be loaded. */
async function namesOf(organizationId) {
  try {
    const people = await request(`/api/participants/organizations/${organizationId}/people`);
    return new Map(people.map((p) => [p.id, p.fullName]));
  } catch {
    return new Map();
  }
}

const nameOf = (names, personId) => (personId ? names.get(personId) ?? 'Участник' : 'Куратор (о паре)');

// ------------------------------------------------------------------ the curator

async function renderCurator(main, context, organizationId) {
  let rounds;
  let coverage;
  let comparison;
  let names;
  try {
    [rounds, coverage, comparison, names] = await Promise.all([
      request(`${BASE}/organizations/${organizationId}/rounds?academicYear=${encodeURIComponent(selectedYear)}`),
      request(`${BASE}/organizations/${organizationId}/coverage?academicYear=${encodeURIComponent(selectedYear)}`),
      request(`${BASE}/organizations/${organizationId}/comparison?academicYear=${encodeURIComponent(selectedYear)}`),
      namesOf(organizationId),
    ]);
  } catch (error) {
    main.replaceChildren(...heading('Диагностика и анкетирование'), problemAlert(asProblemError(error)));
    return;
  }
  const again = () => renderCurator(main, context, organizationId);
  main.replaceChildren(...heading('Диагностика и анкетирование'), yearPicker(again),
    openRoundForm(organizationId, again),
    coverageSection(coverage, rounds, names, again),
    comparisonSection(comparison),
    peopleSection(rounds, names));
}

function openRoundForm(organizationId, done) {
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const field = (label, control) => h('div', { class: 'col-12 col-sm-auto' },
    h('label', { class: 'form-label small mb-1', for: control.id }, label), control, h('div', { class: 'invalid-feedback' }));
  const year = h('select', { class: 'form-select', id: 'round-year', name: 'academicYear' },
    yearsAround().map((y) => h('option', { value: y }, y)));
  year.value = selectedYear;
  const quarter = h('select', { class: 'form-select', id: 'round-quarter', name: 'quarter' },
    [1, 2, 3, 4].map((q) => h('option', { value: String(q) }, `${q}-й квартал`)));
  const kind = h('select', { class: 'form-select', id: 'round-kind', name: 'formKind' },
    ['MENTOR_COMPETENCIES', 'MENTEE_NEEDS'].map((k) => h('option', { value: k }, formKindLabel(k))));
  const form = h('form', { class: 'card card-body mb-4', id: 'open-round-form', novalidate: true },
    h('h2', { class: 'h5' }, 'Открыть этап квартальной диагностики'),
    h('p', { class: 'small text-body-secondary' },
      'Анкету получат все участники программы организации в соответствующей роли. Один этап на анкету и квартал.'),
    h('div', { class: 'row g-2 align-items-end' }, field('Учебный год', year), field('Квартал', quarter), field('Анкета', kind),
      h('div', { class: 'col-12 col-sm-auto' }, h('button', { class: 'btn btn-primary', type: 'submit' }, 'Открыть этап'))),
    status);
  submitting(form, status, async () => {
    selectedYear = year.value;
    await request(`${BASE}/organizations/${organizationId}/rounds`, {
      method: 'POST', body: { academicYear: year.value, quarter: Number(quarter.value), formKind: kind.value },
    });
    await done();
  });
  return form;
}

function coverageSection(coverage, rounds, names, again) {
  const byRound = new Map(rounds.map((round) => [round.id, round]));
  const status = h('div', { 'aria-live': 'polite' });
  const figure = h('p', { class: 'coverage-figure fw-semibold', dataset: { covered: String(coverage.covered), due: String(coverage.due) } }, coverage.due
    ? `Охват диагностикой: ${coverage.covered} из ${coverage.due} (${percent(coverage.percent)}), цель ${coverage.target} %`
    : 'Охват диагностикой: этапов с участниками в этом учебном году пока нет.');
  const rows = coverage.rounds.map((row) => {
    const round = byRound.get(row.roundId);
    const due = (round?.assignments ?? []).filter((a) => a.formKind === row.formKind && a.status === 'DUE');
    const open = row.status === 'OPEN';
    return h('tr', { class: 'coverage-row', dataset: { roundId: row.roundId, formKind: row.formKind, quarter: String(row.quarter ?? ''), status: row.status } },
      h('td', {}, stageLabel(row)),
      h('td', {}, formKindLabel(row.formKind)),
      h('td', { class: 'text-nowrap submitted' }, `${row.submitted} из ${row.expected}`),
      h('td', { class: 'text-nowrap percent' }, percent(row.percent)),
      h('td', { class: 'outstanding' }, due.length
        ? h('ul', { class: 'list-unstyled mb-0' }, due.map((a) => h('li', { class: 'outstanding-person', dataset: { personId: a.personId ?? '' } },
          h('span', { class: 'me-2' }, nameOf(names, a.personId)),
          open ? h('a', { class: 'paper-link small', href: `#/diagnostics/assignments/${a.id}` },
            a.personId ? 'Внести с бланка' : 'Заполнить') : null)))
        : h('span', { class: 'text-body-secondary' }, 'все заполнили')),
      h('td', {}, open ? h('button', {
        class: 'btn btn-sm btn-outline-secondary close-round', type: 'button',
        onclick: async () => {
          try {
            await request(`${BASE}/rounds/${row.roundId}/close`, { method: 'POST' });
            await again();
          } catch (error) {
            status.replaceChildren(problemAlert(asProblemError(error)));
          }
        },
      }, 'Закрыть этап') : h('span', { class: 'small text-body-secondary' }, 'закрыт')));
  });
  return h('section', { class: 'coverage mb-4' }, h('h2', { class: 'h5' }, 'Охват и незаполненные анкеты'), figure, status,
    rows.length
      ? h('div', { class: 'table-responsive' }, h('table', { class: 'table table-sm align-middle coverage-table' },
        h('thead', { class: 'table-light' }, h('tr', {}, ['Этап', 'Анкета', 'Заполнили', 'Охват', 'Не заполнили', '']
          .map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, rows)))
      : h('p', { class: 'text-body-secondary empty' }, 'Этапов диагностики в этом учебном году ещё нет.'));
}

/** Criterion × rounds, with the change from the first round to the last. */
function comparisonTable(table) {
  return h('div', { class: 'table-responsive mb-3' }, h('table', { class: 'table table-sm comparison-table', dataset: { formKind: table.formKind } },
    h('caption', { class: 'caption-top fw-semibold text-body' }, formKindLabel(table.formKind)),
    h('thead', { class: 'table-light' }, h('tr', {}, h('th', { scope: 'col' }, 'Критерий'),
      table.rounds.map((r) => h('th', { scope: 'col', class: 'text-end text-nowrap' }, r.quarter ? `${r.quarter} кв.` : '—')),
      h('th', { scope: 'col', class: 'text-end' }, 'Изменение'))),
    h('tbody', {}, table.rows.map((row) => h('tr', { dataset: { code: row.code } }, h('td', {}, row.title),
      row.values.map((v) => h('td', { class: 'text-end' }, number(v))),
      h('td', { class: 'text-end change' }, signed(row.change))))),
    h('tfoot', {}, h('tr', { class: 'fw-semibold' }, h('td', {}, 'Среднее'),
      table.roundAverages.map((v) => h('td', { class: 'text-end round-average' }, number(v))),
      h('td', { class: 'text-end' }, table.roundAverages.length > 1
        ? signed(Math.round((table.roundAverages.at(-1) - table.roundAverages[0]) * 100) / 100) : '—')))));
}

function growthText(g) {
  if (g.before == null) {
    return 'нет ответов';
  }
  if (g.change == null) {
    return `пока одна диагностика: ${number(g.before)} (${g.firstQuarter} кв.)`;
  }
  return `было ${number(g.before)} (${g.firstQuarter} кв.), стало ${number(g.after)} (${g.lastQuarter} кв.), изменение ${signed(g.change)}`;
}

function comparisonSection(comparison) {
  const growth = comparison.growth.length
    ? h('ul', { class: 'list-group mb-3 growth' }, comparison.growth.map((g) => h('li', { class: 'list-group-item', dataset: { formKind: g.formKind } },
      h('span', { class: 'fw-semibold' }, `${RESPONDENT_LABELS[g.respondent] ?? g.respondent}: `),
      growthText(g))))
    : h('p', { class: 'text-body-secondary' }, 'Пока нет заполненных диагностик.');
  const quality = comparison.quality.length
    ? h('div', { class: 'table-responsive' }, h('table', { class: 'table table-sm quality-table' },
      h('thead', { class: 'table-light' }, h('tr', {}, ['Анкета', 'Шкала', 'Средний балл', 'Ответов'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, comparison.quality.map((q) => h('tr', {}, h('td', {}, formKindLabel(q.formKind)), h('td', {}, q.scaleTitle),
        h('td', {}, number(q.average)), h('td', {}, String(q.answers)))))))
    : h('p', { class: 'text-body-secondary' }, 'Анкет по завершённым программам пока нет.');
  return h('section', { class: 'comparison mb-4' },
    h('h2', { class: 'h5' }, 'Сравнительные таблицы изменений'),
    comparison.tables.length ? comparison.tables.map(comparisonTable) : h('p', { class: 'text-body-secondary' }, 'Пока нет заполненных диагностик.'),
    h('h3', { class: 'h6' }, 'Динамика «до» и «после»'), growth,
    h('h3', { class: 'h6' }, 'Качество реализации программ (анкеты по завершении)'), quality);
}

function peopleSection(rounds, names) {
  const ids = [...new Set(rounds.flatMap((r) => r.assignments ?? []).map((a) => a.personId).filter(Boolean))];
  return h('section', { class: 'people-dynamics mb-4' }, h('h2', { class: 'h5' }, 'Динамика участников'),
    ids.length
      ? h('ul', { class: 'list-inline' }, ids.map((id) => h('li', { class: 'list-inline-item mb-1' },
        h('a', { class: 'btn btn-sm btn-outline-primary person-dynamics', href: `#/diagnostics/people/${id}` }, nameOf(names, id)))))
      : h('p', { class: 'text-body-secondary' }, 'Участников в этапах этого года нет.'));
}

// ------------------------------------------------------------------ mentor and mentee

async function renderMine(main, context) {
  let todos;
  try {
    todos = await request(`${BASE}/todos`);
  } catch (error) {
    main.replaceChildren(...heading('Диагностика и анкетирование'), problemAlert(asProblemError(error)));
    return;
  }
  const dynamics = h('section', { class: 'my-dynamics mt-4' });
  main.replaceChildren(...heading('Диагностика и анкетирование'),
    h('section', { class: 'my-forms' }, h('h2', { class: 'h5' }, 'Анкеты, которые нужно заполнить'), todoList(todos)), dynamics);
  if (context.session.personId) {
    try {
      const mine = await request(`${BASE}/people/${context.session.personId}/comparison?academicYear=${encodeURIComponent(academicYearOf())}`);
      dynamics.replaceChildren(h('h2', { class: 'h5' }, 'Мои результаты'), mine.tables.length
        ? mine.tables.map(comparisonTable) : h('p', { class: 'text-body-secondary' }, 'Заполненных диагностик в этом учебном году пока нет.'));
    } catch (error) {
      dynamics.replaceChildren(problemAlert(asProblemError(error)));
    }
  }
}

function todoList(todos) {
  return todos.length
    ? h('ul', { class: 'list-group diagnostic-todos' }, todos.map((todo) => h('li', {
      class: 'list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2 diagnostic-todo',
      dataset: { assignmentId: todo.assignmentId, formKind: todo.formKind },
    },
    h('div', {}, h('div', { class: 'fw-semibold' }, todo.title),
      h('div', { class: 'small text-body-secondary' }, `${stageLabel(todo)} · ${todo.academicYear} учебный год`)),
    h('a', { class: 'btn btn-sm btn-primary fill-diagnostic', href: `#/diagnostics/assignments/${todo.assignmentId}` }, 'Заполнить'))))
    : h('p', { class: 'text-body-secondary empty diagnostic-todos' }, 'Все анкеты заполнены.');
}

/** The person's outstanding diagnostics and surveys, for the «Задачи» screen; never fails the screen. */
export async function diagnosticTodoSection() {
  try {
    const todos = await request(`${BASE}/todos`);
    return h('section', { class: 'diagnostic-todo-section mb-4' }, h('h2', { class: 'h5' }, 'Диагностика и анкеты'), todoList(todos));
  } catch (error) {
    return h('section', { class: 'diagnostic-todo-section mb-4' }, problemAlert(asProblemError(error)));
  }
}

// ------------------------------------------------------------------ filling a form

async function renderAssignment(main, context, assignmentId) {
  let assignment;
  try {
    assignment = await request(`${BASE}/assignments/${assignmentId}`);
  } catch (error) {
    main.replaceChildren(...heading('Анкета', 'Анкета'), problemAlert(asProblemError(error)));
    return;
  }
  const { form } = assignment;
  const own = assignment.personId && assignment.personId === context.session.personId;
  let onBehalf = null;
  if (!own && assignment.personId) {
    const names = await namesOf(assignment.organizationId);
    onBehalf = h('div', { class: 'alert alert-info on-behalf' },
      `Ввод с бумажного бланка: ${nameOf(names, assignment.personId)}`);
  }
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const submit = h('button', { class: 'btn btn-primary btn-lg', type: 'submit', disabled: !assignment.roundOpen }, 'Отправить ответы');
  const formNode = h('form', { class: 'diagnostic-form', id: 'diagnostic-form', novalidate: true },
    h('p', { class: 'text-body-secondary' }, `${stageLabel(assignment)} · ${assignment.academicYear} учебный год. `,
      'Оцените каждый пункт от 1 (совсем нет) до 10 (в полной мере).'),
    onBehalf,
    assignment.roundOpen ? null : h('div', { class: 'alert alert-secondary' }, 'Этап закрыт: ответы больше не принимаются.'),
    form.criteria.map((c, i) => criterionView(c, i, assignment.scores[c.code])),
    status, submit);
  formNode.addEventListener('change', (event) => {
    const node = event.target.closest?.('.criterion');
    if (node) {
      setError(node, null);
      // Every marked criterion answered: the summary above the button has nothing left to say.
      if (!formNode.querySelector('.criterion.has-error')) {
        status.replaceChildren();
      }
    }
  });
  formNode.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    formNode.querySelectorAll('.criterion').forEach((node) => setError(node, null));
    const scores = {};
    for (const c of form.criteria) {
      const checked = formNode.querySelector(`input[name='scores.${CSS.escape(c.code)}']:checked`);
      if (checked) {
        scores[c.code] = Number(checked.value);
      }
    }
    submit.disabled = true;
    try {
      const saved = await request(`${BASE}/assignments/${assignmentId}/answers`, { method: 'PUT', body: { scores } });
      main.replaceChildren(...heading(form.title, 'Анкета'),
        h('div', { class: 'alert alert-success diagnostic-confirmation', role: 'status' },
          h('div', { class: 'fw-semibold' }, 'Спасибо! Ответы сохранены.'),
          h('div', { class: 'small' }, `Средний балл: ${number(saved.averageScore)}.`)),
        h('a', { class: 'btn btn-outline-primary back-to-diagnostics', href: '#/diagnostics' }, 'К диагностике'));
    } catch (error) {
      const problem = asProblemError(error);
      const unplaced = [];
      for (const fieldError of problem.fieldErrors) {
        const match = /^scores\.(.+)$/.exec(fieldError.field ?? '');
        const node = match && formNode.querySelector(`.criterion[data-code='${CSS.escape(match[1])}']`);
        if (node) {
          setError(node, capitalize(fieldError.message));
        } else {
          unplaced.push(fieldError);
        }
      }
      status.replaceChildren(problem.fieldErrors.length && !unplaced.length
        ? h('div', { class: 'alert alert-warning py-2 problem', role: 'alert', dataset: { code: problem.problem.code ?? '' } },
          'Оцените пункты, отмеченные красным.')
        : problemAlert(problem, { unplacedErrors: unplaced }));
      formNode.querySelector('.criterion.has-error')?.scrollIntoView({ block: 'center' });
    } finally {
      submit.disabled = !assignment.roundOpen;
    }
  });
  main.replaceChildren(...heading(form.title, 'Анкета'), formNode);
}

/** One criterion: ten large radio buttons (two rows of five on a phone), so a thumb hits the intended score. */
function criterionView(criterion, index, score) {
  const id = `s-${criterion.code}`;
  return h('fieldset', { class: 'criterion card card-body mb-3', dataset: { code: criterion.code }, 'aria-describedby': `${id}-error` },
    h('legend', { class: 'fs-6 fw-semibold mb-2' }, `${index + 1}. ${criterion.title}`),
    h('div', { class: 'small text-body-secondary mb-2' }, criterion.scaleTitle),
    h('div', { class: 'score-scale', role: 'radiogroup', 'aria-label': criterion.title },
      Array.from({ length: 10 }, (_, k) => k + 1).flatMap((n) => [
        h('input', { class: 'btn-check', type: 'radio', name: `scores.${criterion.code}`, value: String(n), id: `${id}-${n}`, autocomplete: 'off', checked: score === n }),
        h('label', { class: 'btn btn-outline-primary', for: `${id}-${n}` }, String(n))])),
    h('div', { class: 'invalid-feedback d-block criterion-error', id: `${id}-error` }));
}

function setError(node, message) {
  node.classList.toggle('has-error', Boolean(message));
  node.classList.toggle('border-danger', Boolean(message));
  node.querySelector('.criterion-error').textContent = message ?? '';
}

// ------------------------------------------------------------------ one person's dynamics

async function renderPerson(main, context, personId) {
  let comparison;
  let names = new Map();
  try {
    comparison = await request(`${BASE}/people/${personId}/comparison?academicYear=${encodeURIComponent(selectedYear)}`);
    if (hasRole(context.session, 'SCHOOL_CURATOR') && context.currentOrganizationId) {
      names = await namesOf(context.currentOrganizationId);
    }
  } catch (error) {
    main.replaceChildren(...heading('Динамика участника', 'Динамика'), problemAlert(asProblemError(error)));
    return;
  }
  const own = personId === context.session.personId;
  main.replaceChildren(...heading(own ? 'Мои результаты' : `Динамика: ${nameOf(names, personId)}`, 'Динамика'),
    h('p', { class: 'text-body-secondary' }, `${comparison.academicYear} учебный год`),
    h('section', { class: 'person-comparison' }, comparison.tables.length ? comparison.tables.map(comparisonTable)
      : h('p', { class: 'text-body-secondary' }, 'Заполненных диагностик пока нет.')));
}

// ------------------------------------------------------------------ municipality and region

async function renderUnit(main, context) {
  const unitId = hasRole(context.session, 'MUNICIPAL_CURATOR') && context.session.municipalityId
    ? context.session.municipalityId : context.session.regionId;
  let summary;
  try {
    summary = await request(`${BASE}/units/${unitId}/organizations?academicYear=${encodeURIComponent(selectedYear)}`);
  } catch (error) {
    main.replaceChildren(...heading('Диагностика и анкетирование'), problemAlert(asProblemError(error)));
    return;
  }
  const growthOf = (org, kind) => {
    const g = org.growth.find((x) => x.formKind === kind);
    if (!g || g.before == null) {
      return '—';
    }
    return g.change == null ? `${number(g.before)} (один этап)` : `${number(g.before)} → ${number(g.after)} (${signed(g.change)})`;
  };
  const qualityOf = (org) => {
    const q = org.quality.find((x) => x.formKind === 'PROGRAMME_QUALITY');
    return q ? number(q.average) : '—';
  };
  main.replaceChildren(...heading('Диагностика и анкетирование'), yearPicker(() => renderUnit(main, context)),
    h('p', { class: 'text-body-secondary' }, 'Сводные показатели по организациям, без персональных данных.'),
    summary.organizations.length
      ? h('div', { class: 'table-responsive' }, h('table', { class: 'table table-sm align-middle unit-table' },
        h('thead', { class: 'table-light' }, h('tr', {}, ['Организация', 'Заполнено', 'Охват', 'Наставники: до → после',
          'Наставляемые: до → после', 'Качество программ'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, summary.organizations.map((org) => h('tr', { class: 'unit-row', dataset: { organizationId: org.organizationId } },
          h('td', {}, org.name ?? 'Организация'),
          h('td', { class: 'text-nowrap' }, `${org.submitted} из ${org.expected}`),
          h('td', { class: 'text-nowrap' }, percent(org.percent)),
          h('td', {}, growthOf(org, 'MENTOR_COMPETENCIES')),
          h('td', {}, growthOf(org, 'MENTEE_NEEDS')),
          h('td', {}, qualityOf(org)))))))
      : h('p', { class: 'text-body-secondary empty' }, 'Данных диагностики за этот учебный год пока нет.'));
}
