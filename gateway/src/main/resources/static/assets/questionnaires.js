// Screens: questionnaires (анкеты). The list of the organization's forms (shipped defaults and its copies), filling
// a form rendered from its data (radio buttons, checkboxes, a 1–10 scale, text, a ranked people picker) for oneself
// or, for a curator, for a chosen person from a paper form, and the curator's editor of a copy. The server's
// problem+json field errors («answers.CODE», «questions[i].field») are shown beside the questions they name.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert, capitalize } from './dom.js';
import { hasRole } from './session.js';

const PURPOSE_LABELS = {
  MENTOR_CANDIDATE: 'для кандидатов в наставники',
  MENTEE: 'для наставляемых',
  NETWORKING_PREFERENCE: 'после нетворкинг-встречи',
};

const TYPE_LABELS = {
  SINGLE_CHOICE: 'Один вариант',
  MULTIPLE_CHOICE: 'Несколько вариантов',
  SCALE: 'Шкала 1–10',
  FREE_TEXT: 'Свободный ответ',
  RANKED_PEOPLE: 'Выбор людей по приоритету',
};

const ROLE_LABELS = { MENTOR_CANDIDATE: 'наставником', MENTEE_CANDIDATE: 'наставляемым' };

const isCurator = (context) => hasRole(context.session, 'SCHOOL_CURATOR', 'MUNICIPAL_CURATOR');

/** #/questionnaires, #/questionnaires/{id}/fill, #/questionnaires/{id}/edit */
export async function renderQuestionnaires(main, context, formId, action) {
  main.replaceChildren(spinner());
  const organizationId = context.currentOrganizationId;
  if (!organizationId) {
    main.replaceChildren(h('h1', { class: 'h3' }, 'Анкеты'), h('div', { class: 'alert alert-info' }, 'Вы не работаете ни в одной организации.'));
    return;
  }
  if (formId && action === 'fill') {
    await renderFill(main, context, organizationId, formId);
  } else if (formId && action === 'edit' && isCurator(context)) {
    await renderEditor(main, formId);
  } else {
    await renderList(main, context, organizationId);
  }
}

function title(text, back) {
  return [back ? h('nav', { 'aria-label': 'Навигация по разделам' }, h('ol', { class: 'breadcrumb small mb-2' },
    h('li', { class: 'breadcrumb-item' }, h('a', { href: '#/questionnaires' }, 'Анкеты')),
    h('li', { class: 'breadcrumb-item active', 'aria-current': 'page' }, back))) : null,
  h('h1', { class: 'h3 mb-3' }, text)].filter(Boolean);
}

// ------------------------------------------------------------------ list

async function renderList(main, context, organizationId) {
  let forms;
  try {
    forms = await request(`/api/participants/organizations/${organizationId}/questionnaires`);
  } catch (error) {
    main.replaceChildren(...title('Анкеты'), problemAlert(asProblemError(error)));
    return;
  }
  const status = h('div', { class: 'list-status', 'aria-live': 'polite' });
  const curator = isCurator(context);
  const rows = forms.map((form) => h('li', { class: 'list-group-item questionnaire d-flex flex-wrap gap-2 align-items-center', dataset: { formId: form.id, code: form.code } },
    h('div', { class: 'me-auto' },
      h('div', { class: 'fw-semibold questionnaire-title' }, form.title),
      h('div', { class: 'small text-body-secondary' }, `${capitalize(PURPOSE_LABELS[form.purpose] ?? form.purpose)} · `,
        form.shipped ? 'стандартная анкета' : `копия организации, версия ${form.version}`)),
    h('a', { class: 'btn btn-sm btn-primary fill-link', href: `#/questionnaires/${form.id}/fill` }, 'Заполнить'),
    curator && form.shipped ? h('button', {
      class: 'btn btn-sm btn-outline-secondary copy-button', type: 'button',
      onclick: async () => {
        try {
          const copy = await request(`/api/participants/organizations/${organizationId}/questionnaires`, { method: 'POST', body: { sourceFormId: form.id } });
          window.location.hash = `#/questionnaires/${copy.id}/edit`;
        } catch (error) {
          status.replaceChildren(problemAlert(asProblemError(error)));
        }
      },
    }, 'Сделать копию') : null,
    curator && !form.shipped ? h('a', { class: 'btn btn-sm btn-outline-secondary edit-link', href: `#/questionnaires/${form.id}/edit` }, 'Изменить') : null));
  const submissions = h('section', { class: 'mt-4 submissions', 'aria-live': 'polite' }, spinner());
  main.replaceChildren(...title('Анкеты'), status, h('ul', { class: 'list-group questionnaires' }, rows), submissions);
  try {
    if (curator) {
      const summary = await request(`/api/participants/organizations/${organizationId}/questionnaire-submissions`);
      submissions.replaceChildren(h('h2', { class: 'h5' }, 'Заполненные анкеты'), submissionTable(summary.submissions, true));
    } else if (context.session.personId) {
      const mine = await request(`/api/participants/people/${context.session.personId}/questionnaires`);
      submissions.replaceChildren(h('h2', { class: 'h5' }, 'Мои анкеты'), submissionTable(mine, false));
    } else {
      submissions.replaceChildren();
    }
  } catch (error) {
    submissions.replaceChildren(problemAlert(asProblemError(error)));
  }
}

