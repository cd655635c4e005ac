// Screen: the people of one organization registered for the programme (a table on wide screens, cards on
// narrow ones) and the form that registers another. The form checks required fields itself, in Russian, and
// shows the server's problem+json field errors beside the fields they name.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert, capitalize } from './dom.js';
import { shortDateLabel, organizationTypeLabel, programmeRoleLabel, yearsLabel, PROGRAMME_ROLE_LABELS } from './labels.js';

const FIELDS = [
  { name: 'fullName', label: 'ФИО', required: 'Укажите фамилию, имя и отчество', maxlength: 300, autocomplete: 'off' },
  { name: 'position', label: 'Должность', maxlength: 200, placeholder: 'например, учитель математики' },
  { name: 'subjects', label: 'Предметы', maxlength: 400, placeholder: 'например, математика, информатика' },
  { name: 'yearsOfExperience', label: 'Стаж (лет)', required: 'Укажите педагогический стаж в годах', type: 'number' },
  { name: 'programmeRole', label: 'Роль в программе', required: 'Выберите роль в программе', type: 'select' },
];

export async function renderPeople(main, context, organizationId) {
  main.replaceChildren(spinner());
  let organization;
  try {
    organization = await request(`/api/participants/organizations/${organizationId}`);
  } catch (error) {
    main.replaceChildren(breadcrumb(), h('h1', { class: 'h3' }, 'Участники программы'), problemAlert(asProblemError(error)));
    return;
  }
  const list = h('section', { class: 'people-list mb-4', 'aria-live': 'polite' });
  main.replaceChildren(
    breadcrumb(organization.name),
    h('h1', { class: 'h3 mb-1' }, 'Участники программы'),
    h('p', { class: 'text-body-secondary mb-3' },
      h('span', { class: 'organization-title fw-semibold text-body' }, organization.name), ` · ${organizationTypeLabel(organization.type)}`),
    h('div', { class: 'row g-4' },
      h('div', { class: context.canRegisterPeople ? 'col-12 col-xl-8' : 'col-12' }, list),
      context.canRegisterPeople
        ? h('div', { class: 'col-12 col-xl-4' }, registrationForm(organization, () => loadPeople(list, organization.id)))
        : null));
  await loadPeople(list, organization.id);
}

function breadcrumb(current) {
  return h('nav', { 'aria-label': 'Навигация по разделам' },
    h('ol', { class: 'breadcrumb small mb-2' },
      h('li', { class: 'breadcrumb-item' }, h('a', { href: '#/directory' }, 'Справочник организаций')),
      current ? h('li', { class: 'breadcrumb-item active text-truncate', 'aria-current': 'page' }, current) : null));
}

async function loadPeople(list, organizationId) {
  if (!list.hasChildNodes()) {
    list.replaceChildren(spinner());
  }
  try {
    const people = await request(`/api/participants/organizations/${organizationId}/people`);
    list.replaceChildren(...peopleView(people ?? []));
  } catch (error) {
    list.replaceChildren(problemAlert(asProblemError(error)));
  }
}

