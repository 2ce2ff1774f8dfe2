import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { FormAction } from './form-action.js';
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
  /** The form itself once its code is loaded (add-forms.ts, decision 0073), else its loading. */
  fields: TemplateResult | typeof nothing;
  /** Starts loading the form's code when a pointer or the focus reaches the button. */
  prefetch(): void;
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
  return html`<div class=${open ? 'add-user open' : 'add-user'}>
    <button part="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="add-user"
      ?disabled=${!permit.allowed} aria-describedby=${why?.id ?? nothing}
      @click=${action.toggle} @pointerenter=${context.prefetch} @focus=${context.prefetch}>${localize.t('roles.addUser')}</button>
    ${why?.note ?? nothing}
    ${context.fields}
  </div>`;
}
