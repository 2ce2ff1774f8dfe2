import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { FormAction } from './form-action.js';
import type { Permit } from './permissions.js';
import type { ReasonNotes } from './reason-notes.js';

export interface AddExternalContext {
  localize: LocalizeController;
  permit: Permit;
  form: FormAction<string>;
  /** The form itself once its code is loaded (add-forms.ts, decision 0073), else its loading. */
  fields: TemplateResult | typeof nothing;
  /** Starts loading the form's code when a pointer or the focus reaches the button. */
  prefetch(): void;
  /** Why the list's screen is closed to the actor, once per reason. */
  reasons: ReasonNotes;
}

/** "Add external admin" (DOMAIN §2.3): an e-mail, and the service-admin role under table 2's rules. */
export function renderAddExternal(context: AddExternalContext) {
  const { localize, permit, form: action } = context;
  const { open } = action;
  const why = permit.allowed ? undefined : context.reasons.for(permit.reason);
  return html`<div class=${open ? 'add-external open' : 'add-external'}>
    <button part="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="add-external"
      ?disabled=${!permit.allowed} aria-describedby=${why?.id ?? nothing}
      @click=${action.toggle} @pointerenter=${context.prefetch} @focus=${context.prefetch}>${localize.t('roles.addExternal')}</button>
    ${why?.note ?? nothing}
    ${context.fields}
  </div>`;
}
