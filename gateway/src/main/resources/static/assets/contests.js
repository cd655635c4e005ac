// «Конкурсы» (#/contests, #/contests/{id}): contests of best practices of the region. The regional institute and
// municipal curators announce them (nominations, jury by login); school curators enter their accepted practices; jurors
// score each entry 0–10 while judging; the organizer closes the contest, which fixes the winners of each nomination.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert } from './dom.js';
import { submitting } from './forms.js';
import { hasRole } from './session.js';
import { API, field, organizationLabel, fill } from './publishing.js';

const CONTEST_STATUS = { OPEN: 'приём заявок', JUDGING: 'оценка жюри', CLOSED: 'итоги подведены' };
const STATUS_COLOURS = { OPEN: 'text-bg-success', JUDGING: 'text-bg-warning', CLOSED: 'text-bg-secondary' };

function canAnnounce(context) {
  return hasRole(context.session, 'REGION_ADMIN') || (hasRole(context.session, 'MUNICIPAL_CURATOR') && Boolean(context.session.municipalityId));
}

function isOrganizer(context, contest) {
  return contest.municipalityId
    ? hasRole(context.session, 'MUNICIPAL_CURATOR') && context.session.municipalityId === contest.municipalityId
    : hasRole(context.session, 'REGION_ADMIN');
}

function contestBadge(status) {
  return h('span', { class: `badge rounded-pill ${STATUS_COLOURS[status] ?? 'text-bg-secondary'} contest-status`, dataset: { status } }, CONTEST_STATUS[status] ?? status);
}

const lines = (text) => text.split('\n').map((s) => s.trim()).filter(Boolean);

export async function renderContests(main, context) {
  fill(main, spinner());
  let contests;
  try {
    contests = await request(`${API}/contests`) ?? [];
  } catch (error) {
    fill(main, h('h1', { class: 'h3' }, 'Конкурсы практик'), problemAlert(asProblemError(error)));
    return;
  }
  let form = null;
  if (canAnnounce(context)) {
    const status = h('div', { class: 'form-status mt-2', 'aria-live': 'polite' });
    form = h('form', { class: 'card card-body mb-4', id: 'contest-form', novalidate: true },
      h('h2', { class: 'h5' }, hasRole(context.session, 'REGION_ADMIN') ? 'Объявить региональный конкурс' : 'Объявить муниципальный конкурс'),
      h('div', { class: 'row g-3' },
        field('Название конкурса', h('input', { class: 'form-control', id: 'contest-name', name: 'name', maxlength: '300', required: true })),
        field('Номинации (по одной в строке)', h('textarea', { class: 'form-control', id: 'contest-nominations', name: 'nominations', rows: '3' }), { cls: 'col-12 col-md-6' }),
        field('Жюри: логины (по одному в строке)', h('textarea', { class: 'form-control', id: 'contest-jury', name: 'jury', rows: '3' },
          context.session.username), { cls: 'col-12 col-md-6' }),
        h('div', { class: 'col-12' }, h('button', { class: 'btn btn-primary', type: 'submit' }, 'Объявить конкурс'))),
      status);
    submitting(form, status, async () => {
      const created = await request(`${API}/contests`, {
        method: 'POST',
        body: { name: form.elements.name.value.trim(), nominations: lines(form.elements.nominations.value), jury: lines(form.elements.jury.value) },
      });
      window.location.hash = `#/contests/${created.id}`;
    });
  }
  fill(main, 
    h('h1', { class: 'h3' }, 'Конкурсы практик'),
    h('p', { class: 'text-body-secondary' }, 'Конкурсы лучших практик наставничества региона и муниципалитетов.'),
    form,
    contests.length
      ? h('ul', { class: 'list-group contest-list' }, contests.map((c) => h('li', { class: 'list-group-item d-flex flex-wrap gap-2 align-items-center contest-item', dataset: { contestId: c.id } },
        h('a', { class: 'fw-semibold contest-link', href: `#/contests/${c.id}` }, c.name),
        contestBadge(c.status),
        h('span', { class: 'small text-body-secondary' }, c.municipalityId ? 'муниципальный' : 'региональный',
          ` · номинаций: ${c.nominations.length} · заявок: ${c.entries.length}`))))
      : h('div', { class: 'card card-body text-body-secondary' }, 'Конкурсов пока нет.'));
}

