// The «Публикации» menu and its screens: the bank of practices, the school's own practices and candidates,
// moderation, contests, news, feeds and the widget, the final collection. Entries follow the roles the publication
// service grants (it decides on every call; this only keeps the menu from offering what would be refused).

import { hasRole } from './session.js';
import { renderPracticeSearch, renderPractice, renderPracticeEditor, renderMyPractices } from './practices.js';
import { canModerate, renderModeration } from './moderation.js';
import { renderContests, renderContest } from './contests.js';
import { renderNews } from './news.js';
import { renderFeeds } from './feeds.js';
import { renderCollection } from './collection.js';

const UUID = '([0-9a-fA-F-]{36})';

function schoolCurator(context) {
  return context.kind === 'school' && hasRole(context.session, 'SCHOOL_CURATOR') && Boolean(context.currentOrganizationId);
}

function curator(context) {
  return schoolCurator(context) || canModerate(context);
}

export function publicationsNavigation(context) {
  const children = [{ id: 'practices', href: '#/practices', label: 'Банк практик' }];
  if (schoolCurator(context)) {
    children.push({ id: 'my-practices', href: '#/practices/mine', label: 'Мои практики' });
  }
  if (canModerate(context)) {
    children.push({ id: 'moderation', href: '#/moderation', label: 'Модерация' });
  }
  if (curator(context)) {
    children.push({ id: 'contests', href: '#/contests', label: 'Конкурсы' });
  }
  if (schoolCurator(context)) {
    children.push({ id: 'news', href: '#/news', label: 'Новости' });
  }
  if (curator(context)) {
    children.push({ id: 'feeds', href: '#/feeds', label: 'Лента и виджет' });
  }
  if (schoolCurator(context)) {
    children.push({ id: 'collection', href: '#/collection', label: 'Итоговый сборник' });
  }
  // A mentor or mentee only reads the bank: one link, not a menu of one.
  return children.length === 1 ? [{ ...children[0], label: 'Практики' }] : [{ id: 'publications', label: 'Публикации', children }];
}

/** The publication screen for a hash, or null when the hash is not one of them. */
export function resolvePublications(hash, context) {
  const search = /^#\/practices(?:\?(.*))?$/.exec(hash);
  if (search) {
    return { id: 'practices', title: 'Банк практик', render: (main) => renderPracticeSearch(main, context, new URLSearchParams(search[1] ?? '')) };
  }
  if (hash === '#/practices/mine' && schoolCurator(context)) {
    return { id: 'my-practices', title: 'Мои практики', render: (main) => renderMyPractices(main, context) };
  }
  if (hash === '#/practices/new' && schoolCurator(context)) {
    return { id: 'my-practices', title: 'Новая практика', render: (main) => renderPracticeEditor(main, context, null) };
  }
  const edit = new RegExp(`^#/practices/${UUID}/edit$`).exec(hash);
  if (edit && schoolCurator(context)) {
    return { id: 'my-practices', title: 'Редактирование практики', render: (main) => renderPracticeEditor(main, context, edit[1].toLowerCase()) };
  }
  const practice = new RegExp(`^#/practices/${UUID}$`).exec(hash);
  if (practice) {
    return { id: 'practices', title: 'Практика', render: (main) => renderPractice(main, context, practice[1].toLowerCase()) };
  }
  if (hash === '#/moderation' && canModerate(context)) {
    return { id: 'moderation', title: 'Модерация практик', render: (main) => renderModeration(main, context) };
  }
  if (hash === '#/contests' && curator(context)) {
    return { id: 'contests', title: 'Конкурсы практик', render: (main) => renderContests(main, context) };
  }
  const contest = new RegExp(`^#/contests/${UUID}$`).exec(hash);
  if (contest && curator(context)) {
    return { id: 'contests', title: 'Конкурс практик', render: (main) => renderContest(main, context, contest[1].toLowerCase()) };
  }
  if (hash === '#/news' && schoolCurator(context)) {
    return { id: 'news', title: 'Новости', render: (main) => renderNews(main, context) };
  }
  if (hash === '#/feeds' && curator(context)) {
    return { id: 'feeds', title: 'Лента и виджет', render: (main) => renderFeeds(main, context) };
  }
  if (hash === '#/collection' && schoolCurator(context)) {
    return { id: 'collection', title: 'Итоговый сборник', render: (main) => renderCollection(main, context) };
  }
  return null;
}
