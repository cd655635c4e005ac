// Screen: selection and training of mentors (stage 4 of the target model) for one organization — the teaching
// staff count and the mentors' share of it against the 5 % target, the organization's selection criteria, the
// mentor candidates with their readiness, and for the chosen candidate the selection record (interview, criteria,
// decision) and the training records. Server field errors are shown beside the fields they name.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert, capitalize } from './dom.js';
import { organizationTypeLabel, shortDateLabel } from './labels.js';
import { submitting } from './forms.js';

const READINESS = {
  NOT_ASSESSED: ['не оценён(а)', 'text-bg-secondary'],
  RESERVE: ['в резерве', 'text-bg-warning'],
  REJECTED: ['не отобран(а)', 'text-bg-danger'],
  AWAITING_TRAINING: ['отобран(а), ждёт обучения', 'text-bg-info'],
  READY: ['готов(а) к работе', 'text-bg-success'],
  READY_CONFIRMED: ['готовность подтверждена куратором', 'text-bg-success'],
};

const DECISIONS = {
  PENDING: 'Решение не принято',
  SELECTED: 'Отобран(а) в наставники',
  RESERVE: 'В резерв',
  REJECTED: 'Не отобран(а)',
};

const PERCENT = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function today() {
  return new Date().toLocaleDateString('sv-SE');
}

function currentAcademicYear() {
  const now = new Date();
  const start = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
  return `${start}/${start + 1}`;
}

export async function renderTraining(main, context, organizationId) {
  main.replaceChildren(spinner());
  let organization;
  try {
    organization = await request(`/api/participants/organizations/${organizationId}`);
  } catch (error) {
    main.replaceChildren(h('h1', { class: 'h3' }, 'Отбор и обучение наставников'), problemAlert(asProblemError(error)));
    return;
  }
  const base = `/api/participants/organizations/${organization.id}`;
  const figures = h('section', { class: 'figures mb-4', 'aria-live': 'polite' });
  const criteria = h('section', { class: 'criteria mb-4' });
  const candidates = h('section', { class: 'candidates mb-4', 'aria-live': 'polite' });
  const person = h('section', { class: 'person-panel mb-4' });
  const screen = { base, figures, criteria, candidates, person, selectedId: null, people: [] };
  screen.refresh = async () => {
    await Promise.all([loadFigures(screen), loadCandidates(screen)]);
  };
  main.replaceChildren(
    h('h1', { class: 'h3 mb-1' }, 'Отбор и обучение наставников'),
    h('p', { class: 'text-body-secondary mb-3' },
      h('span', { class: 'organization-title fw-semibold text-body' }, organization.name), ` · ${organizationTypeLabel(organization.type)}`),
    h('div', { class: 'row g-4' },
      h('div', { class: 'col-12 col-xl-5' }, figures, criteria),
      h('div', { class: 'col-12 col-xl-7' }, candidates, person)));
  await Promise.all([loadFigures(screen), loadCriteria(screen), loadCandidates(screen)]);
}

// --- figures and the teaching staff count ---

async function loadFigures(screen) {
  try {
    const f = await request(`${screen.base}/figures`);
    const share = f.mentorsShareOfTeachingStaff;
    const target = PERCENT.format(f.mentorShareTarget ?? 5);
    const shareText = share == null ? 'не рассчитана: укажите численность педагогов' : `${PERCENT.format(share)} %`;
    const badge = share == null ? null : h('span', {
      class: `badge text-wrap text-start ms-sm-2 share-target ${f.mentorShareTargetMet ? 'text-bg-success' : 'text-bg-warning'}`,
    }, f.mentorShareTargetMet ? `цель ≥ ${target} % достигнута` : `ниже цели ${target} %`);
    const form = staffForm(screen, f);
    screen.figures.replaceChildren(h('div', { class: 'card card-body' },
      h('h2', { class: 'h5' }, 'Показатели'),
      h('dl', { class: 'row mb-2 small' },
        h('dt', { class: 'col-7 text-break' }, `Педагогических работников (${f.academicYear ?? currentAcademicYear()})`),
        h('dd', { class: 'col-5 teaching-staff' }, f.teachingStaff ?? '—'),
        h('dt', { class: 'col-7' }, 'Кандидатов в наставники'),
        h('dd', { class: 'col-5 mentors-count' }, f.mentors),
        h('dt', { class: 'col-7' }, 'Доля наставников от педагогов'),
        h('dd', { class: 'col-5 mentor-share' }, shareText, badge),
        h('dt', { class: 'col-7' }, 'Готовы к работе'),
        h('dd', { class: 'col-5 ready-mentors' }, f.readyMentors)),
      form));
  } catch (error) {
    screen.figures.replaceChildren(problemAlert(asProblemError(error)));
  }
}