export async function renderContest(main, context, id) {
  fill(main, spinner());
  let contest;
  try {
    contest = await request(`${API}/contests/${id}`);
  } catch (error) {
    fill(main, h('h1', { class: 'h3' }, 'Конкурс'), problemAlert(asProblemError(error)));
    return;
  }
  const titles = new Map();
  await Promise.all(contest.entries.map((e) => request(`${API}/practices/${e.practiceId}`)
    .then((p) => titles.set(e.practiceId, p.content?.title || 'Без названия'), () => titles.set(e.practiceId, 'Практика недоступна'))));
  const reload = () => renderContest(main, context, id);
  const status = h('div', { class: 'contest-action-status', 'aria-live': 'polite' });
  const stageButton = (label, path, cls) => h('button', {
    class: `btn ${cls}`, type: 'button',
    onclick: async (event) => {
      event.currentTarget.disabled = true;
      try {
        await request(`${API}/contests/${id}/${path}`, { method: 'POST' });
        await reload();
      } catch (error) {
        status.replaceChildren(problemAlert(asProblemError(error)));
        event.currentTarget.disabled = false;
      }
    },
  }, label);
  const organizer = isOrganizer(context, contest);
  const juror = contest.jury.includes(context.session.username);
  const nominationName = new Map(contest.nominations.map((n) => [n.id, n.name]));
  const average = (entryId) => {
    const scores = contest.scores.filter((s) => s.entryId === entryId);
    return scores.length ? (scores.reduce((sum, s) => sum + s.score, 0) / scores.length).toLocaleString('ru-RU', { maximumFractionDigits: 2 }) : '—';
  };
  const myScore = (entryId) => contest.scores.find((s) => s.entryId === entryId && s.juror === context.session.username)?.score;
  const scoreForm = (entry) => {
    const inputId = `score-${entry.id}`;
    const input = h('input', { class: 'form-control form-control-sm score-input', type: 'number', min: '0', max: '10', step: '1', id: inputId, name: 'score', value: myScore(entry.id) ?? '', style: 'width: 5rem' });
    const formStatus = h('div', {});
    const form = h('form', { class: 'd-flex flex-wrap gap-2 align-items-end score-form', novalidate: true },
      h('div', {}, h('label', { class: 'form-label small mb-0', for: inputId }, 'Оценка 0–10'), input, h('div', { class: 'invalid-feedback' })),
      h('button', { class: 'btn btn-sm btn-outline-primary', type: 'submit' }, 'Оценить'), formStatus);
    submitting(form, formStatus, async () => {
      const score = Number(input.value);
      if (input.value === '' || !Number.isInteger(score) || score < 0 || score > 10) {
        input.classList.add('is-invalid');
        const feedback = form.querySelector('.invalid-feedback');
        feedback.textContent = 'Оценка — целое число от 0 до 10.';
        feedback.classList.add('d-block');
        return;
      }
      await request(`${API}/contests/${id}/scores`, { method: 'POST', body: { entryId: entry.id, score } });
      await reload();
    });
    return form;
  };
  const winners = contest.winners ?? [];
  fill(main, 
    h('nav', { 'aria-label': 'Навигация по разделу' }, h('a', { href: '#/contests', class: 'small' }, '← Все конкурсы')),
    h('div', { class: 'd-flex flex-wrap align-items-center gap-2 mt-2 mb-3' }, h('h1', { class: 'h3 mb-0 contest-title' }, contest.name), contestBadge(contest.status)),
    h('p', { class: 'small text-body-secondary' }, `Жюри: ${contest.jury.join(', ')}`),
    organizer && contest.status !== 'CLOSED' ? h('div', { class: 'd-flex flex-wrap gap-2 mb-3' },
      contest.status === 'OPEN' ? stageButton('Завершить приём заявок и начать оценку', 'judging', 'btn-outline-primary start-judging') : null,
      contest.status === 'JUDGING' ? stageButton('Подвести итоги', 'close', 'btn-primary close-contest') : null) : null,
    status,
    winners.length ? h('section', { class: 'card card-body mb-3 contest-winners' }, h('h2', { class: 'h5' }, 'Победители'),
      h('ul', { class: 'mb-0' }, winners.map((w) => h('li', { class: 'winner', dataset: { practiceId: w.practiceId } },
        `${nominationName.get(w.nominationId) ?? 'Номинация'}: `,
        h('a', { href: `#/practices/${w.practiceId}` }, titles.get(w.practiceId) ?? 'Практика'),
        ` — средний балл ${Number(w.averageScore).toLocaleString('ru-RU', { maximumFractionDigits: 2 })}`)))) : null,
    contest.nominations.map((n) => {
      const entries = contest.entries.filter((e) => e.nominationId === n.id);
      return h('section', { class: 'mb-3 nomination', dataset: { nominationId: n.id } },
        h('h2', { class: 'h5' }, `Номинация «${n.name}»`),
        entries.length ? h('ul', { class: 'list-group' }, entries.map((e) => h('li', { class: 'list-group-item contest-entry', dataset: { entryId: e.id, practiceId: e.practiceId } },
          h('div', { class: 'd-flex flex-wrap gap-2 align-items-center' },
            h('a', { class: 'fw-semibold', href: `#/practices/${e.practiceId}` }, titles.get(e.practiceId)),
            h('span', { class: 'small text-body-secondary' }, organizationLabel(e.organizationId)),
            h('span', { class: 'small entry-average' }, `Средний балл: ${average(e.id)}`)),
          juror && contest.status === 'JUDGING' ? scoreForm(e) : null)))
          : h('p', { class: 'text-body-secondary small' }, 'Заявок нет.'));
    }),
    contest.status === 'OPEN' && hasRole(context.session, 'SCHOOL_CURATOR') && context.currentOrganizationId
      ? await entryForm(context, contest, reload) : null);
}

