// What the publication screens share: Russian names of the practice statuses and moderation steps, the safe rendering
// of rich text, organization names, file downloads and uploads (blobs and multipart, which request() does not do)
// with the same Russian problem handling as every JSON call.

import { ProblemError, request, russianProblem, xsrfToken } from './api.js';
import { h, capitalize } from './dom.js';
import { hasRole } from './session.js';

export const API = '/api/publications';

export const PRACTICE_STATUS_LABELS = {
  DRAFT: 'черновик',
  SUBMITTED: 'на модерации в муниципалитете',
  RETURNED_BY_MUNICIPALITY: 'возвращена муниципалитетом',
  MUNICIPALITY_ACCEPTED: 'принята муниципалитетом',
  RETURNED_BY_REGION: 'возвращена регионом',
  REGION_ACCEPTED: 'принята в региональный банк',
  PUBLISHED: 'опубликована',
};

const STATUS_COLOURS = {
  DRAFT: 'text-bg-secondary',
  SUBMITTED: 'text-bg-warning',
  RETURNED_BY_MUNICIPALITY: 'text-bg-danger',
  MUNICIPALITY_ACCEPTED: 'text-bg-info',
  RETURNED_BY_REGION: 'text-bg-danger',
  REGION_ACCEPTED: 'text-bg-primary',
  PUBLISHED: 'text-bg-success',
};

export const LEVEL_LABELS = {
  ORGANIZATION: 'банк организации',
  MUNICIPALITY: 'муниципальный банк',
  REGION: 'региональный банк',
};

export const ACTION_LABELS = {
  SUBMIT: 'Отправлена на модерацию',
  MUNICIPALITY_ACCEPT: 'Принята муниципалитетом',
  MUNICIPALITY_RETURN: 'Возвращена муниципалитетом на доработку',
  REGION_ACCEPT: 'Принята в региональный банк',
  REGION_RETURN: 'Возвращена регионом на доработку',
  PUBLISH: 'Опубликована',
};

export function statusBadge(status) {
  return h('span', { class: `badge rounded-pill ${STATUS_COLOURS[status] ?? 'text-bg-secondary'} practice-status`, dataset: { status: status ?? '' } },
    capitalize(PRACTICE_STATUS_LABELS[status] ?? 'статус неизвестен'));
}

/** Only the school curator of the practice's organization writes it (the service decides; this avoids offering a 403). */
export function canWrite(context, practice) {
  return hasRole(context.session, 'SCHOOL_CURATOR') && context.organizationIds.includes(practice.organizationId);
}

export function editable(practice) {
  return ['DRAFT', 'RETURNED_BY_MUNICIPALITY', 'RETURNED_BY_REGION'].includes(practice.status);
}

const RICH_TAGS = new Set(['P', 'BR', 'STRONG', 'EM', 'B', 'I', 'UL', 'OL', 'LI', 'A']);

/**
 * Rich text (already cleaned by the service) as DOM nodes, rebuilt element by element from a parsed copy: only the
 * safe subset survives, links only to http(s), so even a text that bypassed the service could not run a script.
 */
export function richText(html, className = 'rich-text') {
  const box = h('div', { class: className });
  if (!html) {
    return box;
  }
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const copy = (from, to) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.append(node.textContent);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (!RICH_TAGS.has(node.tagName)) {
          copy(node, to);
          continue;
        }
        const element = document.createElement(node.tagName.toLowerCase());
        if (node.tagName === 'A') {
          const href = node.getAttribute('href') ?? '';
          if (/^https?:\/\//i.test(href)) {
            element.setAttribute('href', href);
          }
          element.setAttribute('rel', 'nofollow noopener');
          element.setAttribute('target', '_blank');
        }
        copy(node, element);
        to.append(element);
      }
    }
  };
  copy(parsed.body, box);
  return box;
}

/** The note beside every rich-text field: which markup the service keeps. */
export function richTextNote(id) {
  return h('div', { class: 'form-text', id },
    'Можно использовать разметку: <p>, <br>, <strong>, <em>, списки <ul>/<ol> с <li> и ссылки <a href="https://…">. Остальное будет удалено.');
}

const organizationNames = new Map();

/** An organization's name from the participant directory, cached; a placeholder when it cannot be read. */
export async function organizationName(id) {
  if (!id) {
    return '—';
  }
  if (!organizationNames.has(id)) {
    // The publication service knows every organization of the region (public facts); the participant directory
    // answers only for the organizations the user may see, and before the service has heard of a new one.
    organizationNames.set(id, request(`${API}/organizations/${id}`).then((o) => o?.name)
      .catch(() => null)
      .then((name) => name ?? request(`/api/participants/organizations/${id}`).then((o) => o?.name, () => null))
      .then((name) => name || 'Организация'));
  }
  return organizationNames.get(id);
}

/** A span filled with the organization's name once known. */
export function organizationLabel(id, className = 'practice-organization') {
  const span = h('span', { class: className, dataset: { organizationId: id ?? '' } }, '…');
  organizationName(id).then((name) => { span.textContent = name; });
  return span;
}

async function problemOf(response) {
  let body = {};
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : {};
  } catch {
    body = {};
  }
  return new ProblemError(russianProblem(response.status, body && typeof body === 'object' ? body : {}));
}