function staffForm(screen, figures) {
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const form = h('form', { class: 'row g-2 align-items-end', id: 'staff-form', novalidate: true },
    h('div', { class: 'col-12 col-sm-4' }, label('staff-academicYear', 'Учебный год'),
      h('input', { class: 'form-control', id: 'staff-academicYear', name: 'academicYear', value: figures.academicYear ?? currentAcademicYear() }),
      feedback('staff-academicYear')),
    h('div', { class: 'col-6 col-sm-4' }, label('staff-teachingStaff', 'Педагогов'),
      h('input', { class: 'form-control', id: 'staff-teachingStaff', name: 'teachingStaff', type: 'number', min: '1', step: '1',
        inputmode: 'numeric', value: figures.teachingStaff ?? '' }),
      feedback('staff-teachingStaff')),
    h('div', { class: 'col-6 col-sm-4' }, h('button', { class: 'btn btn-outline-primary w-100', type: 'submit' }, 'Записать')),
    h('div', { class: 'col-12' }, status));
  submitting(form, status, async () => {
    const count = form.elements.teachingStaff.value.trim();
    await request(`${screen.base}/teaching-staff`, {
      method: 'PUT',
      body: { academicYear: form.elements.academicYear.value.trim(), teachingStaff: count === '' ? null : Number(count) },
    });
    await loadFigures(screen);
  });
  return form;
}

// --- selection criteria ---

async function loadCriteria(screen) {
  try {
    const data = await request(`${screen.base}/selection-criteria`);
    screen.criteriaList = data.defaults ? [] : data.criteria;
    screen.criteria.replaceChildren(criteriaForm(screen, data));
  } catch (error) {
    screen.criteria.replaceChildren(problemAlert(asProblemError(error)));
  }
}

