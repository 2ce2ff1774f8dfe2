import type { UserImportReport } from '@onramp/contract';

/** The server applied a users CSV file: every row was valid and `report.counts.changed` users changed. */
export class OnrampUsersImportedEvent extends Event {
  static readonly type = 'onramp-users-imported';
  constructor(
    readonly orgId: string,
    readonly report: UserImportReport,
  ) {
    super(OnrampUsersImportedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onramp-users-imported': OnrampUsersImportedEvent;
  }
}
