// The signed-in user as the gateway sees it. The browser holds no token: the session is a cookie, and the
// gateway tells who is signed in at /portal/session.

import { request, xsrfToken } from './api.js';

export const LOGIN_URL = '/oauth2/authorization/nastavnik';
// The pages by file name: the gateway (WebFlux) serves a folder's index.html only at "/", not at /school/.
export const REGION_PORTAL = '/region/index.html';
export const SCHOOL_PORTAL = '/school/index.html';
export const PORTALS = { region: REGION_PORTAL, school: SCHOOL_PORTAL };

const REGION_ROLES = ['REGION_ADMIN', 'MUNICIPAL_CURATOR'];

/** The session, or null when nobody is signed in; other failures reject with a ProblemError. */
export async function fetchSession() {
  try {
    return await request('/portal/session');
  } catch (error) {
    if (error.status === 401) {
      return null;
    }
    throw error;
  }
}

export function hasRole(session, ...roles) {
  return (session?.roles ?? []).some((role) => roles.includes(role));
}

/** Regional and municipal roles work in the regional portal; organizations' people in the school portal. */
export function portalOf(session) {
  return hasRole(session, ...REGION_ROLES) ? REGION_PORTAL : SCHOOL_PORTAL;
}

export function startLogin() {
  window.location.assign(LOGIN_URL);
}

/**
 * Logs out by a real form POST, so that the browser itself follows the gateway's redirect to the identity
 * provider's logout and back to "/"; a fetch could not follow a redirect to another origin. The CSRF token goes
 * in the X-XSRF-TOKEN header when possible; a plain form cannot set headers, so it is also sent as _csrf.
 */
export function logout() {
  const token = xsrfToken();
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/logout';
  form.hidden = true;
  if (token) {
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = '_csrf';
    field.value = token;
    form.append(field);
  }
  document.body.append(form);
  form.submit();
}
