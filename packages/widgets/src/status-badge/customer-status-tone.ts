import type { CustomerStatus } from '@onramp/contract';
import type { StatusTone } from './status-badge.js';

/**
 * The one tone of each wholesale customer status, for a `<onramp-status-badge>` (the subscription
 * panel's and any host's): done is success, done with errors and a pending review warn, a dead end
 * is danger, work in progress is info, a deletion is neutral.
 */
export const customerStatusTone: Readonly<Record<CustomerStatus, StatusTone>> = {
  provisioned: 'success',
  provisioned_with_errors: 'warning',
  provisioning: 'info',
  updating: 'info',
  deleting: 'neutral',
  pending_rpl_review: 'warning',
  error: 'danger',
};
