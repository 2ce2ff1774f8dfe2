/**
 * The server accepted the submission and provisioning started (it runs for several minutes). This
 * does not promise the outcome: listen for `onramp-setup-complete` for that.
 */
export class OnrampSetupSubmitEvent extends Event {
  static readonly type = 'onramp-setup-submit';
  constructor(readonly orgId: string) {
    super(OnrampSetupSubmitEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onramp-setup-submit': OnrampSetupSubmitEvent;
  }
}
