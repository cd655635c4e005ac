// Screen: a person's card (#/people/{id}): the profile and its edit form (optimistic locking: a 409 says someone
// saved in between and offers to reload), the status in the programme with the statuses that may follow, roles by
// academic year, other organizations, professional requests (mentees) or competencies (mentors), and written
// consents with their withdrawal. Server field errors appear beside the fields they name.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert, capitalize } from './dom.js';
import {
  CATEGORY_LABELS, PROGRAMME_ROLE_LABELS, categoryLabel, consentScopeLabel, dateLabel, programmeRoleLabel, statusLabel, yearsLabel,
} from './labels.js';
import { hasRole } from './session.js';

const PROFILE_FIELDS = [
  { name: 'fullName', label: 'ФИО', maxlength: 300 },
  { name: 'position', label: 'Должность', maxlength: 200 },
  { name: 'subjects', label: 'Предметы (через запятую)', maxlength: 400 },
  { name: 'qualificationCategory', label: 'Квалификационная категория', options: CATEGORY_LABELS },
  { name: 'yearsOfExperience', label: 'Стаж (лет)', type: 'number' },
  { name: 'email', label: 'Электронная почта', type: 'email', maxlength: 200 },
  { name: 'phone', label: 'Телефон', type: 'tel', maxlength: 30 },
  { name: 'programmeRole', label: 'Роль в программе', options: PROGRAMME_ROLE_LABELS },
];

export async function renderPerson(main, context, personId, { reloading = false } = {}) {
  if (!reloading) {
    main.replaceChildren(spinner()); // a reload after a change keeps the page (and its scroll position) until the answer
  }
  const base = `/api/participants/people/${personId}`;
  let card;
  let taxonomy;
  try {
    [card, taxonomy] = await Promise.all([request(base), request('/api/participants/taxonomy')]);
  } catch (error) {
    main.replaceChildren(backLink(), h('h1', { class: 'h3' }, 'Карточка участника'), problemAlert(asProblemError(error)));
    return;
  }
  const canManage = hasRole(context.session, 'SCHOOL_CURATOR', 'MUNICIPAL_CURATOR');
  const reload = () => renderPerson(main, context, personId, { reloading: true });
  const mentor = card.programmeRole === 'MENTOR_CANDIDATE';
  const topicsKind = mentor ? 'competencies' : 'requests';

  main.replaceChildren(
    backLink(canManage ? mentor : undefined),
    h('div', { class: 'd-flex flex-wrap align-items-center gap-2 mb-3' },
      h('h1', { class: 'h3 mb-0 person-full-name person-name' }, card.fullName),
      statusBadge(card.status),
      h('span', { class: `badge rounded-pill ${mentor ? 'text-bg-success' : 'text-bg-info'} programme-role` }, programmeRoleLabel(card.programmeRole))),
    h('div', { class: 'row g-3' },
      h('div', { class: 'col-12 col-xl-6 d-flex flex-column gap-3' },
        profileSection(card),
        canManage ? editSection(card, base, reload) : null),
      h('div', { class: 'col-12 col-xl-6 d-flex flex-column gap-3' },
        statusSection(card, base, canManage, reload),
        consentsSection(base, canManage, reload),
        topicsSection(base, topicsKind, taxonomy, canManage),
        rolesSection(card),
        organizationsSection(card, base, context, canManage, reload))));
}

function backLink(mentor) {
  let href = '#/directory';
  let label = 'Справочник организаций';
  if (mentor !== undefined) {
    const kind = mentor ? 'mentors' : 'mentees';
    label = mentor ? 'Банк наставников' : 'Банк наставляемых';
    // Back to the list with the filters it had, when the person came from it.
    const last = window.sessionStorage?.getItem(LAST_BANK_KEY) ?? '';
    href = last.startsWith(`#/bank/${kind}`) ? last : `#/bank/${kind}`;
  }
  return h('nav', { 'aria-label': 'Навигация по разделам' },
    h('ol', { class: 'breadcrumb small mb-2' },
      h('li', { class: 'breadcrumb-item' }, h('a', { href, class: 'back-to-bank' }, label)),
      h('li', { class: 'breadcrumb-item active', 'aria-current': 'page' }, 'Карточка участника')));
}

