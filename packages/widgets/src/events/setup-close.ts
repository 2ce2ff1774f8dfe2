/** The user asked to close the wizard (the host decides what to show next). Setup state stays on the server. */
export class OnrampSetupCloseEvent extends Event {
  static readonly type = 'onramp-setup-close';
  constructor(readonly orgId: string) {
    super(OnrampSetupCloseEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onramp-setup-close': OnrampSetupCloseEvent;
  }
}
