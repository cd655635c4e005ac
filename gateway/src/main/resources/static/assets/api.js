// Calls to the gateway's JSON API. Every failure becomes a ProblemError carrying an RFC 9457 problem whose
// title and detail are Russian, whatever the server or the network did, so screens can show it as it is.

const FALLBACK_TITLES = {
  0: 'Нет связи с сервером',
  400: 'Запрос не принят',
  401: 'Требуется вход',
  403: 'Недостаточно прав',
  404: 'Не найдено',
  405: 'Действие не поддерживается',
  409: 'Конфликт данных',
  413: 'Слишком большой запрос',
  415: 'Неподдерживаемый формат данных',
  429: 'Слишком много запросов',
  500: 'Внутренняя ошибка сервера',
  502: 'Сервис временно недоступен',
  503: 'Сервис временно недоступен',
  504: 'Сервис не ответил вовремя',
};

const FALLBACK_DETAILS = {
  0: 'Проверьте подключение к сети и повторите попытку.',
  401: 'Сеанс завершён. Войдите снова.',
  403: 'У вашей учётной записи нет доступа к этим данным.',
  404: 'Запрошенные данные не найдены.',
  429: 'Подождите немного и повторите попытку.',
  500: 'Повторите попытку позже. Если ошибка повторяется, сообщите в поддержку номер обращения.',
  502: 'Повторите попытку через минуту.',
  503: 'Повторите попытку через минуту.',
  504: 'Повторите попытку через минуту.',
};

const CYRILLIC = /[А-Яа-яЁё]/;

/** A failed call: {@code problem} is RFC 9457 problem details (type, title, status, detail, code, traceId, errors). */
export class ProblemError extends Error {
  constructor(problem) {
    super(problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
  }

  get status() {
    return this.problem.status;
  }

  /** [{field, message}] for validation errors, [] otherwise. */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

/**
 * A problem with Russian title and detail: a server text is kept only if it is Russian, because a framework's
 * default error (e.g. "Not Found") must not reach a person who reads Russian only.
 */
export function russianProblem(status, body = {}) {
  const problem = { ...body, status: body.status ?? status };
  const code = problem.status;
  if (typeof problem.title !== 'string' || !CYRILLIC.test(problem.title)) {
    problem.title = FALLBACK_TITLES[code] ?? (code >= 500 ? FALLBACK_TITLES[500] : FALLBACK_TITLES[400]);
  }
  if (typeof problem.detail !== 'string' || !CYRILLIC.test(problem.detail)) {
    problem.detail = FALLBACK_DETAILS[code] ?? (code >= 500 ? FALLBACK_DETAILS[500] : '');
  }
  return problem;
}

/** The value of the XSRF-TOKEN cookie the gateway sets; every non-GET call sends it back as X-XSRF-TOKEN. */
export function xsrfToken() {
  const cookie = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

/**
 * One JSON call. Resolves with the parsed body (null for an empty one); rejects with a ProblemError.
 * Redirects are not followed: an API call that is redirected means the session ended and the gateway sends the
 * browser to the login page, which a fetch cannot show (and which lives on another origin).
 */
export async function request(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (method !== 'GET' && method !== 'HEAD') {
    const token = xsrfToken();
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      redirect: 'manual',
    });
  } catch {
    throw new ProblemError(russianProblem(0, { code: 'NETWORK' }));
  }
  if (response.type === 'opaqueredirect') {
    throw new ProblemError(russianProblem(401, { code: 'UNAUTHENTICATED' }));
  }
  const text = await response.text().catch(() => '');
  const contentType = response.headers.get('Content-Type') ?? '';
  let parsed = null;
  if (text && contentType.includes('json')) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (response.ok) {
    return parsed;
  }
  const problem = russianProblem(response.status, parsed && typeof parsed === 'object' ? parsed : {});
  if (!problem.traceId) {
    problem.traceId = response.headers.get('X-Trace-Id') ?? undefined;
  }
  throw new ProblemError(problem);
}

/** Any thrown value as a ProblemError, so a programming error still shows a readable Russian message. */
export function asProblemError(error) {
  if (error instanceof ProblemError) {
    return error;
  }
  console.error(error);
  return new ProblemError(russianProblem(500, { code: 'CLIENT_ERROR', detail: 'Не удалось показать страницу. Обновите её и повторите попытку.' }));
}
