import type { Platform } from '@onramp/contract';

/** The server reports the setup completed: the contact-center service is available in the org. */
export class OnrampSetupCompleteEvent extends Event {
  static readonly type = 'onramp-setup-complete';
  constructor(
    readonly orgId: string,
    readonly platform: Platform | null,
  ) {
    super(OnrampSetupCompleteEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onramp-setup-complete': OnrampSetupCompleteEvent;
  }
}
