import type { SetupStatus } from '@onramp/contract';
import type { StatusTone } from '@onramp/widgets';
import type { MessageKey } from './i18n/index.js';

/** How the customer list shows a customer org's services setup: a tone and a label. */
export function setupStatusBadge(status: SetupStatus | null): { tone: StatusTone; label: MessageKey } {
  switch (status) {
    case 'not_started':
      return { tone: 'neutral', label: 'setupStatus.not_started' };
    case 'in_progress':
      return { tone: 'info', label: 'setupStatus.in_progress' };
    case 'provisioning':
      return { tone: 'warning', label: 'setupStatus.provisioning' };
    case 'completed':
      return { tone: 'success', label: 'setupStatus.completed' };
    case 'failed':
      return { tone: 'danger', label: 'setupStatus.failed' };
    default:
      return { tone: 'neutral', label: 'setupStatus.none' };
  }
}

/**
 * Whether the org has a services setup to open in the wizard. A customer org made by wholesale
 * onboarding (DOMAIN §3) has none (`setupStatus: null`): the wizard would only answer 404 "This
 * organization has no services setup", so the list offers no "Set up services" for it.
 */
export function hasServicesSetup(status: SetupStatus | null | undefined): boolean {
  return status != null;
}
