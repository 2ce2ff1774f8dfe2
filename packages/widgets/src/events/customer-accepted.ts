/** The server accepted the new wholesale customer (`202`); provisioning or its RPL review started. */
export class OnrampCustomerAcceptedEvent extends Event {
  static readonly type = 'onramp-customer-accepted';
  constructor(
    readonly customerId: string,
    readonly url: string,
  ) {
    super(OnrampCustomerAcceptedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onramp-customer-accepted': OnrampCustomerAcceptedEvent;
  }
}
