import type { DenialReason } from '@onramp/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { reasonText } from './role-problem.js';

/** A disabled control's description: the note's id, and the note itself where it is first shown. */
export interface ReasonNote {
  id: string;
  note: TemplateResult | typeof nothing;
}

/**
 * Why controls are disabled, said once per screen (issue 21: a read-only admin read the same
 * sentence beside every control): each distinct reason gets one note, shown beside the first control
 * it closes; every control closed for that reason points at it with `aria-describedby`. Make one per
 * screen and render: the list's toolbar, or the user dialog.
 */
export class ReasonNotes {
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly screen: string,
    private readonly localize: LocalizeController,
  ) {}

  /** The note for `reason` (the actor's role when the server gave none). */
  for(reason: DenialReason | undefined): ReasonNote {
    const key = reason ?? 'insufficient_role';
    const known = this.ids.get(key);
    if (known) return { id: known, note: nothing };
    const id = `${this.screen}-why-${key}`;
    this.ids.set(key, id);
    return {
      id,
      note: html`<span id=${id} part="reason" class="reason">${reasonText(this.localize, reason)}</span>`,
    };
  }
}