function criteriaForm(screen, data) {
  const rows = h('ol', { class: 'list-unstyled mb-2 criteria-rows' });
  const addRow = (c = {}) => {
    const n = rows.children.length;
    const row = h('li', { class: 'criterion-row border rounded p-2 mb-2', dataset: { id: c.id ?? '' } },
      h('input', { class: 'form-control form-control-sm mb-1', name: `[${n}].text`, 'aria-label': 'Критерий', value: c.text ?? '', maxlength: 300 }),
      h('div', { class: 'invalid-feedback' }),
      h('div', { class: 'd-flex flex-wrap gap-3 align-items-center small' },
        h('label', { class: 'form-check-label' },
          h('input', { class: 'form-check-input me-1', type: 'checkbox', name: `[${n}].required`, checked: c.required }), 'обязательный'),
        h('label', { class: 'd-flex align-items-center gap-1' }, 'вес',
          h('input', { class: 'form-control form-control-sm', style: 'width:5rem', type: 'number', min: '1', max: '10',
            name: `[${n}].weight`, value: c.weight ?? '' })),
        h('div', { class: 'invalid-feedback' }),
        h('button', { class: 'btn btn-link btn-sm text-danger ms-auto', type: 'button', onclick: () => row.remove() }, 'Убрать')));
    rows.append(row);
  };
  data.criteria.forEach(addRow);
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const form = h('form', { class: 'card card-body', id: 'criteria-form', novalidate: true },
    h('h2', { class: 'h5' }, 'Критерии отбора наставников'),
    data.defaults ? h('p', { class: 'small alert alert-info py-2 criteria-defaults' },
      'У организации пока нет своих критериев: предложены критерии по умолчанию. Измените их при необходимости и сохраните.') : null,
    rows,
    h('div', { class: 'd-flex gap-2' },
      h('button', { class: 'btn btn-outline-secondary btn-sm', type: 'button', onclick: () => addRow() }, 'Добавить критерий'),
      h('button', { class: 'btn btn-primary btn-sm ms-auto', type: 'submit' }, 'Сохранить критерии')),
    status);
  submitting(form, status, async () => {
    const body = [...rows.children].map((row) => {
      const weight = row.querySelector('input[type=number]').value.trim();
      return {
        id: row.dataset.id || null,
        text: row.querySelector('input[name$=".text"]').value.trim(),
        required: row.querySelector('input[type=checkbox]').checked,
        weight: weight === '' ? null : Number(weight),
      };
    });
    // Field names follow the rows' current order, which the server's errors refer to.
    [...rows.children].forEach((row, i) => row.querySelectorAll('input').forEach((input) => {
      input.name = input.name.replace(/^\[\d+\]/, `[${i}]`);
    }));
    const saved = await request(`${screen.base}/selection-criteria`, { method: 'PUT', body });
    screen.criteriaList = saved.criteria;
    screen.criteria.replaceChildren(criteriaForm(screen, saved));
    screen.criteria.querySelector('.form-status').replaceChildren(
      h('div', { class: 'alert alert-success py-2', role: 'status' }, 'Критерии сохранены.'));
    if (screen.selectedId) {
      await openPerson(screen, screen.selectedId);
    }
  });
  return form;
}

// --- mentor candidates and readiness ---

async function loadCandidates(screen) {
  try {
    const [people, readiness] = await Promise.all([
      request(`${screen.base}/people`), request(`${screen.base}/mentor-readiness`)]);
    const byId = new Map((readiness ?? []).map((r) => [r.personId, r]));
    screen.people = (people ?? []).filter((p) => p.programmeRole === 'MENTOR_CANDIDATE');
    if (!screen.people.length) {
      screen.candidates.replaceChildren(h('div', { class: 'card card-body text-body-secondary empty' },
        'В организации нет кандидатов в наставники. Зарегистрируйте их в разделе «Участники».'));
      return;
    }
    screen.candidates.replaceChildren(h('div', { class: 'card' },
      h('div', { class: 'card-header fw-semibold' }, 'Кандидаты в наставники'),
      h('ul', { class: 'list-group list-group-flush mentor-candidates' }, screen.people.map((p) => {
        const r = byId.get(p.id) ?? { status: 'NOT_ASSESSED', trainings: 0 };
        return h('li', {
          class: `list-group-item d-flex flex-wrap gap-2 align-items-center mentor-candidate${p.id === screen.selectedId ? ' active-candidate bg-light' : ''}`,
          dataset: { personId: p.id },
        },
        h('span', { class: 'fw-semibold person-name me-auto text-break' }, p.fullName),
        readinessBadge(r.status),
        h('span', { class: 'small text-body-secondary' }, `обучений: ${r.trainings}`),
        h('button', { class: 'btn btn-sm btn-outline-primary open-person', type: 'button', onclick: () => openPerson(screen, p.id) },
          'Открыть'));
      }))));
  } catch (error) {
    screen.candidates.replaceChildren(problemAlert(asProblemError(error)));
  }
}

function readinessBadge(status) {
  const [text, css] = READINESS[status] ?? READINESS.NOT_ASSESSED;
  return h('span', { class: `badge rounded-pill text-wrap readiness ${css}`, dataset: { status } }, capitalize(text));
}

// --- one person: selection and training ---

