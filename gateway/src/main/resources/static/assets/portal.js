// The shell of the school and regional portals (<body data-portal="school|region">): checks the session, draws
// the header (name, role, organization switcher, «Выйти») and the navigation for the user's roles, and shows the
// screen named by the URL's hash.

import { asProblemError } from './api.js';
import { h, problemAlert } from './dom.js';
import { rolesLabel } from './labels.js';
import { fetchSession, logout, portalOf, startLogin, PORTALS } from './session.js';
import { PortalContext } from './context.js';
import { renderDirectory } from './directory.js';
import { renderPeople } from './people.js';
import { renderImport } from './import.js';
import { renderProfile } from './profile.js';
import { renderTraining } from './training.js';
import { renderQuestionnaires } from './questionnaires.js';
import { renderMatching } from './matching.js';
import { renderPairs } from './pairs.js';
import { bankNavigation, resolveBank } from './bank.js';
import { renderProgramme, renderTodos } from './programme.js';
import { resolveRoadmap, roadmapNavigation } from './roadmap.js';
import { renderDiagnostics } from './diagnostics.js';
import { dashboardNavigation, resolveDashboard } from './dashboard.js';
import { publicationsNavigation, resolvePublications } from './publications.js';

const PORTAL_TITLES = { school: 'Школьный портал', region: 'Региональный портал' };

/**
 * Navigation entries; {@code href} may depend on the context (the current organization). The stages of the
 * programme are one «Наставничество» menu, so the bar fits a laptop screen however many screens there are.
 */
function navigation(context) {
  const items = [{ id: 'directory', href: '#/directory', label: 'Организации' }];
  const org = context.currentOrganizationId;
  if (context.kind === 'school' && context.canSeePeople && org) {
    items.push({ id: 'people', href: `#/organizations/${org}/people`, label: 'Участники' });
  }
  items.push(...bankNavigation(context));
  const programme = [];
  if (context.kind === 'school' && context.canSeePeople && org) {
    programme.push({ id: 'import', href: `#/organizations/${org}/import`, label: 'Импорт списка сотрудников' });
    programme.push({ id: 'training', href: `#/organizations/${org}/training`, label: 'Отбор и обучение' });
    programme.push({ id: 'matching', href: `#/organizations/${org}/matching`, label: 'Подбор пар' });
    programme.push({ id: 'pairs', href: `#/organizations/${org}/pairs`, label: 'Пары и группы' });
  }
  if (context.kind === 'school' && org) {
    programme.push({ id: 'questionnaires', href: '#/questionnaires', label: 'Анкеты' });
  }
  if (programme.length) {
    items.push({ id: 'programme', label: 'Наставничество', children: programme });
  }
  const monitoring = [...dashboardNavigation(context), ...roadmapNavigation(context)];
  if (org || context.kind === 'region') {
    monitoring.push({ id: 'diagnostics', href: '#/diagnostics', label: 'Диагностика' });
  }
  if (monitoring.length) {
    items.push({ id: 'monitoring', label: 'Мониторинг', children: monitoring });
  }
  items.push(...publicationsNavigation(context));
  if (context.kind === 'school') {
    items.push({ id: 'todos', href: '#/todos', label: 'Задачи' });
  }
  items.push({ id: 'profile', href: '#/profile', label: 'Профиль' });
  return items;
}

