// «Модерация» (#/moderation): the practices waiting at the user's level — a municipal curator sees what the schools of
// the municipality submitted, the regional institute what the municipalities accepted (and what it accepted, to
// publish). Accepting needs no comment; returning always says what to fix (checked here, and by the service).

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert, capitalize } from './dom.js';
import { submitting } from './forms.js';
import { ROLE_MODEL_LABELS, shortDateLabel } from './labels.js';
import { hasRole } from './session.js';
import { API, statusBadge, organizationLabel, fill } from './publishing.js';

/** The steps a moderator may take from a status: [accept-like, return-like]. */
const STEPS = {
  SUBMITTED: { level: 'MUNICIPALITY', accept: 'MUNICIPALITY_ACCEPT', back: 'MUNICIPALITY_RETURN', acceptLabel: 'Принять в муниципальный банк' },
  MUNICIPALITY_ACCEPTED: { level: 'REGION', accept: 'REGION_ACCEPT', back: 'REGION_RETURN', acceptLabel: 'Принять в региональный банк' },
  REGION_ACCEPTED: { level: 'REGION', accept: 'PUBLISH', back: null, acceptLabel: 'Опубликовать' },
};

export function canModerate(context) {
  return hasRole(context.session, 'REGION_ADMIN') || (hasRole(context.session, 'MUNICIPAL_CURATOR') && Boolean(context.session.municipalityId));
}

function moderatorLevel(context) {
  if (hasRole(context.session, 'REGION_ADMIN')) {
    return 'REGION';
  }
  return hasRole(context.session, 'MUNICIPAL_CURATOR') ? 'MUNICIPALITY' : null;
}

/**
 * The decision form for a practice waiting at the user's level, or null. «Вернуть на доработку» requires a comment:
 * the school must know what to fix.
 */
export function moderationForm(context, practice, done) {
  const step = STEPS[practice.status];
  if (!step || step.level !== moderatorLevel(context)
    || (step.level === 'MUNICIPALITY' && practice.municipalityId !== context.session.municipalityId)) {
    return null;
  }
  const id = `moderation-comment-${practice.id}`;
  const comment = h('textarea', { class: 'form-control moderation-comment-input', id, name: 'comment', rows: '2', maxlength: '2000' });
  const status = h('div', { class: 'form-status mt-2', 'aria-live': 'polite' });
  let action = step.accept;
  const accept = h('button', { class: 'btn btn-success moderation-accept', type: 'submit', onclick: () => { action = step.accept; } }, step.acceptLabel);
  const back = step.back
    ? h('button', { class: 'btn btn-outline-danger moderation-return', type: 'submit', onclick: () => { action = step.back; } }, 'Вернуть на доработку')
    : null;
  const form = h('form', { class: 'moderation-form', dataset: { practiceId: practice.id }, novalidate: true },
    h('div', {},
      h('label', { class: 'form-label small', for: id }, step.back ? 'Комментарий (обязателен при возврате)' : 'Комментарий'),
      comment,
      h('div', { class: 'invalid-feedback', id: `${id}-error` })),
    h('div', { class: 'd-flex flex-wrap gap-2 mt-2' }, accept, back),
    status);
  submitting(form, status, async () => {
    if (action === step.back && !comment.value.trim()) {
      comment.classList.add('is-invalid');
      const feedback = form.querySelector('.invalid-feedback');
      feedback.textContent = 'Укажите, что нужно исправить: без комментария практику не вернуть.';
      feedback.classList.add('d-block');
      comment.focus();
      return;
    }
    await request(`${API}/practices/${practice.id}/moderation`, { method: 'POST', body: { action, comment: comment.value.trim() || null } });
    await done(action);
  });
  return form;
}

export async function renderModeration(main, context) {
  fill(main, spinner());
  let queue;
  try {
    queue = await request(`${API}/moderation/queue`) ?? [];
  } catch (error) {
    fill(main, h('h1', { class: 'h3' }, 'Модерация практик'), problemAlert(asProblemError(error)));
    return;
  }
  const level = moderatorLevel(context);
  const notice = h('div', { 'aria-live': 'polite', class: 'moderation-notice' });
  const reload = async (action) => {
    await renderModeration(main, context);
    main.querySelector('.moderation-notice')?.replaceChildren(h('div', { class: 'alert alert-success', role: 'status' },
      action?.endsWith('RETURN') ? 'Практика возвращена на доработку с вашим комментарием.' : 'Решение сохранено.'));
  };
  fill(main, 
    h('h1', { class: 'h3' }, 'Модерация практик'),
    h('p', { class: 'text-body-secondary' }, level === 'REGION'
      ? 'Практики, принятые муниципалитетами, ждут решения регионального института; принятые вами — публикации.'
      : 'Практики, которые школы муниципалитета отправили на модерацию.'),
    notice,
    queue.length
      ? h('div', { class: 'moderation-queue' }, queue.map((practice) => h('article', { class: 'card mb-3 queue-item', dataset: { practiceId: practice.id, status: practice.status } },
        h('div', { class: 'card-body' },
          h('div', { class: 'd-flex flex-wrap gap-2 align-items-center mb-1' },
            h('h2', { class: 'h6 mb-0' }, h('a', { class: 'practice-link', href: `#/practices/${practice.id}` }, practice.content?.title || 'Без названия')),
            statusBadge(practice.status)),
          h('div', { class: 'small text-body-secondary mb-2' }, organizationLabel(practice.organizationId),
            ` · ${capitalize(ROLE_MODEL_LABELS[practice.content?.form] ?? 'форма не указана')} · изменена ${shortDateLabel(practice.updatedAt)}`),
          practice.content?.summary ? h('p', { class: 'small' }, practice.content.summary) : null,
          moderationForm(context, practice, reload)))))
      : h('div', { class: 'card card-body text-body-secondary moderation-empty' }, 'Очередь пуста: новых практик на модерации нет.'));
}
