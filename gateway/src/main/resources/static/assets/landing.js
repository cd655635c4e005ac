// The landing page: a signed-in user goes straight to their portal; anyone else sees «Войти».

import { asProblemError } from './api.js';
import { h, problemAlert } from './dom.js';
import { fetchSession, portalOf, LOGIN_URL } from './session.js';

const status = document.getElementById('status');
document.getElementById('login').setAttribute('href', LOGIN_URL);

// The gateway sends a failed login back here as /?login=error.
if (new URLSearchParams(window.location.search).get('login') === 'error') {
  status.replaceChildren(h('div', { class: 'alert alert-warning', role: 'alert' },
    h('div', { class: 'fw-semibold' }, 'Не удалось войти'),
    h('div', {}, 'Вход был прерван или отклонён. Нажмите «Войти» и попробуйте ещё раз.')));
}

try {
  const session = await fetchSession();
  if (session) {
    window.location.replace(portalOf(session));
  } else {
    document.body.classList.add('anonymous');
  }
} catch (error) {
  status.replaceChildren(problemAlert(asProblemError(error)));
  document.body.classList.add('anonymous');
}
