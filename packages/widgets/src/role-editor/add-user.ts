import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { FormAction } from './form-action.js';
import { renderNotices } from './notices.js';
import type { Permit } from './permissions.js';
import type { ReasonNotes } from './reason-notes.js';

export interface NewUser {
  email: string;
  firstName: string;
  lastName: string;
}

export interface AddUserContext {
  localize: LocalizeController;
  permit: Permit;
  form: FormAction<NewUser>;
  /** Why the list's screen is closed to the actor, once per reason. */
  reasons: ReasonNotes;
}

/**
 * "Add user" (DOMAIN §2.1: full admins add users of the customer org; service, provisioning and
 * read-only admins may not, and the button says why). The new user gets the invitation e-mail; the
 * license and role are set afterwards in the user's dialog, with the platform's options.
 */
export function renderAddUser(context: AddUserContext) {
  const { localize, permit, form: action } = context;
  const { open } = action;
  const why = permit.allowed ? undefined : context.reasons.for(permit.reason);
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (!form.reportValidity()) return;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const user = { email: value('email'), firstName: value('firstName'), lastName: value('lastName') };
    if (await action.submit(user)) form.reset();
  };
  return html`<div class=${open ? 'add-user open' : 'add-user'}>
    <button part="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="add-user"
      ?disabled=${!permit.allowed} aria-describedby=${why?.id ?? nothing}
      @click=${action.toggle}>${localize.t('roles.addUser')}</button>
    ${why?.note ?? nothing}
    <form id="add-user" part="form" ?hidden=${!open} @submit=${onSubmit}>
      <label for="new-email">${localize.t('roles.addUser.email')}</label>
      <input id="new-email" name="email" type="email" required autocomplete="off" />
      <label for="new-first">${localize.t('roles.addUser.firstName')}</label>
      <input id="new-first" name="firstName" type="text" maxlength="200" autocomplete="off" />
      <label for="new-last">${localize.t('roles.addUser.lastName')}</label>
      <input id="new-last" name="lastName" type="text" maxlength="200" autocomplete="off" />
      <p class="muted">${localize.t('roles.addUser.help')}</p>
      <button part="button primary" type="submit" ?disabled=${action.busy}>${localize.t('roles.addUser.submit')}</button>
      <div aria-live="polite">${renderNotices(action.notices)}</div>
    </form>
  </div>`;
}