async function send(path, { method = 'GET', body, json } = {}) {
  const headers = { Accept: '*/*' };
  if (method !== 'GET') {
    const token = xsrfToken();
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
  }
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, {
      method, headers, body: json !== undefined ? JSON.stringify(json) : body, credentials: 'same-origin', redirect: 'manual',
    });
  } catch {
    throw new ProblemError(russianProblem(0, { code: 'NETWORK' }));
  }
  if (response.type === 'opaqueredirect') {
    throw new ProblemError(russianProblem(401, { code: 'UNAUTHENTICATED' }));
  }
  if (!response.ok) {
    throw await problemOf(response);
  }
  return response;
}

/** Uploads one file as multipart "file"; resolves with the JSON answer, rejects with a Russian ProblemError. */
export async function upload(path, file) {
  const data = new FormData();
  data.append('file', file, file.name);
  const response = await send(path, { method: 'POST', body: data });
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/**
 * Downloads a generated file through fetch, so that a missing document (404) or a refusal is shown on the screen
 * instead of replacing the portal with an error page; the browser then saves the blob under the server's name.
 */
export async function download(path, fallbackName, { method = 'GET', json } = {}) {
  const response = await send(path, { method, json });
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = encoded ? decodeURIComponent(encoded[1]) : (plain ? plain[1] : fallbackName);
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** «1,2 МБ», «350 КБ». */
export function sizeLabel(bytes) {
  if (bytes >= 1024 * 1024) {
    return `${(bytes / 1024 / 1024).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} МБ`;
  }
  return `${Math.max(1, Math.round(bytes / 1024))} КБ`;
}

/** Academic years «2026-2027» (the current one first, from September) and three before it. */
export function academicYears(now = new Date()) {
  const start = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
  return [0, 1, 2, 3].map((back) => `${start - back}-${start - back + 1}`);
}

/** A labelled form control in a column, with the .invalid-feedback that forms.js fills from the server's errors. */
export function field(labelText, control, { cls = 'col-12', hint } = {}) {
  return h('div', { class: cls },
    h('label', { class: 'form-label', for: control.id }, labelText),
    control,
    hint ?? null,
    h('div', { class: 'invalid-feedback', id: `${control.id}-error` }));
}

/** Puts children into a container as h() would: arrays flattened, null and false left out (never printed as text). */
export function fill(container, ...children) {
  container.replaceChildren(...children.flat(Infinity).filter((child) => child != null && child !== false));
}

const TOOLBAR = [
  { label: 'Абзац', title: 'Абзац', wrap: (text) => `<p>${text}</p>` },
  { label: 'Ж', title: 'Полужирный', cls: 'fw-bold', wrap: (text) => `<strong>${text}</strong>` },
  { label: 'К', title: 'Курсив', cls: 'fst-italic', wrap: (text) => `<em>${text}</em>` },
  { label: 'Список', title: 'Маркированный список: каждая строка — пункт', wrap: (text) => `<ul>${listItems(text)}</ul>` },
  { label: '1.', title: 'Нумерованный список: каждая строка — пункт', wrap: (text) => `<ol>${listItems(text)}</ol>` },
  {
    label: 'Ссылка', title: 'Ссылка на сайт (https://…)',
    wrap: (text) => {
      const url = window.prompt('Адрес ссылки (https://…)', 'https://');
      return url && /^https?:\/\/\S+$/i.test(url) ? `<a href="${url.replace(/"/g, '%22')}">${text || url}</a>` : null;
    },
  },
];

function listItems(text) {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  return (lines.length ? lines : ['']).map((line) => `<li>${line}</li>`).join('');
}

/**
 * A few buttons above a rich-text textarea that wrap the selection in the markup the service keeps, so a curator
 * need not type tags; the text stays visible as markup (what is stored is exactly what is in the field).
 */
export function richTextToolbar(textarea) {
  return h('div', { class: 'btn-toolbar gap-1 mb-1 rich-toolbar', role: 'toolbar', 'aria-label': 'Оформление текста', 'aria-controls': textarea.id },
    TOOLBAR.map((tool) => h('button', {
      class: `btn btn-sm btn-outline-secondary ${tool.cls ?? ''}`, type: 'button', title: tool.title, 'aria-label': tool.title,
      onclick: () => {
        const { selectionStart: start, selectionEnd: end, value } = textarea;
        const replacement = tool.wrap(value.substring(start, end));
        if (replacement == null) {
          return;
        }
        textarea.setRangeText(replacement, start, end, 'end');
        textarea.focus();
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      },
    }, tool.label)));
}

/** A labelled rich-text field: toolbar, textarea, the note on the markup kept, and the .invalid-feedback. */
export function richField(labelText, textarea, cls = 'col-12') {
  const noteId = `${textarea.id}-note`;
  textarea.setAttribute('aria-describedby', noteId);
  return h('div', { class: cls },
    h('label', { class: 'form-label', for: textarea.id }, labelText),
    richTextToolbar(textarea),
    textarea,
    richTextNote(noteId),
    h('div', { class: 'invalid-feedback', id: `${textarea.id}-error` }));
}
