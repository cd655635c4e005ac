// Screens of stage 6 of the target model (work of pairs and groups):
// «Мои задачи» (#/todos) — the caller's pairs and to-dos: their own missing feedback, and for a curator the pairs
// without meetings and the meetings without feedback of their organization;
// the pair's programme (#/pairs/{id}/programme) — goals and tasks with deadlines, progress against the 90 % target,
// approval by order, self-assessments and completion; the meetings with their .ics files, the meeting form, the
// feedback form after each meeting; and the pair's online diary. The services decide who may do what on every
// call; the page only offers what the caller's role allows.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert, capitalize } from './dom.js';
import { shortDateLabel, MEETING_TYPE_LABELS, meetingTypeLabel } from './labels.js';
import { hasRole } from './session.js';
import { submitting } from './forms.js';
import { diagnosticTodoSection } from './diagnostics.js';

const STATES = {
  DRAFT: ['проект', 'text-bg-secondary'],
  APPROVED: ['утверждена приказом', 'text-bg-primary'],
  COMPLETED: ['завершена', 'text-bg-success'],
};

const DATE_TIME = new Intl.DateTimeFormat('ru-RU', {
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Moscow',
});
const PERCENT = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });

function dateTimeLabel(iso) {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? DATE_TIME.format(date) : '—';
}

function today() {
  return new Date().toLocaleDateString('sv-SE');
}

// ------------------------------------------------------------------ «Мои задачи»

export async function renderTodos(main, context) {
  main.replaceChildren(spinner());
  const curator = hasRole(context.session, 'SCHOOL_CURATOR');
  const organizationId = context.currentOrganizationId;
  let todos;
  let pairs;
  try {
    [todos, pairs] = await Promise.all([
      request('/api/pairing/todos'),
      curator && organizationId ? request(`/api/pairing/organizations/${organizationId}/pairs`) : request('/api/pairing/my-pairs'),
    ]);
  } catch (error) {
    main.replaceChildren(h('h1', { class: 'h3' }, 'Мои задачи'), problemAlert(asProblemError(error)));
    return;
  }
  const todoList = todos.length
    ? h('ul', { class: 'list-group todo-list mb-4' }, todos.map((todo) => h('li', {
      class: 'list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2 todo',
      dataset: { kind: todo.kind, meetingId: todo.meetingId ?? '', pairId: todo.pairId },
    },
    h('div', {}, h('div', { class: 'fw-semibold todo-title' }, todo.title),
      h('div', { class: 'small text-body-secondary' }, todo.kind === 'PAIR_INACTIVE'
        ? `Последняя активность: ${shortDateLabel(todo.since)}` : `Встреча: ${dateTimeLabel(todo.since)}`)),
    h('a', { class: 'btn btn-sm btn-outline-primary', href: `#/pairs/${todo.pairId}/programme` },
      todo.kind === 'FEEDBACK' ? 'Заполнить анкету' : 'Открыть пару'))))
    : h('p', { class: 'todo-list empty text-body-secondary mb-4' }, 'Задач нет: все отзывы оставлены, пары работают.');
  const active = pairs.filter((pair) => pair.status === 'ACTIVE');
  const pairList = active.length
    ? h('ul', { class: 'list-group pair-list' }, active.map((pair) => h('li', { class: 'list-group-item', dataset: { pairId: pair.id } },
      h('a', { class: 'pair-link', href: `#/pairs/${pair.id}/programme` },
        `${pair.format === 'GROUP' ? 'Группа' : 'Пара'} с ${shortDateLabel(pair.startsOn)} по ${shortDateLabel(pair.endsOn)}`),
      h('span', { class: 'small text-body-secondary ms-2' }, pairRoleLabel(pair, context.session)))))
    : h('p', { class: 'pair-list empty text-body-secondary' }, 'Действующих пар нет.');
  main.replaceChildren(
    h('h1', { class: 'h3 mb-3' }, 'Мои задачи'),
    h('section', { class: 'todos', 'aria-live': 'polite' }, h('h2', { class: 'h5' }, 'Что нужно сделать'), todoList),
    h('section', { class: 'my-pairs' }, h('h2', { class: 'h5' }, curator ? 'Пары организации' : 'Мои пары'), pairList));
  // Outstanding diagnostics and surveys (monitoring) belong to the same to-do list.
  const diagnostics = await diagnosticTodoSection();
  main.querySelector('.todos')?.after(diagnostics);
}

