// Screens: the monitoring dashboards of an organization, a municipality and the region. Cards per indicator (value
// against target, coloured by status), a bar chart of values vs targets and a trend line chart (Chart.js, with the
// indicator table as their text alternative), the year, downloads (XLSX, and the yearly report as DOCX/PDF), the
// breakdown into municipalities or organizations with drill-down, and an organization's pairs for curators.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert } from './dom.js';
import { hasRole } from './session.js';

const LEVEL_PATH = { REGION: 'region', MUNICIPALITY: 'municipality', ORGANIZATION: 'organization' };
const PATH_LEVEL = { region: 'REGION', municipality: 'MUNICIPALITY', organization: 'ORGANIZATION' };
const LEVEL_LABELS = { REGION: 'Регион', MUNICIPALITY: 'Муниципалитет', ORGANIZATION: 'Организация' };
const STATUS = {
  MET: { label: 'достигнуто', badge: 'text-bg-success', border: 'border-success', color: '#198754' },
  BELOW: { label: 'ниже цели', badge: 'text-bg-danger', border: 'border-danger', color: '#dc3545' },
  NO_DATA: { label: 'нет данных', badge: 'text-bg-secondary', border: 'border-secondary', color: '#6c757d' },
};
const PAIR_STATUS = { ACTIVE: 'работает', COMPLETED: 'завершена', DISSOLVED: 'расформирована', INACTIVE: 'неактивна' };
const CHART_URL = '/webjars/chart.js/dist/chart.umd.min.js';

/** Who may open dashboards at all: curators and the regional institute, not mentors and mentees. */
export function canSeeDashboards(context) {
  return hasRole(context.session, 'REGION_ADMIN', 'MUNICIPAL_CURATOR', 'SCHOOL_CURATOR');
}

export function dashboardNavigation(context) {
  return canSeeDashboards(context) ? [{ id: 'dashboard', href: '#/dashboard', label: 'Показатели' }] : [];
}

/** The screen for a dashboard hash, or null: #/dashboard (the user's own unit) or #/dashboard/{level}/{id}[/{year}]. */
export function resolveDashboard(hash, context) {
  if (!canSeeDashboards(context)) {
    return null;
  }
  if (hash === '#/dashboard') {
    const own = ownUnit(context);
    return {
      id: 'dashboard', title: 'Показатели', canonical: own ? `#/dashboard/${LEVEL_PATH[own.level]}/${own.id}` : null,
      render: (main) => (own ? renderDashboard(main, context, own.level, own.id, null)
        : main.replaceChildren(h('p', { class: 'text-body-secondary' }, 'Нет организации, по которой можно показать показатели.'))),
    };
  }
  const match = /^#\/dashboard\/(region|municipality|organization)\/([0-9a-fA-F-]{36})(?:\/(\d{4}))?$/.exec(hash);
  if (!match) {
    return null;
  }
  const level = PATH_LEVEL[match[1]];
  const id = match[2].toLowerCase();
  if (level === 'ORGANIZATION' && context.organizationIds.includes(id)) {
    // Opening one of my organizations makes it the current one, as the switcher would.
    context.currentOrganizationId = id;
  }
  return {
    id: 'dashboard', title: 'Показатели',
    render: (main) => renderDashboard(main, context, level, id, match[3] ? Number(match[3]) : null),
  };
}

function ownUnit(context) {
  const { session } = context;
  if (hasRole(session, 'REGION_ADMIN') && session.regionId) {
    return { level: 'REGION', id: session.regionId };
  }
  if (hasRole(session, 'MUNICIPAL_CURATOR') && session.municipalityId) {
    return { level: 'MUNICIPALITY', id: session.municipalityId };
  }
  return context.currentOrganizationId ? { level: 'ORGANIZATION', id: context.currentOrganizationId } : null;
}

function dashboardHref(level, id, year) {
  return `#/dashboard/${LEVEL_PATH[level]}/${id}${year ? `/${year}` : ''}`;
}

/** The current academic year's start: September opens a new one. */
function currentStartYear() {
  const now = new Date();
  return now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
}

