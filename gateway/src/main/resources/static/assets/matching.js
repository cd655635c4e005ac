// Screen: the curator's matching workspace. Weights of each criterion, network mentoring, «Подобрать пары»; then the
// proposals with each criterion's points and the next-best mentors, accept (as proposed or with an alternative),
// reject, and the mentees left without a pair with the reason. Names come from participant-service's bank, which
// audits who saw them; pairing itself knows people only by id.

import { request, asProblemError } from './api.js';
import { h, spinner, problemAlert } from './dom.js';

const CRITERIA = [
  ['COMPETENCY_COVERAGE', 'Компетенции наставника покрывают запросы', 40],
  ['MUTUAL_CHOICE', 'Взаимный выбор на нетворкинг-встрече', 20],
  ['SHARED_SUBJECT', 'Общий предмет', 15],
  ['EXPERIENCE_GAP', 'Разница в стаже', 10],
  ['SAME_ORGANIZATION', 'Одна организация', 10],
  ['MENTORING_FORM', 'Желаемая форма наставничества', 5],
  ['EARLIER_ROUND_PRIORITY', 'Остался без пары в прошлом туре', 15],
];

const UNMATCHED_REASONS = {
  NO_CONSENT: 'нет согласия на обработку персональных данных',
  NO_REQUESTS: 'не записаны профессиональные запросы',
  NO_COMPETENT_MENTOR: 'ни один доступный наставник не владеет нужными компетенциями',
  CAPACITY_USED_UP: 'у подходящих наставников нет свободных мест',
};

const ROLE_MODELS = [['TEACHER_TEACHER', 'учитель – учитель'], ['MANAGER_TEACHER', 'руководитель – учитель'],
  ['PUPIL_PUPIL', 'ученик – ученик'], ['STUDENT_PUPIL', 'студент – ученик'], ['STUDENT_STUDENT', 'студент – студент'],
  ['EMPLOYER_STUDENT', 'работодатель – студент']];
const FORMATS = [['TRADITIONAL', 'традиционная'], ['SHORT_TERM', 'краткосрочная'], ['SITUATIONAL', 'ситуационная'],
  ['SPEED', 'скоростная'], ['VIRTUAL', 'виртуальная'], ['REVERSE', 'реверсивная']];

export async function renderMatching(main, context, organizationId) {
  main.replaceChildren(spinner());
  let names;
  try {
    names = await loadNames(organizationId);
  } catch (error) {
    main.replaceChildren(h('h1', { class: 'h3' }, 'Подбор пар'), problemAlert(asProblemError(error)));
    return;
  }
  const result = h('section', { class: 'matching-result', 'aria-live': 'polite' });
  const weights = Object.fromEntries(CRITERIA.map(([code, , points]) => [code, points]));
  const network = h('input', { class: 'form-check-input', type: 'checkbox', id: 'network-mentoring' });
  const run = h('button', { class: 'btn btn-primary', type: 'button', id: 'run-matching' }, 'Подобрать пары');
  run.addEventListener('click', async () => {
    run.disabled = true;
    result.replaceChildren(spinner('Подбираем оптимальные пары…'));
    try {
      const round = await request(`/api/pairing/organizations/${organizationId}/matching-rounds`,
        { method: 'POST', body: { weights, networkMentoring: network.checked } });
      showRound(result, round, names);
    } catch (error) {
      result.replaceChildren(problemAlert(asProblemError(error)));
    } finally {
      run.disabled = false;
    }
  });
  main.replaceChildren(
    h('h1', { class: 'h3 mb-1' }, 'Подбор пар'),
    h('p', { class: 'text-body-secondary' }, 'Оптимальное распределение наставляемых между наставниками с учётом '
      + 'компетенций, выбора участников и свободных мест. Каждое предложение можно принять, заменить наставника или отклонить.'),
    h('div', { class: 'card mb-4' }, h('div', { class: 'card-body' },
      h('h2', { class: 'h6' }, 'Вес критериев (баллы при полном совпадении)'),
      h('div', { class: 'row g-3' }, CRITERIA.map(([code, label]) => weightField(code, label, weights))),
      h('div', { class: 'form-check mt-3' }, network,
        h('label', { class: 'form-check-label', for: 'network-mentoring' }, 'Сетевое наставничество: наставники других организаций муниципалитета')),
      h('div', { class: 'mt-3' }, run))),
    result);
}

function weightField(code, label, weights) {
  const input = h('input', { class: 'form-range', type: 'range', min: '0', max: '100', step: '5', value: String(weights[code]),
    id: `weight-${code}`, name: code });
  const shown = h('span', { class: 'badge text-bg-light ms-2' }, String(weights[code]));
  input.addEventListener('input', () => {
    weights[code] = Number(input.value);
    shown.textContent = input.value;
  });
  return h('div', { class: 'col-12 col-md-6' }, h('label', { class: 'form-label small', for: `weight-${code}` }, label, shown), input);
}

/** Names of the organization's bank by id (mentors and mentees), fetched page by page. */
async function loadNames(organizationId) {
  const names = new Map();
  for (let page = 0; page < 20; page++) {
    const found = await request(`/api/participants/organizations/${organizationId}/bank?size=500&page=${page}`);
    found.items.forEach((item) => names.set(item.person.id, item.person.fullName));
    if ((page + 1) * found.size >= found.total) {
      break;
    }
  }
  return names;
}

function nameOf(names, id) {
  return names.get(id) ?? 'наставник другой организации';
}

