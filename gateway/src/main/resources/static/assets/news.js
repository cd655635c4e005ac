// «Новости» (#/news): the «Наставничество» section of the current organization's website — the curator writes and
// edits news (title, body in the safe markup subset, date, rubric) and keeps the content plan; a news item may
// fulfil a planned entry. The same news reach the public feeds and the widget.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert } from './dom.js';
import { submitting } from './forms.js';
import { dateLabel } from './labels.js';
import { API, field, fill, richText, richField } from './publishing.js';

const RUBRICS = ['Новости наставничества', 'Нормативные документы', 'Лучшие практики', 'Мероприятия', 'Наши наставники'];

const today = () => new Date().toISOString().substring(0, 10);

export async function renderNews(main, context, editing = null) {
  const org = context.currentOrganizationId;
  main.replaceChildren(spinner());
  let news;
  let plan;
  try {
    [news, plan] = await Promise.all([request(`${API}/organizations/${org}/news`), request(`${API}/organizations/${org}/content-plan`)]);
  } catch (error) {
    fill(main, h('h1', { class: 'h3' }, 'Новости'), problemAlert(asProblemError(error)));
    return;
  }
  news = news ?? [];
  plan = plan ?? [];
  const reload = (item = null) => renderNews(main, context, item);
  const rubrics = h('datalist', { id: 'news-rubrics' }, [...new Set([...RUBRICS, ...news.map((n) => n.rubric), ...plan.map((p) => p.rubric)])]
    .map((r) => h('option', { value: r })));

  const status = h('div', { class: 'form-status mt-2', 'aria-live': 'polite' });
  const open = plan.filter((p) => !p.newsId);
  const planSelect = h('select', { class: 'form-select', id: 'news-plan', name: 'planEntryId' }, h('option', { value: '' }, 'Вне контент-плана'),
    open.map((p) => h('option', { value: p.id }, `${dateLabel(p.plannedOn)}: ${p.topic}`)));
  const newsForm = h('form', { class: 'card card-body mb-4', id: 'news-form', novalidate: true },
    h('h2', { class: 'h5' }, editing ? 'Изменить новость' : 'Новая новость'),
    h('div', { class: 'row g-3' },
      field('Заголовок', h('input', { class: 'form-control', id: 'news-title', name: 'title', maxlength: '300', required: true, value: editing?.title ?? '' })),
      richField('Текст', h('textarea', { class: 'form-control', id: 'news-body', name: 'body', rows: '5' }, editing?.body ?? '')),
      field('Дата', h('input', { class: 'form-control', type: 'date', id: 'news-date', name: 'date', required: true, value: editing?.date ?? today() }), { cls: 'col-12 col-md-4' }),
      field('Рубрика', h('input', { class: 'form-control', id: 'news-rubric', name: 'rubric', list: 'news-rubrics', maxlength: '100', required: true, value: editing?.rubric ?? RUBRICS[0] }), { cls: 'col-12 col-md-4' }),
      editing ? null : field('Запись контент-плана', planSelect, { cls: 'col-12 col-md-4' }),
      h('div', { class: 'col-12 d-flex flex-wrap gap-2' },
        h('button', { class: 'btn btn-primary', type: 'submit', id: 'save-news' }, editing ? 'Сохранить изменения' : 'Опубликовать'),
        editing ? h('button', { class: 'btn btn-outline-secondary', type: 'button', onclick: () => reload() }, 'Отмена') : null)),
    rubrics,
    status);
  submitting(newsForm, status, async () => {
    const values = {
      title: newsForm.elements.title.value.trim(),
      body: newsForm.elements.body.value,
      date: newsForm.elements.date.value || null,
      rubric: newsForm.elements.rubric.value.trim(),
    };
    if (editing) {
      await request(`${API}/news/${editing.id}`, { method: 'PUT', body: { ...values, version: editing.version } });
    } else {
      await request(`${API}/organizations/${org}/news`, { method: 'POST', body: { ...values, planEntryId: planSelect.value || null } });
    }
    await reload();
  });

  const planStatus = h('div', { class: 'form-status mt-2', 'aria-live': 'polite' });
  const planForm = h('form', { class: 'row g-2 align-items-end mb-3', id: 'plan-form', novalidate: true },
    field('Тема', h('input', { class: 'form-control', id: 'plan-topic', name: 'topic', maxlength: '300' }), { cls: 'col-12' }),
    field('Рубрика', h('input', { class: 'form-control', id: 'plan-rubric', name: 'rubric', list: 'news-rubrics', maxlength: '100', value: RUBRICS[0] }), { cls: 'col-12 col-sm-7' }),
    field('Дата', h('input', { class: 'form-control', type: 'date', id: 'plan-date', name: 'plannedOn' }), { cls: 'col-12 col-sm-5' }),
    h('div', { class: 'col-12' }, h('button', { class: 'btn btn-outline-primary', type: 'submit' }, 'Добавить в план')),
    h('div', { class: 'col-12' }, planStatus));
  submitting(planForm, planStatus, async () => {
    await request(`${API}/organizations/${org}/content-plan`, {
      method: 'POST',
      body: { topic: planForm.elements.topic.value.trim(), rubric: planForm.elements.rubric.value.trim(), plannedOn: planForm.elements.plannedOn.value || null },
    });
    await reload();
  });

  const sorted = [...news].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  fill(main,
    h('h1', { class: 'h3' }, 'Новости раздела «Наставничество»'),
    h('p', { class: 'text-body-secondary' }, context.organizationName(org),
      ' · новости попадают в ленты и виджет сайта (', h('a', { href: '#/feeds' }, 'Лента и виджет'), ').'),
    h('div', { class: 'row g-4' },
      h('div', { class: 'col-12 col-xl-7' },
        newsForm,
        h('h2', { class: 'h5' }, 'Опубликованные новости'),
        sorted.length
          ? h('div', { class: 'news-list' }, sorted.map((item) => h('article', { class: 'card mb-2 news-item', dataset: { newsId: item.id } }, h('div', { class: 'card-body' },
            h('div', { class: 'd-flex flex-wrap justify-content-between gap-2' },
              h('h3', { class: 'h6 mb-1 news-title' }, item.title),
              h('button', { class: 'btn btn-sm btn-outline-secondary edit-news', type: 'button', onclick: () => reload(item) }, 'Изменить')),
            h('div', { class: 'small text-body-secondary mb-2' }, `${dateLabel(item.date)} · ${item.rubric}`),
            richText(item.body, 'rich-text small news-body')))))
          : h('div', { class: 'card card-body text-body-secondary news-empty' }, 'Новостей пока нет.')),
      h('div', { class: 'col-12 col-xl-5' },
        h('section', { class: 'card card-body' },
          h('h2', { class: 'h5' }, 'Контент-план'),
          planForm,
          plan.length
            ? h('ul', { class: 'list-group content-plan' }, [...plan].sort((a, b) => (a.plannedOn ?? '').localeCompare(b.plannedOn ?? '')).map((p) => h('li', { class: 'list-group-item plan-entry', dataset: { entryId: p.id } },
              h('div', { class: 'fw-semibold' }, p.topic),
              h('div', { class: 'small text-body-secondary' }, `${dateLabel(p.plannedOn)} · ${p.rubric} · `,
                p.newsId ? h('span', { class: 'text-success' }, 'выполнено') : h('span', {}, 'запланировано')))))
            : h('p', { class: 'text-body-secondary small mb-0' }, 'В плане пока ничего нет.')))));
  if (editing) {
    newsForm.scrollIntoView({ block: 'start' });
  }
}