function pairRoleLabel(pair, session) {
  if (session.personId === pair.mentorId) {
    return 'вы — наставник';
  }
  if ((pair.menteeIds ?? []).includes(session.personId)) {
    return 'вы — наставляемый';
  }
  return `наставляемых: ${(pair.menteeIds ?? []).length}`;
}

// ------------------------------------------------------------------ the pair's programme, meetings and diary

export async function renderProgramme(main, context, pairId) {
  main.replaceChildren(spinner());
  let pair;
  try {
    pair = await request(`/api/pairing/pairs/${pairId}`);
  } catch (error) {
    main.replaceChildren(h('h1', { class: 'h3' }, 'Программа наставничества'), problemAlert(asProblemError(error)));
    return;
  }
  const me = context.session.personId;
  const screen = {
    pair,
    me,
    mentor: me === pair.mentorId,
    mentee: pair.menteeIds.includes(me),
    manager: hasRole(context.session, 'SCHOOL_CURATOR') && context.organizationIds.includes(pair.organizationId),
    programme: h('section', { class: 'programme mb-4', 'aria-live': 'polite' }),
    meetings: h('section', { class: 'meetings mb-4', 'aria-live': 'polite' }),
    diary: h('section', { class: 'diary mb-4' }),
  };
  screen.editor = screen.mentor || screen.manager;
  screen.member = screen.mentor || screen.mentee;
  screen.refresh = () => Promise.all([loadProgramme(screen), loadMeetings(screen), loadDiary(screen)]);
  main.replaceChildren(
    h('h1', { class: 'h3 mb-1' }, 'Программа наставничества'),
    h('p', { class: 'text-body-secondary mb-3 pair-dates' },
      `${pair.format === 'GROUP' ? 'Группа' : 'Пара'}: с ${shortDateLabel(pair.startsOn)} по ${shortDateLabel(pair.endsOn)}`),
    h('div', { class: 'row g-4' },
      h('div', { class: 'col-12 col-xl-6' }, screen.programme),
      h('div', { class: 'col-12 col-xl-6' }, screen.meetings, screen.diary)));
  await screen.refresh();
}

function participantLabel(screen, personId) {
  if (personId === screen.me) {
    return 'вы';
  }
  if (personId === screen.pair.mentorId) {
    return 'наставник';
  }
  const index = screen.pair.menteeIds.indexOf(personId);
  return screen.pair.menteeIds.length > 1 ? `наставляемый ${index + 1}` : 'наставляемый';
}

// --- the programme

