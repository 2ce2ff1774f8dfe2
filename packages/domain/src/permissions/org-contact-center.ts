import type { OrgKind, SetupStatus } from '../vocabulary.js';

/** What decides whether an org has the contact-center service itself. */
export interface OrgServiceFacts {
  readonly kind: OrgKind;
  /** A contact-center service the org runs outside this kit's setups (a partner's or another org's own). */
  readonly ownContactCenter: boolean;
  /** For a customer org: where its services setup stands (`null` without one). */
  readonly setupStatus: SetupStatus | null;
}

/**
 * Whether the org has the contact-center service activated (seed 001: "organizația externă are de
 * asemenea activată serviciul centru de contact"), whatever its kind: its own service, or, for a
 * customer org of any partner, a services setup that completed (DOMAIN §1.2 "when the wizard is
 * finished the contact-center service is available"). Users of such an org never receive the
 * service-admin role of another customer (DOMAIN §2.2), and `Organization.hasContactCenter` says it.
 */
export function orgHasContactCenter(org: OrgServiceFacts): boolean {
  return org.ownContactCenter || (org.kind === 'customer' && org.setupStatus === 'completed');
}
