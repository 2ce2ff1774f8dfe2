import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { Permit } from './permissions.js';
import type { ReasonNotes } from './reason-notes.js';

export interface ImportToggleContext {
  localize: LocalizeController;
  permit: Permit;
  open: boolean;
  toggle(): void;
  /** Starts loading the panel's code before the click (a pointer over, or the focus on, the button). */
  prefetch(): void;
  /** The panel's contents: the import itself once its code is loaded, else its loading or failure. */
  panel: TemplateResult | typeof nothing;
  /** Why the list's screen is closed to the actor, once per reason. */
  reasons: ReasonNotes;
}

/**
 * "Import from CSV" (DOMAIN §2.3): the button and the panel it opens. The panel's contents and the
 * importer are a module of their own, loaded at the first opening (decision 0073).
 */
export function renderImportToggle(context: ImportToggleContext) {
  const { localize, permit, open } = context;
  const why = permit.allowed ? undefined : context.reasons.for(permit.reason);
  return html`<div class=${open ? 'import open' : 'import'}>
    <button part="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="import-panel"
      ?disabled=${!permit.allowed} aria-describedby=${why?.id ?? nothing}
      @click=${context.toggle} @pointerenter=${context.prefetch} @focus=${context.prefetch}>${localize.t('roles.import')}</button>
    ${why?.note ?? nothing}
    <section id="import-panel" part="import" class="panel" ?hidden=${!open} aria-labelledby="import-title">
      <h3 id="import-title">${localize.t('roles.import')}</h3>
      ${context.panel}
    </section>
  </div>`;
}