async function loadProgramme(screen) {
  let programme;
  try {
    programme = await request(`/api/pairing/pairs/${screen.pair.id}/programme`);
  } catch (error) {
    if (error.status === 404) {
      screen.programme.replaceChildren(h('div', { class: 'card card-body' }, h('h2', { class: 'h5' }, 'Программа'),
        h('p', { class: 'text-body-secondary no-programme' }, 'Программа ещё не составлена.'),
        screen.editor ? createForm(screen) : null));
      return;
    }
    screen.programme.replaceChildren(problemAlert(asProblemError(error)));
    return;
  }
  const [stateText, stateClass] = STATES[programme.state] ?? ['—', 'text-bg-secondary'];
  const open = programme.state !== 'COMPLETED';
  screen.programme.replaceChildren(h('div', { class: 'card card-body', dataset: { programmeId: programme.id, version: programme.version } },
    h('div', { class: 'd-flex flex-wrap justify-content-between align-items-center gap-2 mb-2' },
      h('h2', { class: 'h5 mb-0' }, 'Программа'),
      h('span', { class: `badge programme-state ${stateClass}` }, stateText)),
    programme.orderNumber
      ? h('p', { class: 'small mb-2 order' }, `Приказ № ${programme.orderNumber} от ${shortDateLabel(programme.orderDate)}`) : null,
    progressBar(programme.progress),
    h('h3', { class: 'h6 mt-3' }, 'Цели'),
    programme.goals.length
      ? h('ol', { class: 'goals' }, programme.goals.map((goal) => h('li', {}, goal)))
      : h('p', { class: 'text-body-secondary' }, 'Цели не указаны.'),
    h('h3', { class: 'h6 mt-3' }, 'Задачи'),
    taskTable(screen, programme),
    screen.editor && open ? taskForm(screen, programme) : null,
    screen.manager && programme.state === 'DRAFT' ? approvalForm(screen, programme) : null,
    programme.selfAssessments.length ? h('div', { class: 'self-assessments mt-3' }, h('h3', { class: 'h6' }, 'Самооценка'),
      h('ul', { class: 'small' }, programme.selfAssessments.map((a) => h('li', {},
        `${capitalize(participantLabel(screen, a.personId))}: ${a.score} из 10 — ${a.text}`)))) : null,
    screen.member && programme.state === 'APPROVED' ? assessmentForm(screen, programme) : null,
    screen.manager && programme.state === 'APPROVED' ? completionForm(screen, programme) : null,
    programme.resultsSummary ? h('p', { class: 'mt-3 results-summary' }, h('strong', {}, 'Итоги: '), programme.resultsSummary) : null));
}

function progressBar(progress) {
  const percent = Math.round(progress.share * 1000) / 10;
  return h('div', { class: 'progress-block' },
    h('div', { class: 'd-flex justify-content-between small' },
      h('span', { class: 'progress-figure' }, `Выполнено ${progress.done} из ${progress.total} задач (${PERCENT.format(percent)} %)`),
      h('span', { class: progress.targetReached ? 'text-success' : 'text-body-secondary' },
        progress.targetReached ? 'цель 90 % достигнута' : 'цель — 90 %')),
    h('div', { class: 'position-relative' },
      h('div', {
        class: 'progress', role: 'progressbar', 'aria-label': 'Выполнение программы', 'aria-valuenow': String(percent),
        'aria-valuemin': '0', 'aria-valuemax': '100',
      }, h('div', { class: `progress-bar ${progress.targetReached ? 'bg-success' : ''}`, style: `width: ${percent}%` })),
      h('div', { class: 'target-mark', title: 'Цель: 90 %', style: 'position:absolute;top:-3px;bottom:-3px;left:90%;border-left:2px dashed #212529' })));
}

function taskTable(screen, programme) {
  if (!programme.tasks.length) {
    return h('p', { class: 'text-body-secondary tasks empty' }, 'Задач пока нет.');
  }
  const canMark = programme.state === 'APPROVED' && (screen.member || screen.manager);
  return h('ul', { class: 'list-group tasks' }, programme.tasks.map((task) => h('li', {
    class: 'list-group-item task', dataset: { taskId: task.id, done: task.doneOn ? 'true' : 'false' },
  },
  h('div', { class: 'd-flex flex-wrap justify-content-between gap-2' },
    h('span', { class: `fw-semibold task-title${task.doneOn ? ' text-decoration-line-through' : ''}` }, task.title),
    h('span', { class: 'small text-body-secondary' }, `срок: ${shortDateLabel(task.deadline)}`)),
  h('div', { class: 'small' }, `Ожидаемый результат: ${task.expectedResult}`),
  task.doneOn ? h('div', { class: 'small text-success' }, `Выполнено ${shortDateLabel(task.doneOn)}`) : null,
  canMark && !task.doneOn ? h('button', {
    class: 'btn btn-sm btn-outline-success mt-1 mark-done', type: 'button',
    onclick: (event) => act(event.currentTarget, screen, () => request(`/api/pairing/programmes/${programme.id}/tasks/${task.id}/done`,
      { method: 'POST', body: { version: programme.version } })),
  }, 'Отметить выполненной') : null)));
}

