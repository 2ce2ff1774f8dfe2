import { type DenialReason, denialReasonValues } from '@onramp/contract';
import type { ApiProblem } from '../api/client.js';
import type { LocalizeController } from '../i18n/localize-controller.js';

const denialReasons: ReadonlySet<string> = new Set(denialReasonValues);
const isDenialReason = (reason: string | undefined): reason is DenialReason =>
  reason !== undefined && denialReasons.has(reason);

/** Why a control is disabled, in the admin's language (the server's `message` is English-only). */
export const reasonText = (localize: LocalizeController, reason: DenialReason | undefined) =>
  localize.t(`reason.${reason ?? 'insufficient_role'}`);

/** What to tell the admin about a failed call: the server's refusal in words, or the usual errors. */
export function roleProblemText(localize: LocalizeController, problem: ApiProblem | undefined): string {
  if (!problem) return localize.t('common.error');
  if (problem.network) return localize.t('common.offline');
  if (problem.status === 412) return localize.t('roles.stale');
  // A 429 changed nothing: say when the admin may try again (the server's Retry-After, decisions/0011).
  if (problem.status === 429)
    return problem.retryAfter
      ? localize.t('rateLimit.waitFor', { seconds: problem.retryAfter })
      : localize.t('rateLimit.tooMany');
  if (isDenialReason(problem.reason)) return reasonText(localize, problem.reason);
  if (problem.status === 404 && problem.field === 'email') return localize.t('roles.addExternal.notFound');
  if (problem.reason === 'already_admin' || problem.reason === 'not_external_user')
    return localize.t(`roles.addExternal.${problem.reason}`);
  if (
    problem.reason === 'license_not_offered' ||
    problem.reason === 'license_limit_reached' ||
    problem.reason === 'user_not_in_org'
  )
    return localize.t(`roles.problem.${problem.reason}`);
  if (problem.status === 400 && problem.field === 'email') return localize.t('roles.addExternal.invalid');
  if (problem.status === 403) return localize.t('common.forbidden');
  return problem.trackingId
    ? localize.t('common.errorWithTracking', { trackingId: problem.trackingId })
    : localize.t('common.error');
}
