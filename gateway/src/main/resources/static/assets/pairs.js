// Screen «Пары и группы»: the organization's mentoring pairs and groups (form, dates, status, written consents),
// forming a pair from the bank, dissolving it or replacing a member with a reason, and the director's orders
// fixing pairs: create, download as DOCX or PDF, download and upload the editable template.
// Names come from participant-service's bank; pairing-service knows ids only, so the page sends the names of the
// people of an order when it asks for the document, and they are not stored.

import { request, asProblemError, xsrfToken, ProblemError, russianProblem } from './api.js';
import { h, spinner, problemAlert } from './dom.js';
import { ROLE_MODEL_LABELS, FORMAT_LABELS, PAIR_CHANGE_REASON_LABELS, pairFormLabel } from './labels.js';

const STATUS_LABELS = { DISSOLVED: 'расформирована', COMPLETED: 'завершена' };

/** «2026-09-15» → «15.09.2026», without time zones. */
export function isoDateLabel(iso) {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso ?? '') ? iso.split('-').reverse().join('.') : '—';
}

function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function statusLabel(pair) {
  if (pair.status !== 'ACTIVE') {
    return STATUS_LABELS[pair.status] ?? pair.status;
  }
  return pair.consentsComplete ? 'действует' : 'ожидает согласий';
}

export async function renderPairs(main, context, organizationId) {
  main.replaceChildren(spinner());
  const screen = new PairsScreen(main, context, organizationId);
  await screen.reload();
}

class PairsScreen {
  constructor(main, context, organizationId) {
    this.main = main;
    this.context = context;
    this.organizationId = organizationId;
    this.panel = h('div', { class: 'pair-action-panel mb-4' });
    this.message = h('div', { class: 'pairs-message', 'aria-live': 'polite' });
  }

  async reload() {
    const id = this.organizationId;
    try {
      const [pairs, orders, bank, candidates] = await Promise.all([
        request(`/api/pairing/organizations/${id}/pairs`),
        request(`/api/pairing/organizations/${id}/orders`),
        request(`/api/participants/organizations/${id}/bank?size=500`),
        request(`/api/pairing/candidates?organizationId=${id}`),
      ]);
      this.pairs = pairs ?? [];
      this.orders = orders ?? [];
      this.names = new Map((bank?.items ?? []).map((item) => [item.person.id, item.person.fullName]));
      const known = new Set((candidates ?? []).map((candidate) => candidate.personId));
      const paired = new Set(this.pairs.filter((p) => p.status === 'ACTIVE').flatMap((p) => p.menteeIds));
      const eligible = (bank?.items ?? []).filter((item) => item.consented && known.has(item.person.id)).map((item) => item.person);
      this.mentors = eligible.filter((person) => person.programmeRole === 'MENTOR_CANDIDATE');
      this.mentees = eligible.filter((person) => person.programmeRole === 'MENTEE_CANDIDATE' && !paired.has(person.id));
    } catch (error) {
      this.main.replaceChildren(h('h1', { class: 'h3' }, 'Пары и группы'), problemAlert(asProblemError(error)));
      return;
    }
    this.draw();
  }

  name(id) {
    return this.names.get(id) ?? 'участник';
  }

  draw() {
    this.panel.replaceChildren();
    this.main.replaceChildren(
      h('h1', { class: 'h3 mb-1' }, 'Пары и группы'),
      h('p', { class: 'text-body-secondary mb-3' }, this.context.organizationName(this.organizationId)),
      this.message,
      h('section', { class: 'mb-4' }, this.pairsTable()),
      this.panel,
      h('div', { class: 'row g-4' },
        h('div', { class: 'col-12 col-xl-6' }, this.formPairForm()),
        h('div', { class: 'col-12 col-xl-6' }, this.ordersSection())));
  }

  say(text) {
    this.message.replaceChildren(h('div', { class: 'alert alert-success py-2 pairs-success' }, text));
  }