/** The screen for a hash: {id (for the active navigation entry), title, render(main)}. */
function resolve(hash, context) {
  const bankScreen = resolveBank(hash, context);
  if (bankScreen) {
    return bankScreen;
  }
  const publicationScreen = resolvePublications(hash, context);
  if (publicationScreen) {
    return publicationScreen;
  }
  const dashboardScreen = resolveDashboard(hash, context);
  if (dashboardScreen) {
    return dashboardScreen;
  }
  const roadmapScreen = resolveRoadmap(hash, context);
  if (roadmapScreen) {
    return roadmapScreen;
  }
  const people = /^#\/organizations\/([0-9a-fA-F-]{36})\/people$/.exec(hash);
  if (people && context.canSeePeople) {
    const organizationId = people[1].toLowerCase();
    if (context.kind === 'school' && context.organizationIds.includes(organizationId)) {
      // Opening one of my organizations makes it the current one, as the switcher would.
      context.currentOrganizationId = organizationId;
    }
    const ownCurrent = context.kind === 'school' && organizationId === context.currentOrganizationId;
    return { id: ownCurrent ? 'people' : 'directory', title: 'Участники программы', render: (main) => renderPeople(main, context, organizationId) };
  }
  const training = /^#\/organizations\/([0-9a-fA-F-]{36})\/training$/.exec(hash);
  if (training && context.canSeePeople) {
    return { id: 'training', title: 'Отбор и обучение наставников', render: (main) => renderTraining(main, context, training[1].toLowerCase()) };
  }
  const matching = /^#\/organizations\/([0-9a-fA-F-]{36})\/matching$/.exec(hash);
  if (matching && context.canSeePeople) {
    return { id: 'matching', title: 'Подбор пар', render: (main) => renderMatching(main, context, matching[1].toLowerCase()) };
  }
  const pairs = /^#\/organizations\/([0-9a-fA-F-]{36})\/pairs$/.exec(hash);
  if (pairs && context.canSeePeople) {
    return { id: 'pairs', title: 'Пары и группы', render: (main) => renderPairs(main, context, pairs[1].toLowerCase()) };
  }
  const questionnaires = /^#\/questionnaires(?:\/([0-9a-fA-F-]{36})\/(fill|edit))?$/.exec(hash);
  if (questionnaires && context.kind === 'school') {
    return { id: 'questionnaires', title: 'Анкеты', render: (main) => renderQuestionnaires(main, context, questionnaires[1], questionnaires[2]) };
  }
  const staffImport = /^#\/organizations\/([0-9a-fA-F-]{36})\/import$/.exec(hash);
  if (staffImport && context.canSeePeople) {
    return { id: 'import', title: 'Импорт списка сотрудников', render: (main) => renderImport(main, context, staffImport[1].toLowerCase()) };
  }
  const programme = /^#\/pairs\/([0-9a-fA-F-]{36})\/programme$/.exec(hash);
  if (programme) {
    return { id: 'todos', title: 'Программа наставничества', render: (main) => renderProgramme(main, context, programme[1].toLowerCase()) };
  }
  const diagnostics = /^#\/diagnostics(?:\/(assignments|people)\/([0-9a-fA-F-]{36}))?$/.exec(hash);
  if (diagnostics) {
    return { id: 'diagnostics', title: 'Диагностика и анкетирование', render: (main) => renderDiagnostics(main, context, diagnostics[1], diagnostics[2]?.toLowerCase()) };
  }
  if (hash === '#/todos' && context.kind === 'school') {
    return { id: 'todos', title: 'Мои задачи', render: (main) => renderTodos(main, context) };
  }
  if (hash === '#/profile') {
    return { id: 'profile', title: 'Мой профиль', render: (main) => renderProfile(main, context) };
  }
  return { id: 'directory', title: 'Справочник организаций', render: (main) => renderDirectory(main, context), canonical: '#/directory' };
}

export async function startPortal(kind) {
  const main = document.getElementById('content');
  let session;
  try {
    session = await fetchSession();
  } catch (error) {
    main.replaceChildren(h('h1', { class: 'h3' }, 'Не удалось открыть портал'), problemAlert(asProblemError(error)),
      h('button', { class: 'btn btn-primary', type: 'button', onclick: () => window.location.reload() }, 'Повторить'));
    return;
  }
  if (!session) {
    startLogin();
    return;
  }
  if (portalOf(session) !== PORTALS[kind]) {
    // A regional user who opened the school portal (or the reverse) goes to their own.
    window.location.replace(portalOf(session));
    return;
  }
  const context = new PortalContext(session, kind);
  await context.loadOrganizations();
  const header = document.getElementById('header');
  const show = () => {
    const screen = resolve(window.location.hash, context);
    if (screen.canonical && window.location.hash !== screen.canonical) {
      window.history.replaceState(null, '', screen.canonical);
    }
    renderHeader(header, context, screen.id);
    document.title = `${screen.title} — ${PORTAL_TITLES[kind]} — Наставник`;
    Promise.resolve(screen.render(main)).catch((error) => main.replaceChildren(problemAlert(asProblemError(error))));
    main.focus({ preventScroll: true });
  };
  context.addEventListener('organizationchange', (event) => {
    // On the people or the dashboard of my previous organization, follow the switch; elsewhere just redraw.
    if (/^#\/organizations\/[^/]+\/people$/.test(window.location.hash)) {
      window.location.hash = `#/organizations/${event.detail}/people`;
    } else if (/^#\/dashboard\/organization\//.test(window.location.hash)) {
      window.location.hash = `#/dashboard/organization/${event.detail}`;
    } else {
      show();
    }
  });
  window.addEventListener('hashchange', show);
  show();
}

