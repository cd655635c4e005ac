// Screen: «Импорт списка сотрудников» of one organization. Download the template, choose an XLSX or CSV file, check
// it (a dry run: every bad row as строка / столбец / причина, or what the import would do), then import it in the
// background with a progress bar; and export either bank to Excel.

import { request, asProblemError, ProblemError, russianProblem, xsrfToken } from './api.js';
import { h, spinner, problemAlert } from './dom.js';

const BASE = '/api/participants';

export async function renderImport(main, context, organizationId) {
  main.replaceChildren(spinner());
  let organization;
  try {
    organization = await request(`${BASE}/organizations/${organizationId}`);
  } catch (error) {
    main.replaceChildren(h('h1', { class: 'h3' }, 'Импорт списка сотрудников'), problemAlert(asProblemError(error)));
    return;
  }
  const file = h('input', { class: 'form-control', type: 'file', id: 'import-file', accept: '.xlsx,.csv,text/csv', required: true });
  const result = h('section', { class: 'import-result mt-3', 'aria-live': 'polite' });
  const check = h('button', { class: 'btn btn-primary', type: 'submit', id: 'import-check' }, 'Проверить файл');
  const form = h('form', { class: 'card card-body import-form', novalidate: true },
    h('label', { class: 'form-label', for: 'import-file' }, 'Файл со списком сотрудников (XLSX или CSV, до 20 МБ)'),
    h('div', { class: 'd-flex flex-wrap gap-2' }, h('div', { class: 'flex-grow-1' }, file), check),
    h('div', { class: 'form-text' }, 'Сначала файл проверяется: пока в нём есть ошибки, ничего не записывается.'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!chosen) {
      result.replaceChildren(h('div', { class: 'alert alert-warning' }, 'Выберите файл.'));
      return;
    }
    check.disabled = true;
    result.replaceChildren(spinner('Проверяем файл…'));
    try {
      const report = await upload(organization.id, chosen, 'dryRun=true');
      result.replaceChildren(...reportView(report, () => runImport(organization.id, chosen, result)));
    } catch (error) {
      result.replaceChildren(...problemView(asProblemError(error)));
    } finally {
      check.disabled = false;
    }
  });
  main.replaceChildren(
    h('h1', { class: 'h3 mb-1' }, 'Импорт списка сотрудников'),
    h('p', { class: 'text-body-secondary mb-3' }, h('span', { class: 'organization-title fw-semibold text-body' }, organization.name)),
    h('div', { class: 'd-flex flex-wrap gap-2 mb-3' },
      h('a', { class: 'btn btn-outline-secondary btn-sm', id: 'import-template', href: `${BASE}/imports/template.xlsx`, download: '' },
        'Скачать шаблон'),
      h('a', { class: 'btn btn-outline-success btn-sm', id: 'export-mentors', download: '',
        href: `${BASE}/organizations/${organization.id}/bank.xlsx?role=MENTOR_CANDIDATE` }, 'Выгрузить в Excel: наставники'),
      h('a', { class: 'btn btn-outline-success btn-sm', id: 'export-mentees', download: '',
        href: `${BASE}/organizations/${organization.id}/bank.xlsx?role=MENTEE_CANDIDATE` }, 'Выгрузить в Excel: наставляемые')),
    form, result);
}

