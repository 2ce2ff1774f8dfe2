import { denialReasonValues } from '@onramp/contract';
import type { ApiProblem } from '../api/client.js';
import type { LocalizeController } from './localize-controller.js';

const denialReasons: ReadonlySet<string> = new Set(denialReasonValues);

/**
 * What to tell the user about a failed call, in their language, with the common messages only
 * (server texts are English-only). A widget with refusals of its own words them first and falls
 * back to this (the setup wizard's `problemMessage`).
 */
export function commonProblemMessage(localize: LocalizeController, problem: ApiProblem | undefined): string {
  if (!problem) return localize.t('common.error');
  if (problem.network) return localize.t('common.offline');
  // DOMAIN §3: the wholesale refusals of an admin's package, whichever widget relays them.
  if (problem.reason === 'admin_package_downgrade') return localize.t('problem.admin_package_downgrade');
  if (problem.reason === 'admin_package_level') return localize.t('problem.admin_package_level');
  // No Control Hub before activation, nor once deactivated (decision 0028): say what to do.
  if (problem.reason === 'account_not_activated') return localize.t('common.accountNotActivated');
  if (problem.reason === 'account_deactivated') return localize.t('common.accountDeactivated');
  // A refusal says why, in the user's words (the contract's DenialReason), never just "not allowed".
  if (problem.status === 403 && problem.reason && denialReasons.has(problem.reason))
    return localize.t(`reason.${problem.reason as (typeof denialReasonValues)[number]}`);
  if (problem.status === 403) return localize.t('common.forbidden');
  if (problem.status === 429)
    return problem.retryAfter === undefined
      ? localize.t('rateLimit.tooMany')
      : localize.t('rateLimit.waitFor', { seconds: problem.retryAfter });
  return problem.trackingId
    ? localize.t('common.errorWithTracking', { trackingId: problem.trackingId })
    : localize.t('common.error');
}
