import type { ApiProblem } from '../api/client.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { commonProblemMessage } from '../i18n/problem-message.js';

/** What to tell the admin about a failed wizard call, in their language (server texts are English-only). */
export function problemMessage(localize: LocalizeController, problem: ApiProblem | undefined): string {
  if (problem?.reason === 'required') return localize.t('wizard.required');
  if (problem?.reason === 'setup_wizard_not_allowed') return localize.t('wizard.notAllowed');
  if (problem?.reason === 'country_locked') return localize.t('wizard.country.locked');
  if (problem?.reason === 'unknown_country') return localize.t('wizard.country.unknown');
  if (problem?.status === 404) return localize.t('wizard.noSetup');
  if (problem?.reason === 'tenant_already_set_up') return localize.t('wizard.tenant.already');
  if (problem?.reason === 'calling_subscription_required') return localize.t('wizard.telephony.noCalling');
  return commonProblemMessage(localize, problem);
}
