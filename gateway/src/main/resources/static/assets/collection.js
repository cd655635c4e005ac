// «Итоговый сборник» (#/collection): the organization's final collection of the academic year (DOCX and PDF) and the
// thank-you letters to its mentors. The publication service knows the mentors only by person id (no personal data);
// their names come from the participant directory, as on «Участники», and the curator may correct them before
// the letters are made. The documents are fetched, not opened, so a missing one shows a message here.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert } from './dom.js';
import { API, academicYears, download, field, fill } from './publishing.js';

/** The mentors' person ids, whatever the answer's shape: ["id"], [{personId}], or {mentors: […]}. */
function mentorIds(answer) {
  const list = Array.isArray(answer) ? answer : (answer?.mentors ?? answer?.items ?? []);
  return list.map((m) => (typeof m === 'string' ? m : (m?.personId ?? m?.id))).filter(Boolean);
}

export async function renderCollection(main, context, year = academicYears()[0]) {
  const org = context.currentOrganizationId;
  const base = `${API}/organizations/${org}`;
  const yearSelect = h('select', { class: 'form-select', id: 'collection-year', name: 'year' }, academicYears().map((y) => h('option', { value: y }, `${y.replace('-', '–')} учебный год`)));
  yearSelect.value = year;
  yearSelect.addEventListener('change', () => renderCollection(main, context, yearSelect.value));
  const downloadStatus = h('div', { class: 'mt-2', 'aria-live': 'polite' });
  const documentLink = (format, label) => {
    const href = `${base}/collection.${format}?year=${encodeURIComponent(year)}`;
    return h('a', {
      class: `btn btn-outline-primary collection-${format}`, href, download: `Сборник ${year}.${format}`,
      onclick: async (event) => {
        event.preventDefault();
        downloadStatus.replaceChildren(spinner('Готовим документ…'));
        try {
          await download(href, `Сборник ${year}.${format}`);
          downloadStatus.replaceChildren();
        } catch (error) {
          downloadStatus.replaceChildren(notReady(asProblemError(error), 'Сборник за этот год ещё не готов: в нём пока нет опубликованных практик и новостей.'));
        }
      },
    }, label);
  };
  const letters = h('section', { class: 'card card-body thank-you-letters' }, h('h2', { class: 'h5' }, 'Благодарственные письма наставникам'), spinner());
  fill(main,
    h('h1', { class: 'h3' }, 'Итоговый сборник'),
    h('p', { class: 'text-body-secondary' }, context.organizationName(org)),
    h('section', { class: 'card card-body mb-4 collection' },
      h('div', { class: 'row g-3 align-items-end' },
        field('Учебный год', yearSelect, { cls: 'col-12 col-md-4' }),
        h('div', { class: 'col-12 col-md-8 d-flex flex-wrap gap-2' }, documentLink('docx', 'Скачать DOCX'), documentLink('pdf', 'Скачать PDF'))),
      downloadStatus),
    letters);
  await renderLetters(letters, base, org, year);
}

/** A 404 means the document or the service's part of it is not there yet: said plainly, not as a failure. */
function notReady(problem, text) {
  if (problem.status === 404) {
    return h('div', { class: 'alert alert-info not-ready', role: 'status' }, text);
  }
  return problemAlert(problem);
}

async function renderLetters(section, base, org, year) {
  const title = h('h2', { class: 'h5' }, 'Благодарственные письма наставникам');
  let ids;
  let people;
  try {
    [ids, people] = await Promise.all([
      request(`${base}/thank-you-letters/mentors?year=${encodeURIComponent(year)}`).then(mentorIds),
      request(`/api/participants/organizations/${org}/people`).catch(() => []),
    ]);
  } catch (error) {
    fill(section, title, notReady(asProblemError(error), 'Список наставников для писем за этот год пока недоступен.'));
    return;
  }
  const names = new Map((people ?? []).map((p) => [p.id, p.fullName]));
  if (!ids.length) {
    fill(section, title, h('p', { class: 'text-body-secondary mb-0' }, 'За этот учебный год нет наставников, завершивших программу.'));
    return;
  }
  const rows = ids.map((id, index) => {
    const include = h('input', { class: 'form-check-input mentor-include', type: 'checkbox', id: `mentor-include-${index}`, checked: true });
    const name = h('input', { class: 'form-control mentor-name', id: `mentor-name-${index}`, value: names.get(id) ?? '', maxlength: '300', 'aria-label': 'ФИО наставника в письме' });
    return { id, include, name, row: h('li', { class: 'list-group-item d-flex flex-wrap gap-2 align-items-center mentor-row', dataset: { personId: id } },
      h('div', { class: 'form-check mb-0' }, include, h('label', { class: 'form-check-label visually-hidden', for: include.id }, 'Включить в письма')),
      h('div', { class: 'flex-grow-1' }, name)) };
  });
  const status = h('div', { class: 'mt-2', 'aria-live': 'polite' });
  const signatory = h('input', { class: 'form-control', id: 'letters-signatory', name: 'signatory', maxlength: '300' });
  const position = h('input', { class: 'form-control', id: 'letters-position', name: 'signatoryPosition', maxlength: '300', value: 'Директор' });
  const form = h('form', { class: 'letters-form', id: 'letters-form', novalidate: true },
    h('div', { class: 'row g-3' },
      field('Подписывает (ФИО)', signatory, { cls: 'col-12 col-md-6' }),
      field('Должность', position, { cls: 'col-12 col-md-6' }),
      h('div', { class: 'col-12' }, h('div', { class: 'form-label' }, 'Наставники'),
        h('ul', { class: 'list-group mentor-list' }, rows.map((r) => r.row))),
      h('div', { class: 'col-12' }, h('button', { class: 'btn btn-primary', type: 'submit' }, 'Скачать письма (DOCX)'))),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    const chosen = rows.filter((r) => r.include.checked);
    const unnamed = chosen.filter((r) => !r.name.value.trim());
    if (!signatory.value.trim() || !chosen.length || unnamed.length) {
      status.replaceChildren(h('div', { class: 'alert alert-warning', role: 'alert' },
        !signatory.value.trim() ? 'Укажите, кто подписывает письма.' : (!chosen.length ? 'Отметьте хотя бы одного наставника.' : 'Укажите ФИО каждого отмеченного наставника.')));
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await download(`${base}/thank-you-letters.docx?year=${encodeURIComponent(year)}`, `Благодарственные письма ${year}.docx`, {
        method: 'POST',
        json: {
          signatory: signatory.value.trim(),
          signatoryPosition: position.value.trim(),
          names: Object.fromEntries(chosen.map((r) => [r.id, r.name.value.trim()])),
        },
      });
    } catch (error) {
      status.replaceChildren(notReady(asProblemError(error), 'Письма за этот год пока сформировать нельзя.'));
    } finally {
      button.disabled = false;
    }
  });
  fill(section, title, form);
}