function submissionTable(submissions, withPerson) {
  if (!submissions.length) {
    return h('p', { class: 'text-body-secondary empty' }, 'Заполненных анкет пока нет.');
  }
  return h('div', { class: 'table-responsive' }, h('table', { class: 'table table-sm align-middle submissions-table' },
    h('thead', { class: 'table-light' }, h('tr', {}, [withPerson ? 'Участник' : null, 'Анкета', 'Версия', 'Заполнено', 'Кем']
      .filter(Boolean).map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, submissions.map((s) => h('tr', { class: 'submission', dataset: { submissionId: s.id } },
      withPerson ? h('td', { class: 'person-name' }, s.personName ?? '—') : null,
      h('td', {}, s.formTitle),
      h('td', {}, String(s.formVersion)),
      h('td', { class: 'text-nowrap' }, new Date(s.submittedAt).toLocaleString('ru-RU')),
      h('td', {}, s.onBehalf ? `куратор с бумажного бланка (${s.submittedBy})` : 'сам участник'))))));
}

// ------------------------------------------------------------------ filling

async function renderFill(main, context, organizationId, formId) {
  let form;
  let people = [];
  const curator = isCurator(context);
  try {
    form = await request(`/api/participants/questionnaires/${formId}`);
    if (curator) {
      people = await request(`/api/participants/organizations/${organizationId}/people`);
    }
  } catch (error) {
    main.replaceChildren(...title('Анкета', 'Заполнение'), problemAlert(asProblemError(error)));
    return;
  }
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const questionBox = h('div', { class: 'questions' });
  let personSelect = null;
  let personId = context.session.personId;
  const loadQuestions = async () => {
    let candidates = [];
    if (personId && form.questions.some((q) => q.type === 'RANKED_PEOPLE')) {
      try {
        candidates = await request(`/api/participants/people/${personId}/questionnaire-candidates`);
      } catch (error) {
        status.replaceChildren(problemAlert(asProblemError(error)));
      }
    }
    questionBox.replaceChildren(...form.questions.map((q, i) => questionView(q, i, candidates)));
  };
  if (curator) {
    personSelect = h('select', { class: 'form-select', id: 'questionnaire-person', name: 'person', 'aria-describedby': 'questionnaire-person-error' },
      h('option', { value: '' }, '— выберите участника —'),
      people.map((p) => h('option', { value: p.id }, p.fullName)));
    personSelect.addEventListener('change', () => {
      personId = personSelect.value || null;
      loadQuestions();
    });
    personId = null;
  }
  await loadQuestions();
  const submit = h('button', { class: 'btn btn-primary', type: 'submit' }, 'Отправить анкету');
  const formNode = h('form', { class: 'questionnaire-form', id: 'questionnaire-form', novalidate: true, dataset: { formId: form.id } },
    form.description ? h('p', { class: 'text-body-secondary' }, form.description) : null,
    curator ? h('div', { class: 'card card-body mb-3 on-behalf' },
      h('label', { class: 'form-label fw-semibold', for: 'questionnaire-person' }, 'Чья анкета (ввод с бумажного бланка)'),
      personSelect, h('div', { class: 'invalid-feedback', id: 'questionnaire-person-error' })) : null,
    questionBox, status, submit);
  // An answered question loses its message at once.
  formNode.addEventListener('change', (event) => {
    const question = event.target.closest?.('.question');
    if (question) {
      setQuestionError(question, null);
    }
  });
  formNode.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    formNode.querySelectorAll('.question').forEach((node) => setQuestionError(node, null));
    if (curator && !personId) {
      personSelect.classList.add('is-invalid');
      document.getElementById('questionnaire-person-error').textContent = 'Выберите участника, чью анкету вы вносите';
      personSelect.focus();
      return;
    }
    personSelect?.classList.remove('is-invalid');
    submit.disabled = true;
    try {
      const saved = await request(`/api/participants/people/${personId}/questionnaires`, {
        method: 'POST', body: { formId: form.id, formVersion: form.version, answers: readAnswers(formNode, form) },
      });
      main.replaceChildren(...title(form.title, 'Заполнение'),
        h('div', { class: 'alert alert-success questionnaire-confirmation', role: 'status' },
          h('div', { class: 'fw-semibold' }, 'Спасибо! Анкета отправлена.'),
          h('div', { class: 'small' }, saved.onBehalf ? `Анкета участника «${saved.personName}» внесена с бумажного бланка.` : 'Куратор увидит ваши ответы.')),
        h('a', { class: 'btn btn-outline-primary', href: '#/questionnaires' }, 'К списку анкет'));
    } catch (error) {
      const problem = asProblemError(error);
      const unplaced = [];
      for (const fieldError of problem.fieldErrors) {
        const match = /^answers\.([A-Z0-9_]+)/.exec(fieldError.field ?? '');
        const node = match && formNode.querySelector(`.question[data-code='${match[1]}']`);
        if (node) {
          setQuestionError(node, capitalize(fieldError.message));
        } else {
          unplaced.push(fieldError);
        }
      }
      // When every message sits beside its question, the summary need not repeat the technical field names.
      status.replaceChildren(problem.fieldErrors.length && !unplaced.length
        ? h('div', { class: 'alert alert-warning py-2 problem', role: 'alert', dataset: { code: problem.problem.code ?? '' } },
          'Проверьте ответы на вопросы, отмеченные красным.')
        : problemAlert(problem, { unplacedErrors: unplaced }));
      formNode.querySelector('.question.has-error')?.scrollIntoView({ block: 'center' });
    } finally {
      submit.disabled = false;
    }
  });
  main.replaceChildren(...title(form.title, 'Заполнение'), formNode);
}

