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