async function openPerson(screen, personId) {
  screen.selectedId = personId;
  screen.person.replaceChildren(spinner());
  const person = screen.people.find((p) => p.id === personId);
  try {
    const [selection, trainings] = await Promise.all([
      request(`/api/participants/people/${personId}/selection`), request(`/api/participants/people/${personId}/training`)]);
    screen.person.replaceChildren(h('div', { class: 'card card-body', dataset: { personId } },
      h('h2', { class: 'h5 selected-person' }, person?.fullName ?? 'Кандидат'),
      selectionForm(screen, personId, selection),
      h('hr'),
      trainingList(screen, personId, trainings ?? []),
      trainingForm(screen, personId)));
    screen.candidates.querySelectorAll('.mentor-candidate').forEach((li) =>
      li.classList.toggle('active-candidate', li.dataset.personId === personId));
  } catch (error) {
    screen.person.replaceChildren(problemAlert(asProblemError(error)));
  }
}

function selectionForm(screen, personId, selection) {
  const decision = h('select', { class: 'form-select', id: 'selection-decision', name: 'decision' },
    Object.entries(DECISIONS).map(([value, text]) => h('option', { value }, text)));
  decision.value = selection.decision ?? 'PENDING';
  const marks = new Map((selection.criteria ?? []).map((m) => [m.criterionId, m.met]));
  const criteria = screen.criteriaList ?? [];
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const form = h('form', { id: 'selection-form', novalidate: true },
    h('h3', { class: 'h6' }, 'Отбор: собеседование и решение'),
    h('div', { class: 'row g-2' },
      h('div', { class: 'col-12 col-sm-6' }, label('selection-interviewDate', 'Дата собеседования'),
        h('input', { class: 'form-control', id: 'selection-interviewDate', name: 'interviewDate', type: 'date',
          value: selection.interviewDate ?? today(), max: today() }), feedback('selection-interviewDate')),
      h('div', { class: 'col-12 col-sm-6' }, label('selection-interviewer', 'Проводил(а)'),
        h('input', { class: 'form-control', id: 'selection-interviewer', name: 'interviewer', value: selection.interviewer ?? '' }),
        feedback('selection-interviewer'))),
    h('div', { class: 'mt-2' }, label('selection-interviewNotes', 'Заметки собеседования (персональные данные)'),
      h('textarea', { class: 'form-control', id: 'selection-interviewNotes', name: 'interviewNotes', rows: '3', maxlength: 4000,
        value: selection.interviewNotes ?? '' }), feedback('selection-interviewNotes')),
    h('fieldset', { class: 'mt-2 selection-criteria' },
      h('legend', { class: 'form-label fs-6' }, 'Соответствие критериям'),
      criteria.length
        ? criteria.map((c) => h('div', { class: 'form-check' },
          h('input', { class: 'form-check-input', type: 'checkbox', id: `mark-${c.id}`, dataset: { criterionId: c.id }, checked: marks.get(c.id) === true }),
          h('label', { class: 'form-check-label', for: `mark-${c.id}` }, c.text, c.required ? ' (обязательный)' : ` (вес ${c.weight})`)))
        : h('p', { class: 'small text-body-secondary' }, 'Сохраните критерии отбора организации, чтобы отмечать их здесь.')),
    h('div', { class: 'row g-2 mt-1' },
      h('div', { class: 'col-md-6' }, label('selection-decision', 'Решение'), decision, feedback('selection-decision')),
      h('div', { class: 'col-md-6' }, label('selection-reason', 'Обоснование'),
        h('input', { class: 'form-control', id: 'selection-reason', name: 'reason', value: selection.reason ?? '' }),
        feedback('selection-reason'))),
    h('button', { class: 'btn btn-primary mt-2', type: 'submit' }, 'Сохранить отбор'),
    status);
  submitting(form, status, async () => {
    const value = (name) => form.elements[name].value.trim() || null;
    await request(`/api/participants/people/${personId}/selection`, {
      method: 'PUT',
      body: {
        interviewDate: value('interviewDate'), interviewer: value('interviewer'), interviewNotes: value('interviewNotes'),
        decision: value('decision'), reason: value('reason'),
        criteria: [...form.querySelectorAll('[data-criterion-id]')].map((box) => ({ criterionId: box.dataset.criterionId, met: box.checked })),
      },
    });
    status.replaceChildren(h('div', { class: 'alert alert-success py-2', role: 'status' }, 'Отбор сохранён.'));
    await screen.refresh();
  });
  return form;
}