function createForm(screen) {
  const status = h('div', { class: 'form-status' });
  const form = h('form', { id: 'programme-form', novalidate: true },
    field('programme-goals', 'Цели программы (каждая с новой строки)', h('textarea', { class: 'form-control', id: 'programme-goals', name: 'goals', rows: '3' })),
    h('button', { class: 'btn btn-primary', type: 'submit' }, 'Составить программу'), status);
  submitting(form, status, async () => {
    const goals = form.elements.goals.value.split('\n').map((goal) => goal.trim()).filter(Boolean);
    await request(`/api/pairing/pairs/${screen.pair.id}/programme`, { method: 'POST', body: { goals, tasks: [] } });
    await screen.refresh();
  });
  return form;
}

function taskForm(screen, programme) {
  const status = h('div', { class: 'form-status' });
  const form = h('form', { id: 'task-form', class: 'row g-2 mt-2', novalidate: true },
    h('div', { class: 'col-12' }, field('task-title', 'Новая задача', h('input', { class: 'form-control', id: 'task-title', name: 'tasks[0].title', maxlength: '500' }))),
    h('div', { class: 'col-12 col-sm-5' }, field('task-deadline', 'Срок', h('input', {
      class: 'form-control', id: 'task-deadline', name: 'tasks[0].deadline', type: 'date', min: screen.pair.startsOn, max: screen.pair.endsOn,
    }))),
    h('div', { class: 'col-12 col-sm-7' }, field('task-expected', 'Ожидаемый результат', h('input', { class: 'form-control', id: 'task-expected', name: 'tasks[0].expectedResult', maxlength: '2000' }))),
    h('div', { class: 'col-12' }, h('button', { class: 'btn btn-outline-primary', type: 'submit' }, 'Добавить задачу'), status));
  submitting(form, status, async () => {
    await request(`/api/pairing/programmes/${programme.id}/tasks`, {
      method: 'POST',
      body: {
        version: programme.version,
        title: form.elements['tasks[0].title'].value,
        deadline: form.elements['tasks[0].deadline'].value,
        expectedResult: form.elements['tasks[0].expectedResult'].value,
      },
    });
    await screen.refresh();
  });
  return form;
}

function approvalForm(screen, programme) {
  const status = h('div', { class: 'form-status' });
  const form = h('form', { id: 'approval-form', class: 'row g-2 mt-3 border-top pt-2', novalidate: true },
    h('div', { class: 'col-12' }, h('h3', { class: 'h6 mb-0' }, 'Утверждение приказом')),
    h('div', { class: 'col-6' }, field('order-number', 'Номер приказа', h('input', { class: 'form-control', id: 'order-number', name: 'orderNumber' }))),
    h('div', { class: 'col-6' }, field('order-date', 'Дата приказа', h('input', { class: 'form-control', id: 'order-date', name: 'orderDate', type: 'date', value: today() }))),
    h('div', { class: 'col-12' }, h('button', { class: 'btn btn-primary', type: 'submit' }, 'Утвердить'), status));
  submitting(form, status, async () => {
    await request(`/api/pairing/programmes/${programme.id}/approval`, {
      method: 'POST',
      body: { version: programme.version, orderNumber: form.elements.orderNumber.value, orderDate: form.elements.orderDate.value },
    });
    await screen.refresh();
  });
  return form;
}

