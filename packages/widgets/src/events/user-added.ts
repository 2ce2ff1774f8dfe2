import type { User } from '@onramp/contract';

/** The server added a user to the org and sent the invitation e-mail. */
export class OnrampUserAddedEvent extends Event {
  static readonly type = 'onramp-user-added';
  constructor(
    readonly orgId: string,
    readonly user: User,
  ) {
    super(OnrampUserAddedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onramp-user-added': OnrampUserAddedEvent;
  }
}
