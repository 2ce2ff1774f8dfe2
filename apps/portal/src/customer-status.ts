import type { SetupStatus } from '@onramp/contract';
import type { StatusTone } from '@onramp/widgets';

/** How the customer list shows a customer org's services setup. */
export function setupStatusBadge(status: SetupStatus | null): { tone: StatusTone; label: string } {
  switch (status) {
    case 'not_started':
      return { tone: 'neutral', label: 'Setup not started' };
    case 'in_progress':
      return { tone: 'info', label: 'Setup in progress' };
    case 'provisioning':
      return { tone: 'warning', label: 'Provisioning' };
    case 'completed':
      return { tone: 'success', label: 'Active' };
    case 'failed':
      return { tone: 'danger', label: 'Setup failed' };
    default:
      return { tone: 'neutral', label: 'No setup' };
  }
}