/** The bank screen keeps its last hash (filters, page) here. */
export const LAST_BANK_KEY = 'nastavnik.lastBank';

export function statusBadge(status) {
  const colour = {
    CANDIDATE: 'text-bg-secondary', ACTIVE: 'text-bg-primary', IN_PAIR: 'text-bg-success', COMPLETED: 'text-bg-info', LEFT: 'text-bg-light border',
  }[status] ?? 'text-bg-light';
  return h('span', { class: `badge rounded-pill ${colour} person-status`, dataset: { status: status ?? '' } }, statusLabel(status));
}

function section(title, cls, ...children) {
  return h('section', { class: `card ${cls}` }, h('div', { class: 'card-body' }, h('h2', { class: 'h5 mb-3' }, title), children));
}

function profileSection(card) {
  const row = (label, value, cls) => [h('dt', { class: 'col-sm-5 text-body-secondary fw-normal' }, label),
    h('dd', { class: `col-sm-7 ${cls ?? ''}` }, value || '—')];
  return section('Профиль', 'person-profile',
    h('dl', { class: 'row mb-0' },
      row('ФИО', card.fullName, 'profile-full-name'),
      row('Должность', card.position, 'profile-position'),
      row('Предметы', (card.subjects ?? []).join(', '), 'profile-subjects'),
      row('Категория', categoryLabel(card.qualificationCategory), 'profile-category'),
      row('Стаж', yearsLabel(card.yearsOfExperience), 'profile-years'),
      row('Электронная почта', card.email, 'profile-email'),
      row('Телефон', card.phone, 'profile-phone'),
      row('В банке с', dateLabel(card.registeredAt), 'profile-registered')));
}

// ---------------------------------------------------------------- forms: fields with errors beside them

function control(prefix, field, value) {
  const id = `${prefix}-${field.name}`;
  const attributes = { class: field.options ? 'form-select' : 'form-control', id, name: field.name, 'aria-describedby': `${id}-error` };
  const node = field.options
    ? h('select', attributes, Object.entries(field.options).map(([v, l]) => h('option', { value: v }, capitalize(l))))
    : h('input', { ...attributes, type: field.type ?? 'text', maxlength: field.maxlength, min: field.type === 'number' ? '0' : null, placeholder: field.placeholder });
  if (value != null) {
    node.value = value;
  }
  node.addEventListener('input', () => clearError(node));
  node.addEventListener('change', () => clearError(node));
  return node;
}

function group(node, label) {
  return h('div', { class: 'mb-2' },
    h('label', { class: 'form-label small mb-1', for: node.id }, label), node,
    h('div', { class: 'invalid-feedback', id: `${node.id}-error` }));
}

function showError(node, message) {
  node.classList.add('is-invalid');
  node.setAttribute('aria-invalid', 'true');
  document.getElementById(`${node.id}-error`).textContent = capitalize(message);
}

function clearError(node) {
  node.classList.remove('is-invalid');
  node.removeAttribute('aria-invalid');
  const feedback = document.getElementById(`${node.id}-error`);
  if (feedback) {
    feedback.textContent = '';
  }
}

/** Puts the problem's field errors beside their fields and the rest (title, detail, other errors) into {@code status}. */
function showProblem(error, status, controls) {
  const problem = asProblemError(error);
  const unplaced = [];
  for (const fieldError of problem.fieldErrors) {
    const node = controls.get(fieldError.field);
    if (node) {
      showError(node, fieldError.message);
    } else {
      unplaced.push(fieldError);
    }
  }
  status.replaceChildren(problemAlert(problem, { unplacedErrors: unplaced }));
  return problem;
}

async function busy(button, action) {
  const label = button.textContent;
  button.disabled = true;
  button.replaceChildren(h('span', { class: 'spinner-border spinner-border-sm me-2', 'aria-hidden': 'true' }), 'Сохраняем…');
  try {
    await action();
  } finally {
    button.disabled = false;
    button.replaceChildren(label);
  }
}

// ---------------------------------------------------------------- profile edit (PUT with version)