/** A multipart POST of the file; resolves with the JSON body, rejects with a ProblemError (errors: rows). */
async function upload(organizationId, file, query) {
  const body = new FormData();
  body.append('file', file, file.name);
  const headers = { Accept: 'application/json, application/problem+json' };
  const token = xsrfToken();
  if (token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  let response;
  try {
    response = await fetch(`${BASE}/organizations/${organizationId}/imports?${query}`, {
      method: 'POST', headers, body, credentials: 'same-origin', redirect: 'manual',
    });
  } catch {
    throw new ProblemError(russianProblem(0, { code: 'NETWORK' }));
  }
  const parsed = await response.json().catch(() => ({}));
  if (response.ok) {
    return parsed;
  }
  throw new ProblemError(russianProblem(response.status, parsed ?? {}));
}

function reportView(report, onImport) {
  if (report.errors.length) {
    return [h('div', { class: 'alert alert-danger import-invalid' },
      `В файле ошибки: ${report.errors.length}. Исправьте их и проверьте файл снова — пока они есть, ничего не будет записано.`),
    errorTable(report.errors)];
  }
  if (report.rowsTotal === 0) {
    return [h('div', { class: 'alert alert-warning' }, 'В файле нет ни одной строки с сотрудниками.')];
  }
  const start = h('button', { class: 'btn btn-success', type: 'button', id: 'import-run' }, 'Импортировать');
  start.addEventListener('click', () => {
    start.disabled = true;
    onImport();
  });
  return [h('div', { class: 'alert alert-success import-summary' },
    h('div', { class: 'fw-semibold mb-1' }, `Ошибок нет. Строк: ${report.rowsTotal}.`),
    h('ul', { class: 'mb-0' },
      h('li', {}, `Будет создано: ${report.toCreate}`),
      h('li', {}, `Будет обновлено: ${report.toUpdate}`),
      h('li', {}, `Без изменений: ${report.unchanged}`))), start];
}

function errorTable(errors) {
  const withSheets = errors.some((e) => e.sheet);
  return h('div', { class: 'table-responsive' },
    h('table', { class: 'table table-sm table-striped align-middle import-errors' },
      h('thead', {}, h('tr', {}, withSheets ? h('th', { scope: 'col' }, 'Лист') : null,
        h('th', { scope: 'col' }, 'Строка'), h('th', { scope: 'col' }, 'Столбец'), h('th', { scope: 'col' }, 'Причина'))),
      h('tbody', {}, errors.map((e) => h('tr', { class: 'import-error' },
        withSheets ? h('td', {}, e.sheet ?? '') : null,
        h('td', { class: 'import-error-row' }, String(e.row)), h('td', { class: 'import-error-column' }, e.column),
        h('td', { class: 'import-error-reason' }, e.reason))))));
}

function problemView(error) {
  const rows = Array.isArray(error.problem.errors) && error.problem.errors.some((e) => 'row' in e) ? error.problem.errors : [];
  return rows.length ? [problemAlert(error, { unplacedErrors: [] }), errorTable(rows)] : [problemAlert(error)];
}

async function runImport(organizationId, file, result) {
  const bar = h('div', { class: 'progress-bar', style: 'width: 0%' }, '0 %');
  const progress = h('div', { class: 'progress import-progress', role: 'progressbar', 'aria-label': 'Ход импорта',
    'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0' }, bar);
  result.replaceChildren(h('p', { class: 'mb-2' }, 'Импортируем…'), progress);
  try {
    let job = await upload(organizationId, file, 'dryRun=false&async=true');
    while (job.status === 'RUNNING') {
      const percent = job.rowsTotal ? Math.floor((job.rowsProcessed * 100) / job.rowsTotal) : 0;
      bar.style.width = `${percent}%`;
      bar.textContent = `${percent} %`;
      progress.setAttribute('aria-valuenow', String(percent));
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = await request(`${BASE}/imports/${job.id}`);
    }
    if (job.status === 'FAILED') {
      result.replaceChildren(h('div', { class: 'alert alert-danger import-failed' }, job.failure ?? 'Импорт не выполнен; ничего не записано.'));
      return;
    }
    result.replaceChildren(h('div', { class: 'alert alert-success import-done' },
      h('div', { class: 'fw-semibold mb-1' }, 'Импорт завершён.'),
      h('ul', { class: 'mb-0' },
        h('li', {}, `Создано: ${job.created}`),
        h('li', {}, `Обновлено: ${job.updated}`),
        h('li', {}, `Без изменений: ${job.unchanged}`))),
    h('a', { class: 'btn btn-outline-primary btn-sm', href: `#/organizations/${organizationId}/people` }, 'К списку участников'));
  } catch (error) {
    result.replaceChildren(...problemView(asProblemError(error)));
  }
}