export async function renderDashboard(main, context, level, id, year) {
  main.replaceChildren(spinner());
  const startYear = year ?? currentStartYear();
  const query = `level=${level}&id=${id}&year=${startYear}`;
  let dashboard;
  try {
    dashboard = await request(`/api/monitoring/dashboard?${query}`);
  } catch (error) {
    main.replaceChildren(h('h1', { class: 'h3' }, 'Показатели'), problemAlert(asProblemError(error)));
    return;
  }
  const tableId = 'dashboard-table';
  // replaceChildren() would print a null (no breakdown, no pairs) as the text "null": filter them out.
  main.replaceChildren(...[
    breadcrumb(context, dashboard, startYear),
    h('div', { class: 'd-flex flex-wrap align-items-end justify-content-between gap-3 mb-3' },
      h('div', { class: 'min-w-0' },
        h('h1', { class: 'h3 mb-1 dashboard-title' }, dashboard.name),
        h('p', { class: 'text-body-secondary mb-0' },
          `${LEVEL_LABELS[dashboard.level]} · показатели целевой модели наставничества за ${dashboard.academicYear} учебный год`)),
      controls(dashboard, startYear, query)),
    h('div', { class: 'row row-cols-1 row-cols-sm-2 row-cols-xl-4 g-3 mb-4 indicator-cards' },
      dashboard.indicators.map((indicator) => h('div', { class: 'col' }, indicatorCard(indicator)))),
    h('div', { class: 'row g-3 mb-4' },
      h('div', { class: 'col-lg-6' }, chartCard('Значения и целевые значения, %', 'chart-values', tableId,
        (canvas) => valuesChart(canvas, dashboard))),
      h('div', { class: 'col-lg-6' }, chartCard('Динамика по учебным годам, %', 'chart-trend', tableId,
        (canvas) => trendChart(canvas, dashboard)))),
    h('h2', { class: 'h5' }, 'Таблица показателей'),
    indicatorTable(dashboard, tableId),
    level === 'ORGANIZATION' ? null : h('section', { class: 'mt-4 breakdown', 'aria-labelledby': 'breakdown-title' }),
    level === 'ORGANIZATION' && hasRole(context.session, 'SCHOOL_CURATOR', 'MUNICIPAL_CURATOR')
      ? h('section', { class: 'mt-4 pairs-drilldown', 'aria-labelledby': 'pairs-title' }) : null].filter(Boolean));
  const breakdown = main.querySelector('.breakdown');
  if (breakdown) {
    renderBreakdown(breakdown, dashboard, startYear, null, 'asc');
  }
  const pairs = main.querySelector('.pairs-drilldown');
  if (pairs) {
    renderPairs(pairs, id, startYear);
  }
}

function breadcrumb(context, dashboard, year) {
  const trail = [...dashboard.parents].reverse();
  const canOpen = (unit) => unit.level === 'MUNICIPALITY'
    ? hasRole(context.session, 'REGION_ADMIN', 'MUNICIPAL_CURATOR') : hasRole(context.session, 'REGION_ADMIN');
  return h('nav', { 'aria-label': 'Уровни' },
    h('ol', { class: 'breadcrumb mb-2' },
      trail.map((unit) => h('li', { class: 'breadcrumb-item' },
        canOpen(unit) ? h('a', { href: dashboardHref(unit.level, unit.id, year) }, unit.name) : unit.name)),
      h('li', { class: 'breadcrumb-item active', 'aria-current': 'page' }, dashboard.name)));
}

function controls(dashboard, startYear, query) {
  const select = h('select', { class: 'form-select form-select-sm', id: 'dashboard-year' },
    [0, 1, 2, 3, 4].map((back) => {
      const start = currentStartYear() - back;
      return h('option', { value: String(start) }, `${start}/${start + 1}`);
    }));
  if (![...select.options].some((option) => option.value === String(startYear))) {
    select.append(h('option', { value: String(startYear) }, `${startYear}/${startYear + 1}`));
  }
  select.value = String(startYear);
  select.addEventListener('change', () => {
    window.location.hash = dashboardHref(dashboard.level, dashboard.id, select.value);
  });
  const reports = dashboard.level === 'REGION' ? [] : [
    h('a', { class: 'btn btn-outline-primary btn-sm download-docx', href: `/api/monitoring/reports/yearly.docx?${query}`, download: '' }, 'Отчёт DOCX'),
    h('a', { class: 'btn btn-outline-primary btn-sm download-pdf', href: `/api/monitoring/reports/yearly.pdf?${query}`, download: '' }, 'Отчёт PDF'),
  ];
  return h('div', { class: 'd-flex flex-wrap align-items-end gap-2 dashboard-controls' },
    h('div', {}, h('label', { class: 'form-label small mb-1', for: 'dashboard-year' }, 'Учебный год'), select),
    h('a', { class: 'btn btn-outline-primary btn-sm download-xlsx', href: `/api/monitoring/dashboard.xlsx?${query}`, download: '' }, 'Таблицы XLSX'),
    reports);
}

