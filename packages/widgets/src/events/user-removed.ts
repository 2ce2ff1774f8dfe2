/** The server removed a user from the org (after the admin confirmed it). */
export class OnrampUserRemovedEvent extends Event {
  static readonly type = 'onramp-user-removed';
  constructor(
    readonly orgId: string,
    readonly userId: string,
    readonly email: string,
  ) {
    super(OnrampUserRemovedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onramp-user-removed': OnrampUserRemovedEvent;
  }
}
