import type { ApiProblem } from '../api/client.js';
import type { LocalizeController } from '../i18n/localize-controller.js';

/** What to tell the admin about a failed call, in their language (server texts are English-only). */
export function problemMessage(localize: LocalizeController, problem: ApiProblem | undefined): string {
  if (!problem) return localize.t('common.error');
  if (problem.network) return localize.t('common.offline');
  if (problem.reason === 'required') return localize.t('wizard.required');
  if (problem.reason === 'setup_wizard_not_allowed') return localize.t('wizard.notAllowed');
  if (problem.reason === 'country_locked') return localize.t('wizard.country.locked');
  if (problem.status === 403) return localize.t('common.forbidden');
  return problem.trackingId
    ? localize.t('common.errorWithTracking', { trackingId: problem.trackingId })
    : localize.t('common.error');
}