  pairsTable() {
    if (!this.pairs.length) {
      return h('div', { class: 'card card-body text-body-secondary empty' }, 'Пар и групп пока нет.');
    }
    return h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle pairs-table mb-0' },
      h('thead', { class: 'table-light' }, h('tr', {},
        ['Наставник', 'Наставляемые', 'Форма', 'Сроки', 'Статус', 'Согласия на участие', ''].map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, this.pairs.map((pair) => this.pairRow(pair)))));
  }

  pairRow(pair) {
    const active = pair.status === 'ACTIVE';
    const people = [pair.mentorId, ...pair.menteeIds];
    const consents = new Map((pair.consents ?? []).map((c) => [c.participantId, c]));
    return h('tr', { class: 'pair-row', dataset: { pairId: pair.id, status: pair.status } },
      h('td', { class: 'fw-semibold pair-mentor' }, this.name(pair.mentorId)),
      h('td', { class: 'pair-mentees' }, pair.menteeIds.map((id) => this.name(id)).join(', ')),
      h('td', { class: 'pair-form' }, pairFormLabel(pair)),
      h('td', { class: 'text-nowrap pair-dates' }, `${isoDateLabel(pair.startsOn)} – ${isoDateLabel(pair.endsOn)}`),
      h('td', { class: 'pair-status' }, statusLabel(pair),
        pair.orderId ? h('div', { class: 'small text-body-secondary' }, 'закреплена приказом') : null,
        pair.dissolution ? h('div', { class: 'small text-body-secondary' },
          `${isoDateLabel(pair.dissolution.dissolvedOn)}, ${PAIR_CHANGE_REASON_LABELS[pair.dissolution.reason] ?? ''}`) : null),
      h('td', { class: 'pair-consents small' }, people.map((person) => {
        const consent = consents.get(person);
        return h('div', { class: 'd-flex gap-2 align-items-center mb-1' },
          h('span', {}, this.name(person)),
          consent
            ? h('span', { class: 'badge text-bg-success consent-recorded' }, `${isoDateLabel(consent.signedOn)}, ${consent.documentRef}`)
            : (active ? h('button', {
              class: 'btn btn-outline-primary btn-sm record-consent', type: 'button', dataset: { personId: person },
              onclick: () => this.consentForm(pair, person),
            }, 'Записать согласие') : h('span', { class: 'text-body-secondary' }, 'нет')));
      })),
      h('td', { class: 'text-nowrap' }, active ? h('div', { class: 'btn-group-vertical btn-group-sm' },
        h('button', { class: 'btn btn-outline-secondary replace-mentee', type: 'button', onclick: () => this.replaceMenteeForm(pair) }, 'Заменить наставляемого'),
        h('button', { class: 'btn btn-outline-secondary replace-mentor', type: 'button', onclick: () => this.replaceMentorForm(pair) }, 'Заменить наставника'),
        h('button', { class: 'btn btn-outline-danger dissolve', type: 'button', onclick: () => this.dissolveForm(pair) }, 'Расформировать')) : null));
  }

  /** A card with fields under the table; {@code send(values)} returns the request promise. */
  actionForm(title, fields, submitLabel, send) {
    const problem = h('div');
    const form = h('form', { class: 'card card-body pair-action', novalidate: true },
      h('h2', { class: 'h6' }, title), fields.map(([label, input]) => h('div', { class: 'mb-2' },
        h('label', { class: 'form-label small mb-1', for: input.id }, label), input)),
      problem,
      h('div', { class: 'd-flex gap-2' },
        h('button', { class: 'btn btn-primary btn-sm', type: 'submit' }, submitLabel),
        h('button', { class: 'btn btn-link btn-sm', type: 'button', onclick: () => this.panel.replaceChildren() }, 'Отмена')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await send();
        await this.reload();
        this.say(`${title}: готово.`);
      } catch (error) {
        problem.replaceChildren(problemAlert(asProblemError(error)));
      }
    });
    this.panel.replaceChildren(form);
    form.scrollIntoView({ block: 'nearest' });
  }

  consentForm(pair, person) {
    const signedOn = input('consent-signed-on', 'date', today());
    const documentRef = input('consent-document', 'text', '');
    this.actionForm(`Письменное согласие: ${this.name(person)}`, [['Дата подписания', signedOn], ['Реквизиты документа', documentRef]],
      'Записать', () => request(`/api/pairing/pairs/${pair.id}/consents`, {
        method: 'POST', body: { participantId: person, signedOn: signedOn.value, documentRef: documentRef.value, version: pair.version },
      }));
  }

  dissolveForm(pair) {
    const on = input('dissolve-on', 'date', today());
    const reason = select('dissolve-reason', PAIR_CHANGE_REASON_LABELS);
    const note = input('dissolve-note', 'text', '');
    this.actionForm('Расформирование пары', [['Дата', on], ['Причина', reason], ['Комментарий (необязательно)', note]],
      'Расформировать', () => request(`/api/pairing/pairs/${pair.id}/dissolution`, {
        method: 'POST', body: { dissolvedOn: on.value, reason: reason.value, note: note.value, version: pair.version },
      }));
  }

  replaceMenteeForm(pair) {
    const leaving = select('leaving-mentee', Object.fromEntries(pair.menteeIds.map((id) => [id, this.name(id)])));
    const joining = select('joining-mentee', Object.fromEntries(this.mentees.map((p) => [p.id, p.fullName])));
    const [on, reason, signedOn, documentRef] = changeFields();
    this.actionForm('Замена наставляемого', [['Выбывает', leaving], ['Вступает', joining], ['Дата', on], ['Причина', reason],
      ['Согласие нового участника: дата', signedOn], ['Согласие: реквизиты документа', documentRef]], 'Заменить',
    () => request(`/api/pairing/pairs/${pair.id}/mentee-replacement`, {
      method: 'POST',
      body: {
        leavingMenteeId: leaving.value, joiningMenteeId: joining.value || null, changedOn: on.value, reason: reason.value,
        consentSignedOn: signedOn.value, consentDocumentRef: documentRef.value, version: pair.version,
      },
    }));
  }

  replaceMentorForm(pair) {
    const mentor = select('new-mentor', Object.fromEntries(this.mentors.filter((p) => p.id !== pair.mentorId).map((p) => [p.id, p.fullName])));
    const [on, reason, signedOn, documentRef] = changeFields();
    this.actionForm('Замена наставника', [['Новый наставник', mentor], ['Дата', on], ['Причина', reason],
      ['Согласие наставника: дата', signedOn], ['Согласие: реквизиты документа', documentRef]], 'Заменить',
    () => request(`/api/pairing/pairs/${pair.id}/mentor-replacement`, {
      method: 'POST',
      body: {
        newMentorId: mentor.value || null, changedOn: on.value, reason: reason.value, consentSignedOn: signedOn.value,
        consentDocumentRef: documentRef.value, version: pair.version,
      },
    }));
  }

  formPairForm() {
    const mentor = select('pair-mentor', Object.fromEntries(this.mentors.map((p) => [p.id, p.fullName])), 'Выберите наставника');
    const mentees = h('div', { class: 'pair-mentee-options border rounded p-2', id: 'pair-mentees' },
      this.mentees.length ? this.mentees.map((p) => h('div', { class: 'form-check' },
        h('input', { class: 'form-check-input', type: 'checkbox', id: `mentee-${p.id}`, value: p.id, name: 'mentee' }),
        h('label', { class: 'form-check-label', for: `mentee-${p.id}` }, p.fullName)))
        : h('span', { class: 'small text-body-secondary' }, 'Нет свободных наставляемых с согласием на обработку данных.'));
    const roleModel = select('pair-role-model', ROLE_MODEL_LABELS);
    const format = select('pair-format', FORMAT_LABELS);
    const startsOn = input('pair-starts-on', 'date', today());
    const endsOn = input('pair-ends-on', 'date', '');
    const problem = h('div');
    const form = h('form', { class: 'card card-body form-pair', novalidate: true },
      h('h2', { class: 'h5' }, 'Сформировать пару или группу'),
      labelled('Наставник', mentor), labelled('Наставляемые (несколько — групповая форма)', mentees),
      labelled('Модель «кто – кого»', roleModel), labelled('Формат', format),
      h('div', { class: 'row g-2' }, h('div', { class: 'col' }, labelled('Начало', startsOn)), h('div', { class: 'col' }, labelled('Окончание', endsOn))),
      problem, h('button', { class: 'btn btn-primary', type: 'submit' }, 'Сформировать'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const menteeIds = [...mentees.querySelectorAll('input:checked')].map((box) => box.value);
      try {
        await request(`/api/pairing/organizations/${this.organizationId}/pairs`, {
          method: 'POST',
          body: { mentorId: mentor.value || null, menteeIds, roleModel: roleModel.value, format: format.value, startsOn: startsOn.value, endsOn: endsOn.value },
        });
        await this.reload();
        this.say('Пара сформирована. Запишите письменные согласия участников, чтобы закрепить её приказом.');
      } catch (error) {
        problem.replaceChildren(problemAlert(asProblemError(error)));
      }
    });
    return form;
  }

  ordersSection() {
    const fixable = this.pairs.filter((p) => p.status === 'ACTIVE' && p.consentsComplete && !p.orderId);
    const number = input('order-number', 'text', '');
    const date = input('order-date', 'date', today());
    const organizationName = input('order-organization', 'text', this.context.organizationName(this.organizationId));
    const curator = input('order-curator', 'text', this.context.session.fullName ?? '');
    const choices = h('div', { class: 'order-pair-options border rounded p-2' }, fixable.length
      ? fixable.map((p) => h('div', { class: 'form-check' },
        h('input', { class: 'form-check-input', type: 'checkbox', id: `order-pair-${p.id}`, value: p.id, checked: true }),
        h('label', { class: 'form-check-label', for: `order-pair-${p.id}` },
          `${this.name(p.mentorId)} — ${p.menteeIds.map((id) => this.name(id)).join(', ')} (${pairFormLabel(p)})`)))
      : h('span', { class: 'small text-body-secondary' }, 'Нет действующих пар со всеми согласиями, ещё не закреплённых приказом.'));
    const problem = h('div');
    const form = h('form', { class: 'card card-body mb-3 order-form', novalidate: true },
      h('h2', { class: 'h5' }, 'Приказ о закреплении пар'),
      h('div', { class: 'row g-2' }, h('div', { class: 'col' }, labelled('Номер', number)), h('div', { class: 'col' }, labelled('Дата', date))),
      labelled('Организация', organizationName), labelled('Куратор (ответственный)', curator), labelled('Пары и группы', choices),
      problem, h('button', { class: 'btn btn-primary', type: 'submit' }, 'Создать приказ'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await request(`/api/pairing/organizations/${this.organizationId}/orders`, {
          method: 'POST',
          body: {
            number: number.value, date: date.value, organizationName: organizationName.value, curatorName: curator.value,
            pairIds: [...choices.querySelectorAll('input:checked')].map((box) => box.value),
          },
        });
        await this.reload();
        this.say('Приказ создан.');
      } catch (error) {
        problem.replaceChildren(problemAlert(asProblemError(error)));
      }
    });
    const list = this.orders.length
      ? h('ul', { class: 'list-group mb-3 orders-list' }, this.orders.map((order) => h('li', {
        class: 'list-group-item d-flex flex-wrap gap-2 align-items-center order-item', dataset: { orderId: order.id },
      },
      h('span', { class: 'me-auto' }, `№ ${order.number} от ${isoDateLabel(order.date)} · пар: ${order.pairIds.length}`),
      h('button', { class: 'btn btn-outline-primary btn-sm download-docx', type: 'button', onclick: () => this.download(order, 'docx') }, 'DOCX'),
      h('button', { class: 'btn btn-outline-primary btn-sm download-pdf', type: 'button', onclick: () => this.download(order, 'pdf') }, 'PDF'))))
      : h('p', { class: 'small text-body-secondary' }, 'Приказов пока нет.');
    return h('section', { class: 'orders' }, form, h('h2', { class: 'h6' }, 'Приказы'), list, this.templateCard());
  }

  /** The document with the names of exactly the order's people (they travel with this request only). */
  async download(order, format) {
    const names = {};
    for (const pair of this.pairs.filter((p) => order.pairIds.includes(p.id))) {
      [pair.mentorId, ...pair.menteeIds].forEach((id) => { names[id] = this.name(id); });
    }
    try {
      const file = await binary(`/api/pairing/orders/${order.id}/document?format=${format}`,
        { method: 'POST', body: JSON.stringify({ names }), type: 'application/json' });
      save(file);
      this.message.replaceChildren(h('div', {
        class: 'alert alert-success py-2 download-done', dataset: { contentType: file.type, fileName: file.name },
      }, `Файл «${file.name}» сформирован и скачан.`));
    } catch (error) {
      this.message.replaceChildren(problemAlert(asProblemError(error)));
    }
  }

  templateCard() {
    const problem = h('div');
    const file = h('input', { class: 'form-control form-control-sm', type: 'file', id: 'order-template-file', accept: '.docx' });
    const upload = h('button', { class: 'btn btn-outline-primary btn-sm', type: 'button' }, 'Загрузить шаблон');
    upload.addEventListener('click', async () => {
      const chosen = file.files?.[0];
      try {
        if (!chosen) {
          throw new ProblemError(russianProblem(400, { title: 'Файл не выбран', detail: 'Выберите файл DOCX с шаблоном приказа.' }));
        }
        await binary(`/api/pairing/organizations/${this.organizationId}/order-template`, {
          method: 'PUT', body: chosen, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        });
        problem.replaceChildren(h('div', { class: 'alert alert-success py-2' }, 'Шаблон сохранён: новые приказы будут сформированы по нему.'));
      } catch (error) {
        problem.replaceChildren(problemAlert(asProblemError(error)));
      }
    });
    return h('div', { class: 'card card-body order-template' },
      h('h2', { class: 'h6' }, 'Шаблон приказа (DOCX)'),
      h('p', { class: 'small text-body-secondary mb-2' },
        'Подстановки: {{номер}}, {{дата}}, {{организация}}, {{заголовок}}, {{куратор}}; в строке таблицы — {{№}}, {{наставник}}, ',
        '{{наставляемые}}, {{форма}}, {{начало}}, {{окончание}}. Размер файла — до 2 МБ.'),
      h('div', { class: 'd-flex flex-wrap gap-2' },
        h('button', {
          class: 'btn btn-outline-secondary btn-sm download-template', type: 'button',
          onclick: async () => {
            try {
              save(await binary(`/api/pairing/organizations/${this.organizationId}/order-template`, { method: 'GET' }));
            } catch (error) {
              problem.replaceChildren(problemAlert(asProblemError(error)));
            }
          },
        }, 'Скачать шаблон'),
        file, upload),
      problem);
  }
}

