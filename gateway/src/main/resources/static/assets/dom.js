// A tiny element builder: data from the API is always inserted as text, never as HTML.

import { LOGIN_URL } from './session.js';

export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) {
      continue;
    }
    if (key === 'class') {
      node.className = value;
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.substring(2), value);
    } else if (key === 'value' && 'value' in node) {
      node.value = value;
    } else {
      node.setAttribute(key, value === true ? '' : value);
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : String(child));
  }
}

/** First letter upper-case: server messages are sentence fragments («обязательное поле»). */
export function capitalize(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

export function spinner(label = 'Загрузка…') {
  return h('div', { class: 'd-flex align-items-center gap-2 text-secondary py-4', role: 'status' },
    h('span', { class: 'spinner-border spinner-border-sm', 'aria-hidden': 'true' }), h('span', {}, label));
}

/**
 * A problem as a Bootstrap alert: title, detail, the field errors no form field could show, and the trace id
 * a person can quote to support.
 */
export function problemAlert(error, { unplacedErrors = error.fieldErrors ?? [] } = {}) {
  const problem = error.problem ?? {};
  return h('div', { class: 'alert alert-danger problem', role: 'alert', dataset: { code: problem.code ?? '' } },
    h('div', { class: 'fw-semibold problem-title' }, problem.title),
    problem.detail ? h('div', { class: 'problem-detail' }, problem.detail) : null,
    unplacedErrors.length
      ? h('ul', { class: 'mb-0 mt-2 problem-errors' },
        unplacedErrors.map((e) => h('li', {}, e.field ? `${fieldCaption(e.field)}: ${e.message}` : capitalize(e.message))))
      : null,
    problem.traceId ? h('div', { class: 'small text-body-secondary mt-2' }, `Номер обращения для поддержки: ${problem.traceId}`) : null,
    // The session ended while the page was open: offer the way back in instead of a dead end.
    problem.status === 401 ? h('a', { class: 'btn btn-sm btn-primary mt-2', href: LOGIN_URL }, 'Войти снова') : null);
}

const FIELD_CAPTIONS = {
  fullName: 'ФИО',
  position: 'Должность',
  subjects: 'Предметы',
  yearsOfExperience: 'Стаж (лет)',
  programmeRole: 'Роль в программе',
  name: 'Название',
  type: 'Тип',
  qualificationCategory: 'Категория',
  email: 'Электронная почта',
  phone: 'Телефон',
  version: 'Версия карточки',
  status: 'Статус',
  reason: 'Причина',
  scope: 'Вид согласия',
  grantedOn: 'Дата согласия',
  withdrawnOn: 'Дата отзыва',
  documentReference: 'Реквизиты документа',
  organizationId: 'Организация',
  since: 'С какого числа',
};

function fieldCaption(field) {
  return FIELD_CAPTIONS[field] ?? 'Поле';
}
