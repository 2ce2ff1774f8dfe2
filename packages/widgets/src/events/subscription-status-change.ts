import type { CustomerStatus } from '@onramp/contract';

/** The panel saw the wholesale customer's lifecycle status change (while following it live). */
export class OnrampSubscriptionStatusChangeEvent extends Event {
  static readonly type = 'onramp-subscription-status-change';
  constructor(
    readonly customerId: string,
    readonly status: CustomerStatus,
    readonly previous: CustomerStatus,
  ) {
    super(OnrampSubscriptionStatusChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onramp-subscription-status-change': OnrampSubscriptionStatusChangeEvent;
  }
}