function showRound(result, round, names) {
  const rows = round.proposals.map((proposal) => proposalCard(round, proposal, names));
  const unmatched = Object.entries(round.unmatched ?? {});
  result.replaceChildren(
    h('p', { class: 'round-summary' }, `Предложено пар: ${round.proposals.length}. Суммарный балл: ${round.totalScore}. `
      + `Без пары: ${unmatched.length}.`),
    h('div', { class: 'd-flex flex-column gap-3 proposals' }, rows),
    unmatched.length
      ? h('section', { class: 'mt-4 unmatched' }, h('h2', { class: 'h5' }, 'Остались без пары (продолжаем поиск)'),
        h('ul', { class: 'list-group' }, unmatched.map(([id, reason]) => h('li', { class: 'list-group-item unmatched-item' },
          h('span', { class: 'fw-semibold' }, nameOf(names, id)), ' — ', UNMATCHED_REASONS[reason] ?? reason))))
      : null);
}

function proposalCard(round, proposal, names) {
  const status = h('div', { class: 'proposal-status small' });
  const mentor = h('select', { class: 'form-select form-select-sm', name: 'mentorId' },
    h('option', { value: proposal.mentorId }, `${nameOf(names, proposal.mentorId)} — ${proposal.score} б.`),
    proposal.alternatives.map((a) => h('option', { value: a.mentorId },
      `${nameOf(names, a.mentorId)} — ${a.score} б.${a.hasRoomLeft ? '' : ' (мест нет)'}`)));
  const roleModel = select('roleModel', ROLE_MODELS);
  const format = select('format', FORMATS);
  const startsOn = h('input', { class: 'form-control form-control-sm', type: 'date', name: 'startsOn', value: defaultStart() });
  const endsOn = h('input', { class: 'form-control form-control-sm', type: 'date', name: 'endsOn', value: defaultEnd() });
  const accept = h('button', { class: 'btn btn-success btn-sm accept', type: 'button' }, 'Принять');
  const reject = h('button', { class: 'btn btn-outline-secondary btn-sm reject', type: 'button' }, 'Отклонить');
  const base = `/api/pairing/matching-rounds/${round.id}/proposals/${proposal.menteeId}`;
  accept.addEventListener('click', async () => {
    try {
      await request(`${base}/acceptance`, { method: 'POST', body: { mentorId: mentor.value, roleModel: roleModel.value,
        format: format.value, startsOn: startsOn.value, endsOn: endsOn.value } });
      decided(status, 'Пара сформирована.', [accept, reject, mentor]);
    } catch (error) {
      status.replaceChildren(problemAlert(asProblemError(error)));
    }
  });
  reject.addEventListener('click', async () => {
    try {
      await request(`${base}/rejection`, { method: 'POST' });
      decided(status, 'Отклонено: наставляемый остаётся в поиске и получит приоритет в следующем туре.', [accept, reject, mentor]);
    } catch (error) {
      status.replaceChildren(problemAlert(asProblemError(error)));
    }
  });
  const reasons = CRITERIA.filter(([code]) => (proposal.contributions[code] ?? 0) > 0)
    .map(([code, label]) => h('li', {}, `${label}: +${proposal.contributions[code]}`));
  return h('article', { class: 'card proposal', dataset: { mentee: proposal.menteeId } }, h('div', { class: 'card-body' },
    h('div', { class: 'd-flex flex-wrap justify-content-between gap-2' },
      h('h3', { class: 'h6 mb-1 proposal-mentee' }, nameOf(names, proposal.menteeId)),
      h('span', { class: 'badge text-bg-primary proposal-score' }, `${proposal.score} баллов`)),
    h('div', { class: 'small text-body-secondary mb-2' }, 'Наставник: ',
      h('span', { class: 'proposal-mentor fw-semibold text-body' }, nameOf(names, proposal.mentorId))),
    h('ul', { class: 'small mb-2 proposal-reasons' }, reasons),
    h('div', { class: 'row g-2 align-items-end' },
      h('div', { class: 'col-12 col-lg-4' }, h('label', { class: 'form-label small' }, 'Наставник (или альтернатива)', mentor)),
      h('div', { class: 'col-6 col-lg-2' }, h('label', { class: 'form-label small' }, 'Модель', roleModel)),
      h('div', { class: 'col-6 col-lg-2' }, h('label', { class: 'form-label small' }, 'Формат', format)),
      h('div', { class: 'col-6 col-lg-2' }, h('label', { class: 'form-label small' }, 'Начало', startsOn)),
      h('div', { class: 'col-6 col-lg-2' }, h('label', { class: 'form-label small' }, 'Окончание', endsOn))),
    h('div', { class: 'd-flex gap-2 mt-2' }, accept, reject), status));
}

function select(name, options) {
  return h('select', { class: 'form-select form-select-sm', name }, options.map(([value, label]) => h('option', { value }, label)));
}

function decided(status, text, controls) {
  controls.forEach((c) => { c.disabled = true; });
  status.replaceChildren(h('div', { class: 'alert alert-success py-1 px-2 mb-0 mt-2 decided' }, text));
}

/** A programme starts now and ends with the academic year (31 May), or next year's if May has passed. */
function defaultStart() {
  return new Date().toISOString().slice(0, 10);
}

function defaultEnd() {
  const now = new Date();
  const year = now.getMonth() >= 4 ? now.getFullYear() + 1 : now.getFullYear();
  return `${year}-05-31`;
}