function input(id, type, value) {
  return h('input', { class: 'form-control form-control-sm', id, type, value });
}

function select(id, options, placeholder) {
  return h('select', { class: 'form-select form-select-sm', id },
    placeholder !== undefined || !Object.keys(options).length ? h('option', { value: '' }, placeholder ?? '— нет вариантов —') : null,
    Object.entries(options).map(([value, label]) => h('option', { value }, label)));
}

function labelled(label, control) {
  return h('div', { class: 'mb-2' }, h('label', { class: 'form-label small mb-1', for: control.id }, label), control);
}

function changeFields() {
  return [input('change-on', 'date', today()), select('change-reason', PAIR_CHANGE_REASON_LABELS),
    input('change-consent-on', 'date', today()), input('change-consent-document', 'text', '')];
}

/**
 * A call whose answer is a file: resolves with {blob, name, type}; a refusal (problem+json) becomes a ProblemError
 * like every other call's.
 */
async function binary(path, { method, body, type }) {
  const headers = { Accept: 'application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/problem+json' };
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = xsrfToken() ?? '';
  }
  if (type) {
    headers['Content-Type'] = type;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', redirect: 'manual' });
  } catch {
    throw new ProblemError(russianProblem(0, { code: 'NETWORK' }));
  }
  if (response.type === 'opaqueredirect') {
    throw new ProblemError(russianProblem(401, { code: 'UNAUTHENTICATED' }));
  }
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!response.ok) {
    const parsed = contentType.includes('json') ? await response.json().catch(() => ({})) : {};
    throw new ProblemError(russianProblem(response.status, parsed));
  }
  if (response.status === 204) {
    return null;
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const name = encoded ? decodeURIComponent(encoded[1]) : 'document';
  return { blob: await response.blob(), name, type: contentType.split(';')[0] };
}

function save(file) {
  const url = URL.createObjectURL(file.blob);
  const link = h('a', { href: url, download: file.name, class: 'd-none' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