function questionView(q, index, candidates) {
  const id = `q-${q.code}`;
  const legend = h('legend', { class: 'fs-6 fw-semibold mb-2' }, `${index + 1}. ${q.text}`,
    q.required ? h('span', { class: 'text-danger ms-1', 'aria-hidden': 'true' }, '*') : null);
  let body;
  if (q.type === 'SINGLE_CHOICE' || q.type === 'MULTIPLE_CHOICE') {
    const type = q.type === 'SINGLE_CHOICE' ? 'radio' : 'checkbox';
    body = q.options.map((o) => h('div', { class: 'form-check' },
      h('input', { class: 'form-check-input', type, name: q.code, value: o.code, id: `${id}-${o.code}` }),
      h('label', { class: 'form-check-label', for: `${id}-${o.code}` }, o.label)));
  } else if (q.type === 'SCALE') {
    body = h('div', { class: 'd-flex flex-wrap align-items-center gap-2 scale' },
      q.minLabel ? h('span', { class: 'small text-body-secondary' }, q.minLabel) : null,
      h('div', { class: 'btn-group flex-wrap', role: 'group', 'aria-label': q.text },
        Array.from({ length: 10 }, (_, k) => k + 1).flatMap((n) => [
          h('input', { class: 'btn-check', type: 'radio', name: q.code, value: String(n), id: `${id}-${n}`, autocomplete: 'off' }),
          h('label', { class: 'btn btn-outline-primary btn-sm', for: `${id}-${n}` }, String(n))])),
      q.maxLabel ? h('span', { class: 'small text-body-secondary' }, q.maxLabel) : null);
  } else if (q.type === 'FREE_TEXT') {
    body = h('textarea', { class: 'form-control', name: q.code, id, rows: '3', maxlength: String(q.maxLength ?? 2000) });
  } else if (q.type === 'RANKED_PEOPLE') {
    const eligible = candidates.filter((c) => !q.rankedRole || c.programmeRole === q.rankedRole);
    body = h('div', { class: 'ranked' },
      h('p', { class: 'small text-body-secondary mb-2' }, `Кого вы хотели бы видеть ${ROLE_LABELS[q.rankedRole] ?? ''}: 1 — самый желательный.`),
      Array.from({ length: q.maxRanks ?? 3 }, (_, k) => h('div', { class: 'input-group input-group-sm mb-1' },
        h('label', { class: 'input-group-text', for: `${id}-rank-${k + 1}` }, `${k + 1}-е место`),
        h('select', { class: 'form-select ranked-choice', id: `${id}-rank-${k + 1}`, name: q.code, dataset: { rank: String(k + 1) } },
          h('option', { value: '' }, '— не выбрано —'),
          eligible.map((c) => h('option', { value: c.personId }, `${c.fullName} (${c.organizationName})`))))));
  }
  return h('fieldset', { class: 'question card card-body mb-3', dataset: { code: q.code, type: q.type }, 'aria-describedby': `${id}-error` },
    legend, q.hint ? h('div', { class: 'form-text mt-0 mb-2' }, q.hint) : null, body,
    h('div', { class: 'invalid-feedback d-block question-error', id: `${id}-error` }));
}

