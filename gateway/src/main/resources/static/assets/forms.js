// Form submission shared by the screens: the server's problem+json field errors appear beside the fields they name
// (a control with that name and an .invalid-feedback in its block), the rest in the form's status area.

import { asProblemError } from './api.js';
import { capitalize, problemAlert } from './dom.js';

/** Submits through {@code action}; a problem's field errors go beside the named fields, the rest into {@code status}. */
export function submitting(form, status, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    form.querySelectorAll('.is-invalid').forEach((el) => el.classList.remove('is-invalid'));
    form.querySelectorAll('.invalid-feedback').forEach((el) => {
      el.textContent = '';
      el.classList.remove('d-block');
    });
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await action();
    } catch (error) {
      const problem = asProblemError(error);
      const unplaced = [];
      for (const fieldError of problem.fieldErrors) {
        const control = fieldError.field ? form.querySelector(`[name="${CSS.escape(fieldError.field)}"]`) : null;
        const place = control?.closest('div, li, fieldset')?.querySelector('.invalid-feedback');
        if (control && place) {
          control.classList.add('is-invalid');
          place.textContent = capitalize(fieldError.message);
          place.classList.add('d-block');
        } else {
          unplaced.push(fieldError);
        }
      }
      status.replaceChildren(problemAlert(problem, { unplacedErrors: unplaced }));
    } finally {
      button.disabled = false;
    }
  });
}
