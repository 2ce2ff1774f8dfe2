import { html } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { NewUser } from './add-user.js';
import type { FormAction } from './form-action.js';
import { renderNotices } from './notices.js';

// The forms of "Add user" and "Add external admin": loaded at the first opening of either
// (decision 0073); their buttons are the list screen's (add-user.ts, add-external-admin.ts).

/** "Add user": e-mail and optional names; the server adds and invites. */
export function addUserForm(action: FormAction<NewUser>, localize: LocalizeController) {
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (!form.reportValidity()) return;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const user = { email: value('email'), firstName: value('firstName'), lastName: value('lastName') };
    if (await action.submit(user)) form.reset();
  };
  return html`<form id="add-user" part="form" ?hidden=${!action.open} @submit=${onSubmit}>
      <label for="new-email">${localize.t('roles.addUser.email')}</label>
      <input id="new-email" name="email" type="email" required autocomplete="off" />
      <label for="new-first">${localize.t('roles.addUser.firstName')}</label>
      <input id="new-first" name="firstName" type="text" maxlength="200" autocomplete="off" />
      <label for="new-last">${localize.t('roles.addUser.lastName')}</label>
      <input id="new-last" name="lastName" type="text" maxlength="200" autocomplete="off" />
      <p class="muted">${localize.t('roles.addUser.help')}</p>
      <button part="button primary" type="submit" ?disabled=${action.busy}>${localize.t('roles.addUser.submit')}</button>
      <div aria-live="polite">${renderNotices(action.notices)}</div>
    </form>`;
}

/** "Add external admin": an e-mail, and the service-admin role under table 2's rules. */
export function addExternalForm(action: FormAction<string>, localize: LocalizeController) {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('email') as HTMLInputElement;
    if (input.reportValidity()) void action.submit(input.value.trim());
  };
  return html`<form id="add-external" part="form" ?hidden=${!action.open} @submit=${onSubmit}>
      <label for="add-email">${localize.t('roles.addExternal.email')}</label>
      <p id="add-help" class="muted">${localize.t('roles.addExternal.help')}</p>
      <input id="add-email" name="email" type="email" required autocomplete="off" aria-describedby="add-help" />
      <button part="button primary" type="submit" ?disabled=${action.busy}>${localize.t('roles.addExternal.submit')}</button>
      <div aria-live="polite">${renderNotices(action.notices)}</div>
    </form>`;
}