function trainingList(screen, personId, trainings) {
  return h('div', { class: 'mb-3' },
    h('h3', { class: 'h6' }, 'Обучение'),
    trainings.length
      ? h('ul', { class: 'list-group training-list' }, trainings.map((t) => h('li', { class: 'list-group-item small', dataset: { trainingId: t.id } },
        h('div', { class: 'fw-semibold course-title text-break' }, t.courseTitle),
        h('div', {}, [t.provider, `${t.hours} ч`, shortDateLabel(t.completedOn), t.certificateReference].filter(Boolean).join(' · ')),
        h('button', {
          class: 'btn btn-link btn-sm text-danger p-0 delete-training', type: 'button',
          onclick: async () => {
            const reason = window.prompt('Причина удаления записи об обучении');
            if (!reason) {
              return;
            }
            try {
              await request(`/api/participants/people/${personId}/training/${t.id}`, { method: 'DELETE', body: { reason } });
              await Promise.all([screen.refresh(), openPerson(screen, personId)]);
            } catch (error) {
              screen.person.prepend(problemAlert(asProblemError(error)));
            }
          },
        }, 'Удалить'))))
      : h('p', { class: 'small text-body-secondary empty-trainings' }, 'Записей об обучении пока нет.'));
}

function trainingForm(screen, personId) {
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const input = (name, text, props = {}) => h('div', { class: props.col ?? 'col-12' }, label(`training-${name}`, text),
    h('input', { class: 'form-control', id: `training-${name}`, name, ...props, col: null }), feedback(`training-${name}`));
  const form = h('form', { class: 'row g-2', id: 'training-form', novalidate: true },
    h('h3', { class: 'h6 col-12 mb-0' }, 'Записать обучение'),
    input('courseTitle', 'Курс, семинар, консультация', { maxlength: 300 }),
    input('provider', 'Кто проводил', { maxlength: 300, col: 'col-md-6' }),
    input('certificateReference', 'Номер удостоверения / сертификата', { maxlength: 200, col: 'col-md-6' }),
    input('hours', 'Часов', { type: 'number', min: '1', max: '500', step: '1', inputmode: 'numeric', col: 'col-12 col-sm-6' }),
    input('completedOn', 'Дата окончания', { type: 'date', value: today(), max: today(), col: 'col-12 col-sm-6' }),
    h('div', { class: 'col-12' }, h('button', { class: 'btn btn-primary', type: 'submit' }, 'Записать обучение')),
    h('div', { class: 'col-12' }, status));
  submitting(form, status, async () => {
    const value = (name) => form.elements[name].value.trim() || null;
    const hours = value('hours');
    const created = await request(`/api/participants/people/${personId}/training`, {
      method: 'POST',
      body: {
        courseTitle: value('courseTitle'), provider: value('provider'), certificateReference: value('certificateReference'),
        hours: hours == null ? null : Number(hours), completedOn: value('completedOn'),
      },
    });
    await Promise.all([screen.refresh(), openPerson(screen, personId)]);
    screen.person.querySelector('#training-form .form-status')?.replaceChildren(
      h('div', { class: 'alert alert-success py-2', role: 'status' }, `Обучение «${created.courseTitle}» записано.`));
  });
  return form;
}

// --- form helpers ---

function label(id, text) {
  return h('label', { class: 'form-label small mb-1', for: id }, text);
}

function feedback(id) {
  return h('div', { class: 'invalid-feedback', id: `${id}-error` });
}
