import type { AdminRole } from '@onramp/contract';

/** The server changed a user's admin role in the org (after the admin confirmed it). */
export class OnrampRoleChangeEvent extends Event {
  static readonly type = 'onramp-role-change';
  constructor(
    readonly orgId: string,
    readonly userId: string,
    readonly role: AdminRole | null,
    readonly previousRole: AdminRole | null,
  ) {
    super(OnrampRoleChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onramp-role-change': OnrampRoleChangeEvent;
  }
}