function readAnswers(formNode, form) {
  const answers = {};
  for (const q of form.questions) {
    const inputs = [...formNode.querySelectorAll(`[name='${q.code}']`)];
    if (q.type === 'SINGLE_CHOICE') {
      const checked = inputs.find((i) => i.checked);
      if (checked) answers[q.code] = { choice: checked.value };
    } else if (q.type === 'MULTIPLE_CHOICE') {
      const choices = inputs.filter((i) => i.checked).map((i) => i.value);
      if (choices.length) answers[q.code] = { choices };
    } else if (q.type === 'SCALE') {
      const checked = inputs.find((i) => i.checked);
      if (checked) answers[q.code] = { scale: Number(checked.value) };
    } else if (q.type === 'FREE_TEXT') {
      const text = inputs[0]?.value.trim();
      if (text) answers[q.code] = { text };
    } else if (q.type === 'RANKED_PEOPLE') {
      const ranked = inputs.filter((i) => i.value).map((i) => ({ personId: i.value, rank: Number(i.dataset.rank) }));
      if (ranked.length) answers[q.code] = { ranked };
    }
  }
  return answers;
}

function setQuestionError(node, message) {
  node.classList.toggle('has-error', Boolean(message));
  node.classList.toggle('border-danger', Boolean(message));
  node.querySelector('.question-error').textContent = message ?? '';
}

// ------------------------------------------------------------------ editor of a copy

async function renderEditor(main, formId) {
  let form;
  try {
    form = await request(`/api/participants/questionnaires/${formId}`);
  } catch (error) {
    main.replaceChildren(...title('Анкета', 'Редактирование'), problemAlert(asProblemError(error)));
    return;
  }
  if (form.shipped) {
    main.replaceChildren(...title(form.title, 'Редактирование'),
      h('div', { class: 'alert alert-info' }, 'Стандартную анкету изменить нельзя: сделайте копию для своей организации.'));
    return;
  }
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const titleInput = h('input', { class: 'form-control', id: 'form-title', name: 'title', value: form.title, maxlength: '300' });
  const descriptionInput = h('textarea', { class: 'form-control', id: 'form-description', name: 'description', rows: '2' });
  descriptionInput.value = form.description ?? '';
  const list = h('div', { class: 'question-editors' });
  const addEditor = (q) => list.append(questionEditor(q ?? { code: '', type: 'SINGLE_CHOICE', text: '', required: false, options: [] }));
  form.questions.forEach(addEditor);
  const save = h('button', { class: 'btn btn-primary', type: 'submit' }, 'Сохранить');
  const editor = h('form', { class: 'questionnaire-editor', id: 'questionnaire-editor', novalidate: true },
    h('p', { class: 'small text-body-secondary' }, `Версия ${form.version}. Если по этой версии уже есть ответы, сохранение создаст новую версию; прежние ответы останутся привязаны к своей.`),
    h('div', { class: 'mb-3' }, h('label', { class: 'form-label', for: 'form-title' }, 'Название'), titleInput, h('div', { class: 'invalid-feedback', dataset: { field: 'title' } })),
    h('div', { class: 'mb-3' }, h('label', { class: 'form-label', for: 'form-description' }, 'Пояснение'), descriptionInput),
    list,
    h('button', { class: 'btn btn-outline-secondary mb-3 add-question', type: 'button', onclick: () => addEditor() }, 'Добавить вопрос'),
    status, h('div', {}, save));
  editor.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    editor.querySelectorAll('.is-invalid').forEach((n) => n.classList.remove('is-invalid'));
    editor.querySelectorAll('.question-editor .question-error').forEach((n) => { n.textContent = ''; });
    const body = {
      revision: form.revision, title: titleInput.value, description: descriptionInput.value,
      questions: [...list.querySelectorAll('.question-editor')].map(readQuestionEditor),
    };
    save.disabled = true;
    try {
      form = await request(`/api/participants/questionnaires/${form.id}`, { method: 'PUT', body });
      status.replaceChildren(h('div', { class: 'alert alert-success py-2 saved', role: 'status' }, `Сохранено: версия ${form.version}.`));
    } catch (error) {
      const problem = asProblemError(error);
      const unplaced = [];
      const editors = [...list.querySelectorAll('.question-editor')];
      for (const fieldError of problem.fieldErrors) {
        const match = /^questions\[(\d+)\]/.exec(fieldError.field ?? '');
        if (match && editors[Number(match[1])]) {
          const box = editors[Number(match[1])].querySelector('.question-error');
          box.textContent = [box.textContent, capitalize(fieldError.message)].filter(Boolean).join('; ');
        } else if (fieldError.field === 'title') {
          titleInput.classList.add('is-invalid');
          editor.querySelector("[data-field='title']").textContent = capitalize(fieldError.message);
        } else {
          unplaced.push(fieldError);
        }
      }
      status.replaceChildren(problemAlert(problem, { unplacedErrors: unplaced }));
    } finally {
      save.disabled = false;
    }
  });
  main.replaceChildren(...title(form.title, 'Редактирование'), editor);
}

