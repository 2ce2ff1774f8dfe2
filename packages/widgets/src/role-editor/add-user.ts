import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { Permit } from './permissions.js';
import { reasonText } from './role-problem.js';
import { renderNotices } from './user-dialog.js';
import type { Notice } from './user-editor.js';

export interface NewUser {
  email: string;
  firstName: string;
  lastName: string;
}

export interface AddUserContext {
  localize: LocalizeController;
  permit: Permit;
  open: boolean;
  busy: boolean;
  notices: Notice[];
  toggle(): void;
  submit(user: NewUser, form: HTMLFormElement): void;
}

/**
 * "Add user" (DOMAIN §2.1: full admins add users of the customer org; service, provisioning and
 * read-only admins may not, and the button says why). The new user gets the invitation e-mail; the
 * license and role are set afterwards in the user's dialog, with the platform's options.
 */
export function renderAddUser(context: AddUserContext) {
  const { localize, permit, open } = context;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (!form.reportValidity()) return;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    context.submit(
      { email: value('email'), firstName: value('firstName'), lastName: value('lastName') },
      form,
    );
  };
  return html`<div class="add-user">
    <button part="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="add-user"
      ?disabled=${!permit.allowed} aria-describedby=${permit.allowed ? nothing : 'add-user-why'}
      @click=${context.toggle}>${localize.t('roles.addUser')}</button>
    ${permit.allowed ? nothing : html`<span id="add-user-why" part="reason" class="reason">${reasonText(localize, permit.reason)}</span>`}
    <form id="add-user" part="form" ?hidden=${!open} @submit=${onSubmit}>
      <label for="new-email">${localize.t('roles.addUser.email')}</label>
      <input id="new-email" name="email" type="email" required autocomplete="off" />
      <label for="new-first">${localize.t('roles.addUser.firstName')}</label>
      <input id="new-first" name="firstName" type="text" maxlength="200" autocomplete="off" />
      <label for="new-last">${localize.t('roles.addUser.lastName')}</label>
      <input id="new-last" name="lastName" type="text" maxlength="200" autocomplete="off" />
      <p class="muted">${localize.t('roles.addUser.help')}</p>
      <button part="button primary" type="submit" ?disabled=${context.busy}>${localize.t('roles.addUser.submit')}</button>
      <div aria-live="polite">${renderNotices(context.notices)}</div>
    </form>
  </div>`;
}