/** A school curator enters one of the organization's accepted practices. */
async function entryForm(context, contest, done) {
  const practices = (await request(`${API}/practices?organizationId=${context.currentOrganizationId}`).catch(() => []) ?? [])
    .filter((p) => p.organizationId === context.currentOrganizationId && p.level !== 'ORGANIZATION' && p.status !== 'RETURNED_BY_REGION');
  const status = h('div', { class: 'form-status mt-2', 'aria-live': 'polite' });
  if (!practices.length) {
    return h('section', { class: 'card card-body' }, h('h2', { class: 'h5' }, 'Подать заявку'),
      h('p', { class: 'text-body-secondary mb-0' }, 'На конкурс подаются практики, принятые муниципалитетом или регионом. Таких практик у организации пока нет.'));
  }
  const practice = h('select', { class: 'form-select', id: 'entry-practice', name: 'practiceId' }, practices.map((p) => h('option', { value: p.id }, p.content?.title || 'Без названия')));
  const nomination = h('select', { class: 'form-select', id: 'entry-nomination', name: 'nominationId' }, contest.nominations.map((n) => h('option', { value: n.id }, n.name)));
  const form = h('form', { class: 'card card-body', id: 'entry-form', novalidate: true },
    h('h2', { class: 'h5' }, 'Подать заявку'),
    h('div', { class: 'row g-3' }, field('Практика', practice, { cls: 'col-12 col-md-6' }), field('Номинация', nomination, { cls: 'col-12 col-md-6' }),
      h('div', { class: 'col-12' }, h('button', { class: 'btn btn-primary', type: 'submit' }, 'Подать заявку'))),
    status);
  submitting(form, status, async () => {
    await request(`${API}/contests/${contest.id}/entries`, { method: 'POST', body: { practiceId: practice.value, nominationId: nomination.value } });
    await done();
  });
  return form;
}