export function formatValue(indicator, value) {
  if (value === null || value === undefined) {
    return '—';
  }
  return indicator.kind === 'COUNT' ? String(Math.round(Number(value)))
    : `${Number(value).toLocaleString('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

function targetLabel(indicator) {
  return `≥ ${Number(indicator.target).toLocaleString('ru-RU')}${indicator.kind === 'SHARE' ? ' %' : ''}`;
}

function indicatorCard(indicator) {
  const status = STATUS[indicator.status] ?? STATUS.NO_DATA;
  const last = indicator.trend.length ? indicator.trend[indicator.trend.length - 1] : null;
  return h('div', { class: `card h-100 border-2 ${status.border} indicator-card`, dataset: { code: indicator.code, status: indicator.status } },
    h('div', { class: 'card-body' },
      h('h2', { class: 'h6 card-title indicator-title' }, indicator.title),
      h('div', { class: 'd-flex align-items-baseline gap-2 flex-wrap' },
        h('span', { class: 'fs-3 fw-semibold indicator-value' }, formatValue(indicator, indicator.value)),
        h('span', { class: 'text-body-secondary indicator-target' }, `цель ${targetLabel(indicator)}`)),
      h('span', { class: `badge ${status.badge} indicator-status` }, status.label),
      indicator.kind === 'SHARE' && indicator.status !== 'NO_DATA'
        ? h('div', { class: 'small text-body-secondary mt-1' }, `${indicator.numerator} из ${indicator.denominator}`) : null,
      last ? h('div', { class: 'small text-body-secondary mt-1' }, `${last.academicYear}: ${formatValue(indicator, last.value)}`) : null));
}

function indicatorTable(dashboard, tableId) {
  const years = [...new Set(dashboard.indicators.flatMap((i) => i.trend.map((p) => p.academicYear)))].sort();
  const labels = ['Показатель', 'Цель', ...years, dashboard.academicYear, 'Статус'];
  return h('div', { class: 'table-responsive' },
    h('table', { class: 'table table-sm align-middle table-cards indicator-table', id: tableId },
      h('caption', { class: 'visually-hidden' }, 'Показатели: значения по годам, целевые значения и статус (текстовая версия графиков)'),
      h('thead', {}, h('tr', {}, labels.map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, dashboard.indicators.map((indicator) => h('tr', { dataset: { code: indicator.code } },
        h('th', { scope: 'row', 'data-label': labels[0] }, indicator.title),
        h('td', { 'data-label': labels[1] }, targetLabel(indicator)),
        years.map((year) => h('td', { 'data-label': year },
          formatValue(indicator, indicator.trend.find((p) => p.academicYear === year)?.value))),
        h('td', { class: 'fw-semibold', 'data-label': dashboard.academicYear }, formatValue(indicator, indicator.value)),
        h('td', { 'data-label': labels[labels.length - 1] },
          h('span', { class: `badge ${(STATUS[indicator.status] ?? STATUS.NO_DATA).badge}` }, (STATUS[indicator.status] ?? STATUS.NO_DATA).label)))))));
}

function chartCard(title, id, tableId, draw) {
  const canvas = h('canvas', { id, role: 'img', 'aria-label': `${title}. Данные — в таблице показателей ниже.`, 'aria-describedby': tableId });
  const body = h('div', { class: 'card-body' }, h('h2', { class: 'h6' }, title), h('div', { class: 'chart-box' }, canvas));
  loadChartJs().then((Chart) => draw(canvas, Chart)).catch(() => {
    body.append(h('p', { class: 'small text-body-secondary mb-0' }, 'График не загрузился; значения — в таблице показателей.'));
  });
  return h('div', { class: 'card h-100' }, body);
}

let chartJs;
/** Chart.js is loaded on the first dashboard only (200 KB other screens do not need). */
function loadChartJs() {
  if (window.Chart) {
    return Promise.resolve(window.Chart);
  }
  chartJs ??= new Promise((resolve, reject) => {
    const script = h('script', { src: CHART_URL });
    script.addEventListener('load', () => (window.Chart ? resolve(window.Chart) : reject(new Error('Chart.js'))));
    script.addEventListener('error', () => {
      chartJs = null;
      reject(new Error('Chart.js'));
    });
    document.head.append(script);
  });
  return chartJs;
}

function valuesChart(canvas, dashboard) {
  const shares = dashboard.indicators.filter((i) => i.kind === 'SHARE');
  return new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: shares.map((i) => i.title),
      datasets: [
        { label: 'Значение', data: shares.map((i) => (i.value === null ? null : Number(i.value))),
          backgroundColor: shares.map((i) => (STATUS[i.status] ?? STATUS.NO_DATA).color) },
        { label: 'Цель', data: shares.map((i) => Number(i.target)), backgroundColor: 'rgba(13,110,253,.25)',
          borderColor: '#0d6efd', borderWidth: 1 },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { y: { beginAtZero: true, suggestedMax: 100, ticks: { callback: (v) => `${v} %` } },
        x: { ticks: { callback(value) { const label = this.getLabelForValue(value); return label.length > 18 ? `${label.slice(0, 17)}…` : label; } } } } },
  });
}

function trendChart(canvas, dashboard) {
  // Lines only for indicators with data in some year: empty series would crowd the legend.
  const shares = dashboard.indicators.filter((i) => i.kind === 'SHARE' && (i.value !== null || i.trend.length));
  const years = [...new Set(shares.flatMap((i) => i.trend.map((p) => p.academicYear)).concat(dashboard.academicYear))].sort();
  const palette = ['#0d6efd', '#6f42c1', '#d63384', '#fd7e14', '#20c997', '#0dcaf0', '#198754'];
  return new window.Chart(canvas, {
    type: 'line',
    data: {
      labels: years,
      datasets: shares.map((indicator, n) => ({
        label: indicator.title,
        borderColor: palette[n % palette.length], backgroundColor: palette[n % palette.length], spanGaps: true,
        data: years.map((year) => {
          const value = year === dashboard.academicYear ? indicator.value : indicator.trend.find((p) => p.academicYear === year)?.value;
          return value === null || value === undefined ? null : Number(value);
        }),
      })),
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { y: { beginAtZero: true, suggestedMax: 100, ticks: { callback: (v) => `${v} %` } } },
      plugins: { legend: { labels: { boxWidth: 12 } } } },
  });
}

async function renderBreakdown(section, dashboard, year, sort, order) {
  const childLabel = dashboard.level === 'REGION' ? 'Муниципалитеты' : 'Организации';
  section.replaceChildren(h('h2', { class: 'h5', id: 'breakdown-title' }, childLabel), spinner());
  let breakdown;
  try {
    breakdown = await request(`/api/monitoring/dashboard/breakdown?level=${dashboard.level}&id=${dashboard.id}&year=${year}`
      + (sort ? `&sort=${sort}&order=${order}` : ''));
  } catch (error) {
    section.replaceChildren(h('h2', { class: 'h5', id: 'breakdown-title' }, childLabel), problemAlert(asProblemError(error)));
    return;
  }
  const indicators = dashboard.indicators;
  const sortSelect = h('select', { class: 'form-select form-select-sm', id: 'breakdown-sort' },
    h('option', { value: '' }, 'по названию'),
    indicators.map((i) => [h('option', { value: `${i.code}:asc` }, `${i.title} — по возрастанию`),
      h('option', { value: `${i.code}:desc` }, `${i.title} — по убыванию`)]));
  sortSelect.value = sort ? `${sort}:${order}` : '';
  sortSelect.addEventListener('change', () => {
    const [code, direction] = sortSelect.value.split(':');
    renderBreakdown(section, dashboard, year, code || null, direction || 'asc');
  });
  const labels = [childLabel === 'Муниципалитеты' ? 'Муниципалитет' : 'Организация', ...indicators.map((i) => i.title)];
  const below = breakdown.organizationsBelowTarget.filter((b) => b.organizations > 0);
  section.replaceChildren(
    h('div', { class: 'd-flex flex-wrap align-items-end justify-content-between gap-2 mb-2' },
      h('h2', { class: 'h5 mb-0', id: 'breakdown-title' }, childLabel),
      h('div', {}, h('label', { class: 'form-label small mb-1', for: 'breakdown-sort' }, 'Сортировка'), sortSelect)),
    h('div', { class: 'table-responsive' },
      h('table', { class: 'table table-sm table-hover align-middle table-cards breakdown-table' },
        h('caption', { class: 'visually-hidden' }, `${childLabel}: значения показателей за ${breakdown.academicYear} учебный год`),
        h('thead', {}, h('tr', {}, labels.map((label, n) => h('th', { scope: 'col', class: n ? 'small' : null }, label)))),
        h('tbody', {}, breakdown.units.length ? breakdown.units.map((unit) => h('tr', { dataset: { unitId: unit.id } },
          h('th', { scope: 'row', 'data-label': labels[0] },
            h('a', { class: 'unit-link', href: dashboardHref(unit.level, unit.id, year) }, unit.name)),
          unit.indicators.map((figure, n) => {
            const indicator = indicators.find((i) => i.code === figure.code);
            const status = STATUS[figure.status] ?? STATUS.NO_DATA;
            return h('td', { 'data-label': indicator.title, class: figure.status === 'BELOW' ? 'text-danger fw-semibold' : null,
              title: status.label, dataset: { code: figure.code, status: figure.status } },
            formatValue(indicator, figure.value), figure.status === 'BELOW' ? h('span', { class: 'visually-hidden' }, ` (${status.label})`) : null);
          })))
          : h('tr', {}, h('td', { colspan: String(labels.length), class: 'text-body-secondary fst-italic' }, 'Нет подчинённых единиц.'))))),
    h('h3', { class: 'h6 mt-3' }, 'Организации ниже целевого значения'),
    below.length
      ? h('ul', { class: 'below-target' }, below.map((b) => h('li', { dataset: { code: b.code } },
        `${b.title}: ${b.organizations}`)))
      : h('p', { class: 'text-body-secondary below-target-none' }, 'Нет организаций ниже целевого значения.'));
}

async function renderPairs(section, organizationId, year) {
  section.replaceChildren(h('h2', { class: 'h5', id: 'pairs-title' }, 'Пары'), spinner());
  let pairs;
  try {
    pairs = await request(`/api/monitoring/organizations/${organizationId}/pairs?year=${year}`);
  } catch (error) {
    const problem = asProblemError(error);
    section.replaceChildren(h('h2', { class: 'h5', id: 'pairs-title' }, 'Пары'), problem.status === 404
      ? h('p', { class: 'text-body-secondary pairs-unavailable' }, 'Показатели по парам пока недоступны.')
      : problemAlert(problem));
    return;
  }
  const labels = ['Форма', 'Наставляемых', 'Статус', 'Задачи плана', 'Выполнение плана', 'Встречи', 'Обратная связь', 'Итоговая встреча'];
  section.replaceChildren(h('h2', { class: 'h5', id: 'pairs-title' }, 'Пары'),
    pairs?.length ? h('div', { class: 'table-responsive' },
      h('table', { class: 'table table-sm align-middle table-cards pairs-table' },
        h('thead', {}, h('tr', {}, labels.map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', {}, pairs.map((pair) => h('tr', { dataset: { pairId: pair.pairId } },
          h('td', { 'data-label': labels[0] }, [pair.roleModel, pair.format].filter(Boolean).join(', ')),
          h('td', { 'data-label': labels[1] }, String(pair.menteeCount ?? '—')),
          h('td', { 'data-label': labels[2] }, PAIR_STATUS[pair.status] ?? pair.status ?? '—'),
          h('td', { 'data-label': labels[3] }, `${pair.tasksDone ?? 0} из ${pair.tasksTotal ?? 0}`),
          h('td', { 'data-label': labels[4] }, formatValue({ kind: 'SHARE' }, pair.planFulfilment)),
          h('td', { 'data-label': labels[5] }, String(pair.meetingsHeld ?? 0)),
          h('td', { 'data-label': labels[6] }, `${pair.feedbackGiven ?? 0} из ${pair.feedbackExpected ?? 0}`),
          h('td', { 'data-label': labels[7] }, `${pair.finalMeetingAttended ?? 0} из ${pair.finalMeetingParticipants ?? 0}`))))))
      : h('p', { class: 'text-body-secondary' }, 'Пар за этот учебный год нет.'));
}
