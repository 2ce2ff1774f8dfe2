import type { ScreenContext } from '../context.js';
import { h } from '../dom.js';
import type { MessageKey } from '../i18n/index.js';

/**
 * Trials, order mapping and wholesale onboarding are actions of the partner organization (DOMAIN
 * §1.1, §3): a customer-side or external actor gets a notice that says so instead of a form that
 * the server would refuse with a bare 403. Returns whether the notice took the form's place.
 * (Until `/me` answers the form shows: the server still has the last word.)
 */
export function partnerOnlyNotice(into: HTMLElement, context: ScreenContext, notice: MessageKey): boolean {
  if (!context.me || context.me.orgKind === 'partner') return false;
  into.append(h('p', { class: 'notice', id: 'partner-only' }, context.t(notice)));
  return true;
}