function assessmentForm(screen, programme) {
  const status = h('div', { class: 'form-status' });
  const form = h('form', { id: 'assessment-form', class: 'row g-2 mt-3 border-top pt-2', novalidate: true },
    h('div', { class: 'col-12' }, h('h3', { class: 'h6 mb-0' }, 'Моя итоговая самооценка')),
    h('div', { class: 'col-4' }, field('assessment-score', 'Оценка (1–10)', h('input', { class: 'form-control', id: 'assessment-score', name: 'score', type: 'number', min: '1', max: '10' }))),
    h('div', { class: 'col-8' }, field('assessment-text', 'Что получилось', h('input', { class: 'form-control', id: 'assessment-text', name: 'text', maxlength: '2000' }))),
    h('div', { class: 'col-12' }, h('button', { class: 'btn btn-outline-primary', type: 'submit' }, 'Сохранить самооценку'), status));
  submitting(form, status, async () => {
    const score = form.elements.score.value.trim();
    await request(`/api/pairing/programmes/${programme.id}/self-assessment`, {
      method: 'PUT', body: { version: programme.version, score: score === '' ? null : Number(score), text: form.elements.text.value },
    });
    await screen.refresh();
  });
  return form;
}

function completionForm(screen, programme) {
  const status = h('div', { class: 'form-status' });
  const form = h('form', { id: 'completion-form', class: 'mt-3 border-top pt-2', novalidate: true },
    h('h3', { class: 'h6' }, 'Завершение программы'),
    field('results-summary', 'Итоги (для публикации как практика)', h('textarea', { class: 'form-control', id: 'results-summary', name: 'resultsSummary', rows: '3', maxlength: '4000' })),
    h('button', { class: 'btn btn-success', type: 'submit' }, 'Завершить программу'), status);
  submitting(form, status, async () => {
    await request(`/api/pairing/programmes/${programme.id}/completion`, {
      method: 'POST', body: { version: programme.version, resultsSummary: form.elements.resultsSummary.value },
    });
    await screen.refresh();
  });
  return form;
}

// --- meetings

async function loadMeetings(screen) {
  let meetings;
  try {
    meetings = await request(`/api/pairing/pairs/${screen.pair.id}/meetings`);
  } catch (error) {
    screen.meetings.replaceChildren(problemAlert(asProblemError(error)));
    return;
  }
  screen.meetings.replaceChildren(h('div', { class: 'card card-body' },
    h('h2', { class: 'h5' }, 'Встречи'),
    meetings.length
      ? h('ul', { class: 'list-group meeting-list mb-3' }, meetings.map((meeting) => meetingItem(screen, meeting)))
      : h('p', { class: 'text-body-secondary meeting-list empty' }, 'Встреч пока не было.'),
    screen.editor && screen.pair.status === 'ACTIVE' ? meetingForm(screen) : null));
}

function meetingItem(screen, meeting) {
  const owesFeedback = meeting.feedbackMissingFrom.includes(screen.me);
  const present = meeting.attendance.filter((a) => a.present).map((a) => participantLabel(screen, a.personId));
  return h('li', { class: 'list-group-item meeting', dataset: { meetingId: meeting.id, outstanding: String(meeting.outstanding) } },
    h('div', { class: 'd-flex flex-wrap justify-content-between gap-2' },
      h('span', { class: 'fw-semibold' }, meeting.title),
      h('span', { class: 'small' }, dateTimeLabel(meeting.startsAt))),
    h('div', { class: 'small text-break' }, meeting.place ?? '',
      meeting.link ? h('a', { href: meeting.link, target: '_blank', rel: 'noopener noreferrer', class: 'ms-1' }, 'ссылка на встречу') : null),
    meeting.held ? h('div', { class: 'small' }, `Присутствовали: ${present.join(', ')}`) : h('div', { class: 'small text-body-secondary' }, 'Запланирована'),
    meeting.notes ? h('div', { class: 'small fst-italic' }, meeting.notes) : null,
    h('div', { class: 'd-flex flex-wrap gap-2 align-items-center mt-1' },
      h('a', { class: 'btn btn-sm btn-outline-secondary ics-link', href: meeting.calendarUrl, download: `встреча-${meeting.id}.ics` }, 'В календарь (.ics)'),
      meeting.outstanding ? h('span', { class: 'badge text-bg-warning outstanding' }, `нет отзыва: ${meeting.feedbackMissingFrom.map((p) => participantLabel(screen, p)).join(', ')}`) : null),
    owesFeedback ? feedbackForm(screen, meeting) : null);
}

