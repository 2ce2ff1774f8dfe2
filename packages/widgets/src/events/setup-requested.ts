/** The partner admin chose to set up services now (from the trial-ready or order-mapped prompt). */
export class OnrampSetupRequestedEvent extends Event {
  static readonly type = 'onramp-setup-requested';
  constructor(readonly orgId: string) {
    super(OnrampSetupRequestedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onramp-setup-requested': OnrampSetupRequestedEvent;
  }
}