function peopleView(people) {
  const count = h('p', { class: 'small text-body-secondary mb-2 people-count' }, countLabel(people.length));
  if (!people.length) {
    return [h('div', { class: 'card card-body text-body-secondary empty' },
      'В этой организации пока нет зарегистрированных участников программы.')];
  }
  // Both views are rendered; CSS shows the table from the md breakpoint on and the cards below it.
  const table = h('div', { class: 'table-responsive d-none d-md-block people-table-wrapper' },
    h('table', { class: 'table table-hover align-middle people-table mb-0' },
      h('thead', { class: 'table-light' }, h('tr', {},
        ['ФИО', 'Должность и предмет', 'Стаж', 'Роль в программе', 'Дата регистрации'].map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, people.map((person) => h('tr', { dataset: { personId: person.id } },
        h('td', { class: 'fw-semibold person-name' }, h('a', { href: `#/people/${person.id}` }, person.fullName)),
        h('td', {}, person.position || '—', person.subjects?.length ? h('div', { class: 'small text-body-secondary' }, person.subjects.join(', ')) : null),
        h('td', { class: 'text-nowrap' }, yearsLabel(person.yearsOfExperience)),
        h('td', {}, roleBadge(person.programmeRole)),
        h('td', { class: 'text-nowrap' }, shortDateLabel(person.registeredAt)))))));
  const cards = h('ul', { class: 'list-unstyled d-md-none people-cards mb-0' }, people.map((person) =>
    h('li', { class: 'card mb-2', dataset: { personId: person.id } }, h('div', { class: 'card-body py-2' },
      h('a', { class: 'fw-semibold person-name d-block', href: `#/people/${person.id}` }, person.fullName),
      h('div', { class: 'small' }, [person.position, (person.subjects || []).join(', ')].filter(Boolean).join(' · ') || 'должность не указана'),
      h('div', { class: 'small text-body-secondary d-flex flex-wrap gap-2 align-items-center mt-1' },
        roleBadge(person.programmeRole), h('span', {}, `стаж ${yearsLabel(person.yearsOfExperience)}`),
        h('span', {}, `с ${shortDateLabel(person.registeredAt)}`))))));
  return [count, table, cards];
}

function roleBadge(role) {
  const mentor = role === 'MENTOR_CANDIDATE';
  return h('span', { class: `badge rounded-pill ${mentor ? 'text-bg-success' : 'text-bg-info'} programme-role` }, programmeRoleLabel(role));
}

function countLabel(n) {
  const lastTwo = n % 100;
  const last = n % 10;
  const word = lastTwo >= 11 && lastTwo <= 14 ? 'участников' : last === 1 ? 'участник' : last >= 2 && last <= 4 ? 'участника' : 'участников';
  return `Всего: ${n} ${word}`;
}

function registrationForm(organization, onRegistered) {
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const controls = new Map();
  const groups = FIELDS.map((field) => {
    const id = `person-${field.name}`;
    const control = field.type === 'select'
      ? h('select', { class: 'form-select', id, name: field.name, 'aria-describedby': `${id}-error` },
        h('option', { value: '' }, '— выберите —'),
        Object.entries(PROGRAMME_ROLE_LABELS).map(([value, label]) => h('option', { value }, capitalize(label))))
      : h('input', {
        class: 'form-control', id, name: field.name, type: field.type === 'number' ? 'number' : 'text',
        maxlength: field.maxlength, placeholder: field.placeholder, autocomplete: field.autocomplete,
        min: field.type === 'number' ? '0' : null, step: field.type === 'number' ? '1' : null,
        inputmode: field.type === 'number' ? 'numeric' : null, 'aria-describedby': `${id}-error`,
      });
    controls.set(field.name, control);
    control.addEventListener('input', () => clearFieldError(control));
    return h('div', { class: 'mb-3' },
      h('label', { class: 'form-label', for: id }, field.label, field.required ? h('span', { class: 'text-danger ms-1', 'aria-hidden': 'true' }, '*') : null),
      control,
      h('div', { class: 'invalid-feedback', id: `${id}-error` }));
  });
  const submit = h('button', { class: 'btn btn-primary w-100', type: 'submit' }, 'Зарегистрировать');
  // novalidate: the browser's own messages follow its UI language, which need not be Russian.
  const form = h('form', { class: 'card card-body registration-form', id: 'registration-form', novalidate: true },
    h('h2', { class: 'h5 mb-1' }, 'Регистрация участника'),
    h('p', { class: 'small text-body-secondary' }, 'Поля, отмеченные ', h('span', { class: 'text-danger' }, '*'), ', обязательны.'),
    status, groups, submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    controls.forEach(clearFieldError);
    const { person, errors } = readForm(controls);
    if (errors.length) {
      errors.forEach(({ field, message }) => showFieldError(controls.get(field), message));
      status.replaceChildren(h('div', { class: 'alert alert-warning py-2', role: 'alert' }, 'Проверьте поля, отмеченные красным.'));
      controls.get(errors[0].field).focus();
      return;
    }
    submit.disabled = true;
    submit.replaceChildren(h('span', { class: 'spinner-border spinner-border-sm me-2', 'aria-hidden': 'true' }), 'Сохраняем…');
    try {
      const created = await request(`/api/participants/organizations/${organization.id}/people`, { method: 'POST', body: person });
      form.reset();
      status.replaceChildren(h('div', { class: 'alert alert-success py-2', role: 'status' },
        `${created?.fullName ?? person.fullName} — зарегистрирован(а) как ${programmeRoleLabel(person.programmeRole)}.`));
      await onRegistered();
    } catch (error) {
      const problem = asProblemError(error);
      const unplaced = [];
      for (const fieldError of problem.fieldErrors) {
        const control = controls.get(fieldError.field);
        if (control) {
          showFieldError(control, capitalize(fieldError.message));
        } else {
          unplaced.push(fieldError);
        }
      }
      status.replaceChildren(problemAlert(problem, { unplacedErrors: unplaced }));
      form.querySelector('.is-invalid')?.focus();
    } finally {
      submit.disabled = false;
      submit.replaceChildren('Зарегистрировать');
    }
  });
  return form;
}

function readForm(controls) {
  const value = (name) => controls.get(name).value.trim();
  const errors = [];
  const years = value('yearsOfExperience');
  // A number input reports text it cannot parse as an empty value plus validity.badInput.
  if (controls.get('yearsOfExperience').validity?.badInput || (years && !/^\d+$/.test(years))) {
    errors.push({ field: 'yearsOfExperience', message: 'Стаж — целое число лет, не меньше нуля' });
  }
  for (const field of FIELDS) {
    if (field.required && !value(field.name) && !errors.some((e) => e.field === field.name)) {
      errors.push({ field: field.name, message: field.required });
    }
  }
  errors.sort((a, b) => FIELDS.findIndex((f) => f.name === a.field) - FIELDS.findIndex((f) => f.name === b.field));
  return {
    errors,
    person: {
      fullName: value('fullName'),
      position: value('position') || null,
      subjects: value('subjects') ? [value('subjects')] : [],
      yearsOfExperience: years ? Number(years) : null,
      programmeRole: value('programmeRole') || null,
    },
  };
}

function showFieldError(control, message) {
  control.classList.add('is-invalid');
  control.setAttribute('aria-invalid', 'true');
  document.getElementById(`${control.id}-error`).textContent = message;
}

function clearFieldError(control) {
  control.classList.remove('is-invalid');
  control.removeAttribute('aria-invalid');
  const feedback = document.getElementById(`${control.id}-error`);
  if (feedback) {
    feedback.textContent = '';
  }
}
