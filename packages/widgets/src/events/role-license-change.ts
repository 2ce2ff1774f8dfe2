import type { License } from '@onramp/contract';

/** The server changed a user's contact-center license (after the admin confirmed it). */
export class OnrampLicenseChangeEvent extends Event {
  static readonly type = 'onramp-license-change';
  constructor(
    readonly orgId: string,
    readonly userId: string,
    readonly license: License | null,
    readonly previousLicense: License | null,
  ) {
    super(OnrampLicenseChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onramp-license-change': OnrampLicenseChangeEvent;
  }
}
