import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { FormAction } from './form-action.js';
import { renderNotices } from './notices.js';
import type { Permit } from './permissions.js';
import type { ReasonNotes } from './reason-notes.js';

export interface AddExternalContext {
  localize: LocalizeController;
  permit: Permit;
  form: FormAction<string>;
  /** Why the list's screen is closed to the actor, once per reason. */
  reasons: ReasonNotes;
}

/** "Add external admin" (DOMAIN §2.3): an e-mail, and the service-admin role under table 2's rules. */
export function renderAddExternal(context: AddExternalContext) {
  const { localize, permit, form: action } = context;
  const { open } = action;
  const why = permit.allowed ? undefined : context.reasons.for(permit.reason);
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('email') as HTMLInputElement;
    if (input.reportValidity()) void action.submit(input.value.trim());
  };
  return html`<div class=${open ? 'add-external open' : 'add-external'}>
    <button part="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="add-external"
      ?disabled=${!permit.allowed} aria-describedby=${why?.id ?? nothing}
      @click=${action.toggle}>${localize.t('roles.addExternal')}</button>
    ${why?.note ?? nothing}
    <form id="add-external" part="form" ?hidden=${!open} @submit=${onSubmit}>
      <label for="add-email">${localize.t('roles.addExternal.email')}</label>
      <p id="add-help" class="muted">${localize.t('roles.addExternal.help')}</p>
      <input id="add-email" name="email" type="email" required autocomplete="off" aria-describedby="add-help" />
      <button part="button primary" type="submit" ?disabled=${action.busy}>${localize.t('roles.addExternal.submit')}</button>
      <div aria-live="polite">${renderNotices(action.notices)}</div>
    </form>
  </div>`;
}