function meetingForm(screen) {
  const status = h('div', { class: 'form-status' });
  const people = [screen.pair.mentorId, ...screen.pair.menteeIds];
  const form = h('form', { id: 'meeting-form', class: 'row g-2 border-top pt-2', novalidate: true },
    h('div', { class: 'col-12' }, h('h3', { class: 'h6 mb-0' }, 'Записать встречу')),
    h('div', { class: 'col-12 col-sm-6' }, field('meeting-type', 'Тип встречи', h('select', { class: 'form-select', id: 'meeting-type', name: 'type' },
      Object.keys(MEETING_TYPE_LABELS).map((type) => h('option', { value: type }, meetingTypeLabel(type)))))),
    h('div', { class: 'col-12 col-sm-6' }, field('meeting-startsAt', 'Дата и время (МСК)', h('input', { class: 'form-control', id: 'meeting-startsAt', name: 'startsAt', type: 'datetime-local' }))),
    h('div', { class: 'col-4' }, field('meeting-duration', 'Минут', h('input', { class: 'form-control', id: 'meeting-duration', name: 'durationMinutes', type: 'number', min: '5', max: '600', value: '60' }))),
    h('div', { class: 'col-8' }, field('meeting-place', 'Место', h('input', { class: 'form-control', id: 'meeting-place', name: 'place', maxlength: '300' }))),
    h('div', { class: 'col-12' }, field('meeting-link', 'Ссылка на онлайн-встречу', h('input', { class: 'form-control', id: 'meeting-link', name: 'link', type: 'url', placeholder: 'https://' }))),
    h('fieldset', { class: 'col-12' }, h('legend', { class: 'form-label fs-6 mb-1' }, 'Присутствовали (для состоявшейся встречи)'),
      people.map((personId) => h('div', { class: 'form-check form-check-inline' },
        h('input', { class: 'form-check-input attendance', type: 'checkbox', id: `attendance-${personId}`, value: personId, checked: true }),
        h('label', { class: 'form-check-label', for: `attendance-${personId}` }, capitalize(participantLabel(screen, personId))))),
      h('div', { class: 'form-check' },
        h('input', { class: 'form-check-input', type: 'checkbox', id: 'meeting-held', name: 'held', checked: true }),
        h('label', { class: 'form-check-label', for: 'meeting-held' }, 'Встреча уже состоялась')),
      h('div', { class: 'invalid-feedback', dataset: { for: 'attendance' } }), h('input', { type: 'hidden', name: 'attendance' })),
    h('div', { class: 'col-12' }, field('meeting-notes', 'Заметки', h('textarea', { class: 'form-control', id: 'meeting-notes', name: 'notes', rows: '2', maxlength: '4000' }))),
    h('div', { class: 'col-12' }, h('button', { class: 'btn btn-primary', type: 'submit' }, 'Записать встречу'), status));
  submitting(form, status, async () => {
    const held = form.elements.held.checked;
    const attendance = held ? [...form.querySelectorAll('.attendance')].map((box) => ({ personId: box.value, present: box.checked })) : [];
    const duration = form.elements.durationMinutes.value.trim();
    await request(`/api/pairing/pairs/${screen.pair.id}/meetings`, {
      method: 'POST',
      body: {
        type: form.elements.type.value,
        startsAt: form.elements.startsAt.value,
        durationMinutes: duration === '' ? null : Number(duration),
        place: form.elements.place.value,
        link: form.elements.link.value,
        attendance,
        notes: form.elements.notes.value,
      },
    });
    await screen.refresh();
  });
  return form;
}