function editSection(card, base, reload) {
  const controls = new Map();
  const values = { ...card, subjects: (card.subjects ?? []).join(', ') };
  const groups = PROFILE_FIELDS.map((field) => {
    const node = control('person-edit', field, values[field.name]);
    controls.set(field.name, node);
    return group(node, field.label);
  });
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const submit = h('button', { class: 'btn btn-primary', type: 'submit' }, 'Сохранить');
  const form = h('form', { class: 'person-edit-form', id: 'person-edit-form', novalidate: true }, status, groups, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    controls.forEach(clearError);
    const value = (name) => controls.get(name).value.trim();
    const years = value('yearsOfExperience');
    if (!years || !/^\d+$/.test(years)) {
      showError(controls.get('yearsOfExperience'), 'стаж — целое число лет, не меньше нуля');
      return;
    }
    const body = {
      fullName: value('fullName'),
      position: value('position') || null,
      subjects: value('subjects') ? [value('subjects')] : [],
      qualificationCategory: value('qualificationCategory'),
      yearsOfExperience: Number(years),
      email: value('email') || null,
      phone: value('phone') || null,
      programmeRole: value('programmeRole'),
      version: card.version,
    };
    await busy(submit, async () => {
      try {
        await request(base, { method: 'PUT', body });
        await reload();
      } catch (error) {
        const problem = showProblem(error, status, controls);
        if (problem.problem.code === 'PERSON_CHANGED_CONCURRENTLY') {
          status.append(h('div', { class: 'alert alert-warning concurrent-change' },
            h('p', { class: 'mb-2' }, 'Пока вы правили карточку, её сохранил другой пользователь. Загрузите свежую версию и внесите правку заново.'),
            h('button', { class: 'btn btn-sm btn-warning reload-card', type: 'button', onclick: reload }, 'Загрузить заново')));
        }
        form.querySelector('.is-invalid')?.focus();
      }
    });
  });
  return section('Изменить профиль', 'person-edit', form);
}

// ---------------------------------------------------------------- status

function statusSection(card, base, canManage, reload) {
  const current = h('p', { class: 'mb-2' }, 'Сейчас: ', statusBadge(card.status),
    card.statusReason ? h('span', { class: 'small text-body-secondary ms-2 status-reason' }, `причина: ${card.statusReason}`) : null);
  if (!canManage || !card.nextStatuses?.length) {
    return section('Статус в программе', 'person-status-section', current);
  }
  const next = h('select', { class: 'form-select', id: 'status-next', name: 'status', 'aria-describedby': 'status-next-error' },
    card.nextStatuses.map((s) => h('option', { value: s }, capitalize(statusLabel(s)))));
  const reason = h('input', { class: 'form-control', id: 'status-reason', name: 'reason', maxlength: '500', placeholder: 'например, переезд в другой регион', 'aria-describedby': 'status-reason-error' });
  const reasonGroup = group(reason, 'Причина выбытия');
  const toggle = () => { reasonGroup.hidden = next.value !== 'LEFT'; };
  next.addEventListener('change', () => { clearError(next); toggle(); });
  reason.addEventListener('input', () => clearError(reason));
  toggle();
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const submit = h('button', { class: 'btn btn-outline-primary', type: 'submit', id: 'status-submit' }, 'Изменить статус');
  const form = h('form', { class: 'status-form', novalidate: true }, status, group(next, 'Новый статус'), reasonGroup, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    if (next.value === 'LEFT' && !reason.value.trim()) {
      showError(reason, 'укажите причину выбытия');
      return;
    }
    await busy(submit, async () => {
      try {
        await request(`${base}/status`, { method: 'POST', body: { status: next.value, reason: reason.value.trim() || null, version: card.version } });
        await reload();
      } catch (error) {
        showProblem(error, status, new Map([['status', next], ['reason', reason]]));
      }
    });
  });
  return section('Статус в программе', 'person-status-section', current, form);
}

// ---------------------------------------------------------------- consents

function isoDate(value) {
  return value ? value.split('-').reverse().join('.') : '—';
}