function renderHeader(header, context, activeId) {
  const { session } = context;
  const navLinks = navigation(context).map((item) => (item.children
    ? navMenu(item, activeId)
    : h('li', { class: 'nav-item' }, navLink(item, activeId, 'nav-link'))));
  // replaceChildren() would print a null (no organization bar) as the text "null": filter it out.
  header.replaceChildren(...[h('nav', { class: 'navbar navbar-expand-lg portal-navbar', 'data-bs-theme': 'dark', 'aria-label': 'Основное меню' },
    h('div', { class: 'container-xl' },
      h('a', { class: 'navbar-brand d-flex align-items-center gap-2', href: '#/directory' },
        h('img', { src: '/assets/logo.svg', alt: '', width: '28', height: '28' }),
        h('span', { class: 'brand-name' }, 'Наставник'),
        h('span', { class: 'portal-kind d-none d-sm-inline d-lg-none d-xxl-inline' }, PORTAL_TITLES[context.kind])),
      h('button', {
        class: 'navbar-toggler', type: 'button', 'data-bs-toggle': 'collapse', 'data-bs-target': '#main-nav',
        'aria-controls': 'main-nav', 'aria-expanded': 'false', 'aria-label': 'Открыть меню',
      }, h('span', { class: 'navbar-toggler-icon' })),
      h('div', { class: 'collapse navbar-collapse', id: 'main-nav' },
        h('ul', { class: 'navbar-nav me-auto mb-2 mb-lg-0' }, navLinks),
        h('div', { class: 'd-flex flex-column flex-lg-row align-items-lg-center gap-2 gap-lg-3 pb-2 pb-lg-0' },
          h('div', { class: 'user-info text-white lh-sm' },
            h('div', { class: 'fw-semibold user-name' }, session.fullName || session.username),
            h('div', { class: 'small opacity-75 user-role' }, rolesLabel(session.roles))),
          h('button', { class: 'btn btn-outline-light btn-sm logout', type: 'button', id: 'logout', onclick: logout }, 'Выйти'))))),
  organizationBar(context)].filter(Boolean));
}

function navLink(item, activeId, linkClass) {
  const active = item.id === activeId;
  return h('a', {
    class: `${linkClass}${active ? ' active' : ''}`, href: item.href, 'aria-current': active ? 'page' : null,
    dataset: { nav: item.id }, onclick: collapseMenu,
  }, item.label);
}

/** A dropdown of navigation entries; its toggle shows as active when one of them is the current screen. */
function navMenu(item, activeId) {
  const active = item.children.some((child) => child.id === activeId);
  return h('li', { class: 'nav-item dropdown' },
    h('a', {
      class: `nav-link dropdown-toggle${active ? ' active' : ''}`, href: '#', role: 'button', 'data-bs-toggle': 'dropdown',
      'aria-expanded': 'false', dataset: { nav: item.id }, onclick: (event) => event.preventDefault(),
    }, item.label),
    h('ul', { class: 'dropdown-menu' }, item.children.map((child) => h('li', {}, navLink(child, activeId, 'dropdown-item')))));
}

/**
 * The organization the user works in, under the navigation and outside the collapsing menu (switching is frequent,
 * also on a phone): a select for users acting for several organizations, the name alone for one.
 */
function organizationBar(context) {
  const ids = context.organizationIds;
  if (ids.length === 0) {
    return null;
  }
  let control;
  if (ids.length === 1) {
    control = h('span', { class: 'fw-semibold current-organization' }, context.organizationName(ids[0]));
  } else {
    control = h('select', { class: 'form-select form-select-sm organization-switcher', id: 'organization-switcher' },
      ids.map((id) => h('option', { value: id }, context.organizationName(id))));
    control.value = context.currentOrganizationId;
    control.addEventListener('change', () => {
      context.currentOrganizationId = control.value;
    });
  }
  return h('div', { class: 'organization-bar border-bottom bg-white' },
    h('div', { class: 'container-xl d-flex flex-wrap align-items-center gap-2 py-2' },
      h(ids.length === 1 ? 'span' : 'label', { class: 'text-body-secondary small', for: ids.length === 1 ? null : 'organization-switcher' },
        'Организация:'),
      control));
}

/** On a phone the menu covers the page; close it once the user has chosen where to go. */
function collapseMenu() {
  const menu = document.getElementById('main-nav');
  if (menu?.classList.contains('show') && window.bootstrap) {
    window.bootstrap.Collapse.getOrCreateInstance(menu, { toggle: false }).hide();
  }
}

const kind = document.body.dataset.portal;
if (kind) {
  startPortal(kind);
}