/** Options are edited as lines «КОД | подпись». */
function questionEditor(q) {
  const text = h('input', { class: 'form-control form-control-sm', name: 'text', value: q.text, placeholder: 'Формулировка вопроса' });
  const code = h('input', { class: 'form-control form-control-sm', name: 'code', value: q.code, placeholder: 'КОД_ВОПРОСА' });
  const type = h('select', { class: 'form-select form-select-sm', name: 'type' },
    Object.entries(TYPE_LABELS).map(([value, label]) => h('option', { value }, label)));
  type.value = q.type;
  const required = h('input', { class: 'form-check-input', type: 'checkbox', name: 'required' });
  required.checked = Boolean(q.required);
  const options = h('textarea', { class: 'form-control form-control-sm', name: 'options', rows: '3', placeholder: 'КОД | вариант ответа' });
  options.value = (q.options ?? []).map((o) => `${o.code} | ${o.label}`).join('\n');
  const node = h('div', { class: 'question-editor card card-body mb-2', dataset: { code: q.code, maxRanks: q.maxRanks ?? '', rankedRole: q.rankedRole ?? '', maxLength: q.maxLength ?? '', minLabel: q.minLabel ?? '', maxLabel: q.maxLabel ?? '', hint: q.hint ?? '' } },
    h('div', { class: 'row g-2' },
      h('div', { class: 'col-12 col-md-6' }, h('label', { class: 'form-label small mb-0 d-block' }, 'Вопрос', text)),
      h('div', { class: 'col-6 col-md-3' }, h('label', { class: 'form-label small mb-0 d-block' }, 'Код', code)),
      h('div', { class: 'col-6 col-md-3' }, h('label', { class: 'form-label small mb-0 d-block' }, 'Тип', type)),
      h('div', { class: 'col-12' }, h('label', { class: 'form-label small mb-0 d-block' }, 'Варианты ответа (по строке: КОД | подпись)', options)),
      h('div', { class: 'col-12 d-flex gap-3 align-items-center' },
        h('label', { class: 'form-check-label small' }, required, ' обязательный'),
        h('button', { class: 'btn btn-sm btn-outline-danger ms-auto', type: 'button', onclick: () => node.remove() }, 'Удалить вопрос'))),
    h('div', { class: 'invalid-feedback d-block question-error' }));
  return node;
}

function readQuestionEditor(node) {
  const value = (name) => node.querySelector(`[name='${name}']`).value.trim();
  const type = value('type');
  const choice = type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';
  const number = (text) => (text ? Number(text) : null);
  return {
    code: value('code'), type, text: value('text'), hint: node.dataset.hint || null,
    required: node.querySelector("[name='required']").checked,
    options: choice ? value('options').split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
      const [optionCode, ...label] = line.split('|');
      return { code: optionCode.trim(), label: label.join('|').trim() };
    }) : [],
    maxRanks: type === 'RANKED_PEOPLE' ? number(node.dataset.maxRanks) ?? 3 : null,
    rankedRole: type === 'RANKED_PEOPLE' ? node.dataset.rankedRole || 'MENTOR_CANDIDATE' : null,
    maxLength: type === 'FREE_TEXT' ? number(node.dataset.maxLength) : null,
    minLabel: type === 'SCALE' ? node.dataset.minLabel || null : null,
    maxLabel: type === 'SCALE' ? node.dataset.maxLabel || null : null,
  };
}