function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function consentsSection(base, canManage, reload) {
  const list = h('div', { class: 'consent-list' }, spinner());
  const body = [list];
  if (canManage) {
    body.push(consentForm(base, reload));
  }
  request(`${base}/consents`).then((consents) => {
    if (!consents?.length) {
      list.replaceChildren(h('p', { class: 'text-body-secondary mb-3 empty' }, 'Письменных согласий нет.'));
      return;
    }
    list.replaceChildren(h('ul', { class: 'list-group mb-3 consents' }, consents.map((c) => consentItem(c, base, canManage, reload))));
  }).catch((error) => list.replaceChildren(problemAlert(asProblemError(error))));
  return section('Согласия (152-ФЗ)', 'person-consents', body);
}

function consentItem(consent, base, canManage, reload) {
  const active = !consent.withdrawnOn;
  const item = h('li', { class: 'list-group-item consent', dataset: { scope: consent.scope, active: String(active) } },
    h('div', { class: 'fw-semibold' }, `Согласие ${consentScopeLabel(consent.scope)}`),
    h('div', { class: 'small' }, `от ${isoDate(consent.grantedOn)}`, consent.documentReference ? ` · ${consent.documentReference}` : null),
    active
      ? h('span', { class: 'badge text-bg-success consent-state' }, 'действует')
      : h('span', { class: 'badge text-bg-secondary consent-state' }, `отозвано ${isoDate(consent.withdrawnOn)}`));
  if (active && canManage) {
    const withdraw = h('button', { class: 'btn btn-sm btn-outline-danger mt-2 consent-withdraw', type: 'button' }, 'Записать отзыв');
    withdraw.addEventListener('click', () => {
      withdraw.hidden = true;
      item.append(withdrawalConfirmation(consent, base, reload, () => { withdraw.hidden = false; }));
    });
    item.append(h('div', {}, withdraw));
  }
  return item;
}

/** Withdrawal asks first; for personal data it says plainly that the person's data will be erased. */
function withdrawalConfirmation(consent, base, reload, onCancel) {
  const personalData = consent.scope === 'PERSONAL_DATA_PROCESSING';
  const date = h('input', { class: 'form-control form-control-sm', type: 'date', id: `withdrawn-on-${consent.scope}`, name: 'withdrawnOn', value: today(), max: today(), 'aria-describedby': `withdrawn-on-${consent.scope}-error` });
  const status = h('div', { 'aria-live': 'assertive' });
  const confirm = h('button', { class: 'btn btn-sm btn-danger consent-withdraw-confirm', type: 'button' },
    personalData ? 'Отозвать и удалить данные' : 'Записать отзыв');
  const box = h('div', { class: `alert ${personalData ? 'alert-danger' : 'alert-warning'} mt-2 mb-0 withdrawal-confirmation` },
    h('p', { class: 'mb-2' }, personalData
      ? 'После отзыва согласия на обработку персональных данных ФИО, контакты, должность, предметы и комментарии этого человека будут удалены из платформы безвозвратно; останется обезличенная запись для статистики. Продолжить?'
      : 'Отзыв согласия будет записан с указанной датой. Продолжить?'),
    status,
    group(date, 'Дата отзыва'),
    h('div', { class: 'd-flex flex-wrap gap-2' }, confirm,
      h('button', { class: 'btn btn-sm btn-outline-secondary consent-withdraw-cancel', type: 'button', onclick: () => { box.remove(); onCancel(); } }, 'Отмена')));
  confirm.addEventListener('click', () => busy(confirm, async () => {
    try {
      await request(`${base}/consents/${consent.scope}/withdrawal`, { method: 'POST', body: { withdrawnOn: date.value } });
      await reload();
    } catch (error) {
      showProblem(error, status, new Map([['withdrawnOn', date]]));
    }
  }));
  return box;
}

