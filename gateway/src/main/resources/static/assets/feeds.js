// «Лента и виджет» (#/feeds): what a website administrator needs to show the section on the organization's (or the
// municipality's, or the region's) website — the public feed addresses (Atom, RSS, JSON Feed), one script tag for
// the widget or an iframe, each with a «Копировать» button, and a live preview of the widget. Everything is built
// from this page's own origin: the feeds are served by the same gateway, anonymously.

import { request } from './api.js';
import { h } from './dom.js';
import { hasRole } from './session.js';
import { fill } from './publishing.js';

const FORMATS = [
  { id: 'atom', label: 'Atom' },
  { id: 'rss', label: 'RSS' },
  { id: 'json', label: 'JSON Feed' },
];

/** Whose feed: the current organization of a school's curator, the municipality of a municipal curator, or the region. */
export function feedScope(context) {
  const { session } = context;
  if (context.kind === 'school' && context.currentOrganizationId) {
    return { path: `organizations/${context.currentOrganizationId}`, name: context.organizationName(context.currentOrganizationId), kind: 'организации' };
  }
  if (hasRole(session, 'MUNICIPAL_CURATOR') && session.municipalityId) {
    return { path: `municipalities/${session.municipalityId}`, name: 'Муниципалитет', kind: 'муниципалитета' };
  }
  if (hasRole(session, 'REGION_ADMIN') && session.regionId) {
    return { path: `regions/${session.regionId}`, name: 'Регион', kind: 'региона' };
  }
  return null;
}

export function feedUrls(origin, scope) {
  return {
    feeds: FORMATS.map((f) => ({ ...f, url: `${origin}/public/feeds/${scope.path}.${f.id}` })),
    script: `<script src="${origin}/public/widget.js" data-feed="${scope.path}" data-limit="5" async></script>`,
    iframe: `<iframe src="${origin}/public/widget/${scope.path}.html" width="100%" height="420" style="border:0" title="Наставничество"></iframe>`,
    preview: `${origin}/public/widget/${scope.path}.html`,
  };
}

/** Copies a text: the Clipboard API where the page may use it, else the selected textarea and execCommand. */
async function copy(text, source, status) {
  let done = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      done = true;
    }
  } catch {
    done = false;
  }
  if (!done) {
    source.focus();
    source.select();
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
  }
  status.textContent = done ? 'Скопировано.' : 'Не удалось скопировать автоматически: текст выделен, нажмите Ctrl+C.';
}

function copyable(id, labelText, value, rows = 1, extra = null) {
  const status = h('span', { class: 'small text-body-secondary copy-status', 'aria-live': 'polite' });
  const control = rows > 1
    ? h('textarea', { class: 'form-control font-monospace small snippet', id, rows: String(rows), readonly: true }, value)
    : h('input', { class: 'form-control font-monospace small snippet', id, type: 'text', readonly: true, value });
  return h('div', { class: 'mb-3' },
    h('label', { class: 'form-label', for: id }, labelText),
    h('div', { class: 'd-flex flex-column flex-sm-row gap-2' }, control,
      h('button', { class: 'btn btn-outline-primary copy-button flex-shrink-0', type: 'button', dataset: { target: id },
        onclick: () => copy(value, control, status) }, 'Копировать')),
    h('div', { class: 'd-flex flex-wrap gap-2 align-items-center mt-1' }, extra, status));
}

/** The municipality's or region's name for the heading; the generic word if the directory does not answer. */
async function scopeName(context, scope) {
  const { session } = context;
  try {
    if (scope.path.startsWith('municipalities/')) {
      return (await request(`/api/participants/municipalities/${session.municipalityId}`))?.name ?? scope.name;
    }
    if (scope.path.startsWith('regions/')) {
      const regions = await request('/api/participants/regions') ?? [];
      return regions.find((r) => r.id === session.regionId)?.name ?? scope.name;
    }
  } catch {
    // the generic name will do
  }
  return scope.name;
}

export async function renderFeeds(main, context) {
  const scope = feedScope(context);
  if (!scope) {
    fill(main, h('h1', { class: 'h3' }, 'Лента и виджет'), h('div', { class: 'alert alert-info' }, 'Ленты есть у организаций, муниципалитетов и региона: у вашей учётной записи их нет.'));
    return;
  }
  scope.name = await scopeName(context, scope);
  const urls = feedUrls(window.location.origin, scope);
  fill(main,
    h('h1', { class: 'h3' }, 'Лента и виджет'),
    h('p', { class: 'text-body-secondary' }, `Новости и опубликованные практики ${scope.kind} `, h('span', { class: 'fw-semibold feed-scope-name' }, scope.name),
      ' для сайта: ленты доступны без входа, виджет встраивается одной строкой.'),
    h('div', { class: 'row g-4' },
      h('div', { class: 'col-12 col-xl-6' },
        h('section', { class: 'card card-body mb-4 feed-links' },
          h('h2', { class: 'h5' }, 'Адреса лент'),
          urls.feeds.map((f) => h('div', { class: 'feed', dataset: { format: f.id } },
            copyable(`feed-${f.id}`, f.label, f.url, 1,
              h('a', { class: 'small feed-link', href: f.url, target: '_blank', rel: 'noopener' }, `Открыть ${f.label}`))))),
        h('section', { class: 'card card-body widget-snippets' },
          h('h2', { class: 'h5' }, 'Виджет для сайта'),
          copyable('widget-script', 'Код виджета (скрипт)', urls.script, 3),
          copyable('widget-iframe', 'Или фрейм (iframe), если сайт не разрешает скрипты', urls.iframe, 3))),
      h('div', { class: 'col-12 col-xl-6' },
        h('section', { class: 'card card-body' },
          h('h2', { class: 'h5' }, 'Как это выглядит на сайте'),
          h('iframe', { class: 'widget-preview w-100 border rounded', src: urls.preview, height: '420', title: 'Предпросмотр виджета «Наставничество»', loading: 'lazy' }),
          h('p', { class: 'small text-body-secondary mt-2 mb-0' }, 'Если предпросмотр пуст, в ленте ещё нет публикаций.')))));
}