function feedbackForm(screen, meeting) {
  const status = h('div', { class: 'form-status' });
  const id = (name) => `feedback-${meeting.id}-${name}`;
  const form = h('form', { class: 'feedback-form row g-2 mt-2 border-top pt-2', dataset: { meetingId: meeting.id }, novalidate: true },
    h('div', { class: 'col-12' }, h('h3', { class: 'h6 mb-0' }, 'Анкета обратной связи')),
    h('div', { class: 'col-12 col-sm-4' }, field(id('usefulness'), 'Польза встречи (1–10)', h('input', { class: 'form-control', id: id('usefulness'), name: 'usefulness', type: 'number', min: '1', max: '10' }))),
    h('div', { class: 'col-12 col-sm-8' }, field(id('wentWell'), 'Что получилось', h('textarea', { class: 'form-control', id: id('wentWell'), name: 'wentWell', rows: '2', maxlength: '2000' }))),
    h('div', { class: 'col-12 col-sm-6' }, field(id('difficulties'), 'Трудности', h('textarea', { class: 'form-control', id: id('difficulties'), name: 'difficulties', rows: '2', maxlength: '2000' }))),
    h('div', { class: 'col-12 col-sm-6' }, field(id('nextSteps'), 'Следующие шаги', h('textarea', { class: 'form-control', id: id('nextSteps'), name: 'nextSteps', rows: '2', maxlength: '2000' }))),
    h('div', { class: 'col-12' }, h('button', { class: 'btn btn-primary', type: 'submit' }, 'Отправить отзыв'), status));
  submitting(form, status, async () => {
    const usefulness = form.elements.usefulness.value.trim();
    await request(`/api/pairing/meetings/${meeting.id}/feedback`, {
      method: 'POST',
      body: {
        usefulness: usefulness === '' ? null : Number(usefulness),
        wentWell: form.elements.wentWell.value,
        difficulties: form.elements.difficulties.value,
        nextSteps: form.elements.nextSteps.value,
      },
    });
    await screen.refresh();
  });
  return form;
}

// --- the diary

async function loadDiary(screen) {
  let entries;
  try {
    entries = await request(`/api/pairing/pairs/${screen.pair.id}/diary`);
  } catch (error) {
    screen.diary.replaceChildren(problemAlert(asProblemError(error)));
    return;
  }
  screen.diary.replaceChildren(h('div', { class: 'card card-body' },
    h('h2', { class: 'h5' }, 'Дневник пары'),
    entries.length
      ? h('ol', { class: 'list-unstyled diary-entries mb-0' }, entries.map((entry) => h('li', { class: 'diary-entry border-start border-3 ps-2 mb-2', dataset: { kind: entry.kind } },
        h('div', { class: 'small text-body-secondary' }, dateTimeLabel(entry.at)),
        h('div', {}, diaryText(screen, entry)))))
      : h('p', { class: 'text-body-secondary diary-entries empty mb-0' }, 'Записей пока нет.')));
}

function diaryText(screen, entry) {
  if (entry.kind === 'MEETING') {
    return [h('strong', {}, entry.title), entry.outstanding ? ' — ждёт отзывов' : '', entry.notes ? `. ${entry.notes}` : ''];
  }
  if (entry.kind === 'FEEDBACK') {
    const parts = [entry.wentWell && `получилось: ${entry.wentWell}`, entry.difficulties && `трудности: ${entry.difficulties}`,
      entry.nextSteps && `дальше: ${entry.nextSteps}`].filter(Boolean);
    return [h('strong', {}, `Отзыв (${participantLabel(screen, entry.personId)}), польза ${entry.usefulness}/10`),
      parts.length ? `: ${parts.join('; ')}` : ''];
  }
  return [h('strong', {}, 'Задача выполнена: '), entry.title];
}

// --- form helpers

function field(id, caption, control) {
  return h('div', { class: 'mb-2' }, h('label', { class: 'form-label', for: id }, caption), control, h('div', { class: 'invalid-feedback' }));
}

/** A one-button action: the problem, if any, goes into an alert after the button. */
async function act(button, screen, action) {
  button.disabled = true;
  try {
    await action();
    await screen.refresh();
  } catch (error) {
    button.after(problemAlert(asProblemError(error)));
    button.disabled = false;
  }
}