function consentForm(base, reload) {
  const scope = control('consent', { name: 'scope', options: { PERSONAL_DATA_PROCESSING: 'на обработку персональных данных', NAME_PUBLICATION: 'на публикацию имени' } });
  const grantedOn = control('consent', { name: 'grantedOn', type: 'date' }, today());
  grantedOn.max = today();
  const documentReference = control('consent', { name: 'documentReference', maxlength: 300, placeholder: 'например, Согласие № 12 от 01.09.2025' });
  const controls = new Map([['scope', scope], ['grantedOn', grantedOn], ['documentReference', documentReference]]);
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const submit = h('button', { class: 'btn btn-outline-primary', type: 'submit' }, 'Записать согласие');
  const form = h('form', { class: 'consent-form border-top pt-3', id: 'consent-form', novalidate: true },
    h('h3', { class: 'h6' }, 'Записать письменное согласие'), status,
    group(scope, 'Вид согласия'), group(grantedOn, 'Дата согласия'), group(documentReference, 'Реквизиты документа'), submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    controls.forEach(clearError);
    if (!documentReference.value.trim()) {
      showError(documentReference, 'укажите реквизиты письменного согласия');
      return;
    }
    await busy(submit, async () => {
      try {
        await request(`${base}/consents`, { method: 'POST', body: { scope: scope.value, grantedOn: grantedOn.value, documentReference: documentReference.value.trim() } });
        await reload();
      } catch (error) {
        showProblem(error, status, controls);
      }
    });
  });
  return form;
}

// ---------------------------------------------------------------- requests / competencies

function topicsSection(base, kind, taxonomy, canManage) {
  const requests = kind === 'requests';
  const title = requests ? 'Профессиональные запросы' : 'Компетенции';
  const levels = (requests ? taxonomy.requestLevels : taxonomy.competencyLevels) ?? [];
  const container = h('div', { class: 'topics' }, spinner());
  const load = () => request(`${base}/${kind}`).then((entries) => {
    container.replaceChildren(...topicsView(entries ?? [], requests));
    if (canManage) {
      container.append(topicsForm(base, kind, taxonomy, levels, entries ?? [], load));
    }
  }).catch((error) => container.replaceChildren(problemAlert(asProblemError(error))));
  load();
  return section(title, `person-topics person-${kind}`, container);
}

function topicsView(entries, requests) {
  if (!entries.length) {
    return [h('p', { class: 'text-body-secondary empty' }, requests ? 'Запросы не записаны.' : 'Компетенции не записаны.')];
  }
  return [h('ul', { class: 'list-unstyled mb-3 topic-entries' }, entries.map((e) => h('li', { class: 'mb-1', dataset: { topic: e.topicCode } },
    h('span', { class: 'fw-semibold' }, e.topicName), h('span', { class: 'small text-body-secondary' }, ` — ${e.levelName}`),
    e.comment ? h('div', { class: 'small' }, e.comment) : null)))];
}

function topicsForm(base, kind, taxonomy, levels, entries, onSaved) {
  const chosen = new Map(entries.map((e) => [e.topicCode, e.level]));
  const rows = (taxonomy.topics ?? []).map((topic) => {
    const id = `topic-${kind}-${topic.code}`;
    const box = h('input', { class: 'form-check-input', type: 'checkbox', id, value: topic.code });
    box.checked = chosen.has(topic.code);
    const level = h('select', { class: 'form-select form-select-sm topic-level', 'aria-label': `Уровень: ${topic.name}` },
      levels.map((l) => h('option', { value: String(l.value) }, l.name)));
    level.value = String(chosen.get(topic.code) ?? levels[0]?.value ?? 1);
    level.disabled = !box.checked;
    box.addEventListener('change', () => { level.disabled = !box.checked; });
    return { topic, box, level, node: h('div', { class: 'd-flex flex-wrap align-items-center gap-2 mb-1 topic-row', dataset: { topic: topic.code } },
      h('div', { class: 'form-check flex-grow-1 mb-0 min-w-0' }, box, h('label', { class: 'form-check-label', for: id }, topic.name)),
      h('div', { style: 'width: 13rem; max-width: 100%' }, level)) };
  });
  const status = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { class: 'btn btn-sm btn-outline-primary mt-2', type: 'submit' }, 'Сохранить');
  const form = h('form', { class: 'topics-form', novalidate: true },
    h('details', {}, h('summary', { class: 'small mb-2' }, 'Изменить список'), rows.map((r) => r.node), status, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    const body = rows.filter((r) => r.box.checked).map((r) => ({ topicCode: r.topic.code, level: Number(r.level.value) }));
    await busy(submit, async () => {
      try {
        await request(`${base}/${kind}`, { method: 'PUT', body });
        await onSaved();
      } catch (error) {
        status.replaceChildren(problemAlert(asProblemError(error)));
      }
    });
  });
  return form;
}

// ---------------------------------------------------------------- roles by year, other organizations

function rolesSection(card) {
  const roles = card.roles ?? [];
  return section('Роли по учебным годам', 'person-roles', roles.length
    ? h('ul', { class: 'list-unstyled mb-0' }, roles.map((r) => h('li', {}, h('span', { class: 'fw-semibold' }, `${r.academicYear}: `), programmeRoleLabel(r.programmeRole))))
    : h('p', { class: 'text-body-secondary mb-0' }, 'Нет записей.'));
}

function organizationsSection(card, base, context, canManage, reload) {
  const others = card.otherOrganizations ?? [];
  const list = others.length
    ? h('ul', { class: 'list-group mb-3 other-organizations' }, others.map((o) => h('li', { class: 'list-group-item d-flex flex-wrap justify-content-between gap-2', dataset: { organizationId: o.organizationId } },
      h('div', { class: 'min-w-0' }, h('div', { class: 'organization-name' }, o.organizationName),
        h('div', { class: 'small text-body-secondary' }, [o.position, o.since ? `с ${isoDate(o.since)}` : null].filter(Boolean).join(' · ') || 'должность не указана')),
      canManage ? h('button', {
        class: 'btn btn-sm btn-outline-danger align-self-start employment-remove', type: 'button',
        onclick: async (event) => {
          try {
            await request(`${base}/employments/${o.organizationId}`, { method: 'DELETE' });
            await reload();
          } catch (error) {
            event.target.after(problemAlert(asProblemError(error)));
          }
        },
      }, 'Убрать') : null)))
    : h('p', { class: 'text-body-secondary empty' }, 'Работает только в основной организации.');
  return section('Другие организации', 'person-organizations', list, canManage ? employmentForm(card, base, context, reload) : null);
}

function employmentForm(card, base, context, reload) {
  const organization = h('select', { class: 'form-select', id: 'employment-organizationId', name: 'organizationId', 'aria-describedby': 'employment-organizationId-error' },
    h('option', { value: '' }, 'Загрузка…'));
  const candidates = context.session.municipalityId && hasRole(context.session, 'MUNICIPAL_CURATOR')
    ? request(`/api/participants/municipalities/${context.session.municipalityId}/organizations`)
    : Promise.resolve(context.organizationIds.map((id) => ({ id, name: context.organizationName(id) })));
  candidates.then((list) => {
    const taken = new Set([card.organizationId, ...(card.otherOrganizations ?? []).map((o) => o.organizationId)]);
    organization.replaceChildren(h('option', { value: '' }, '— выберите —'),
      ...(list ?? []).filter((o) => !taken.has(o.id)).map((o) => h('option', { value: o.id }, o.name)));
  }).catch(() => organization.replaceChildren(h('option', { value: '' }, 'Список недоступен')));
  const position = control('employment', { name: 'position', maxlength: 200, placeholder: 'например, педагог дополнительного образования' });
  const since = control('employment', { name: 'since', type: 'date' });
  const controls = new Map([['organizationId', organization], ['position', position], ['since', since]]);
  const status = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { class: 'btn btn-sm btn-outline-primary', type: 'submit' }, 'Добавить');
  const form = h('form', { class: 'employment-form border-top pt-3', novalidate: true },
    h('h3', { class: 'h6' }, 'Добавить место работы'), status,
    group(organization, 'Организация'), group(position, 'Должность'), group(since, 'С какого числа'), submit);
  organization.addEventListener('change', () => clearError(organization));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    if (!organization.value) {
      showError(organization, 'выберите организацию');
      return;
    }
    await busy(submit, async () => {
      try {
        await request(`${base}/employments`, { method: 'POST', body: { organizationId: organization.value, position: position.value.trim() || null, since: since.value || null } });
        await reload();
      } catch (error) {
        showProblem(error, status, controls);
      }
    });
  });
  return form;
}
