import type { AdminRole, OrgRelation } from '../vocabulary.js';

/**
 * A cell of DOMAIN §2.2 table 2: the org relations of users the assigner may give (or take) the
 * service-admin role to, or "not applicable" (the assigner's role cannot be held there).
 */
export type AssignerCell = readonly OrgRelation[] | 'not_applicable';

const CUSTOMER_OR_EXTERNAL: readonly OrgRelation[] = ['customer', 'external'];

/**
 * DOMAIN §2.2, table 2. The two rows of the seed, plus the sentence under it: "Provisioning and
 * read-only admins may do neither" (an empty list where the role can be held).
 */
export const SERVICE_ADMIN_ASSIGNERS: Readonly<
  Record<AdminRole, Readonly<Record<OrgRelation, AssignerCell>>>
> = {
  full_admin: {
    customer: CUSTOMER_OR_EXTERNAL,
    partner: CUSTOMER_OR_EXTERNAL,
    external: CUSTOMER_OR_EXTERNAL,
  },
  service_admin: {
    customer: CUSTOMER_OR_EXTERNAL,
    partner: 'not_applicable',
    external: ['customer'], // "only to a user of the customer org"
  },
  provisioning_admin: { customer: 'not_applicable', partner: [], external: 'not_applicable' },
  read_only_admin: { customer: [], partner: [], external: [] },
};

/** Relations of the users to whom this assigner may give or take the service-admin role. */
export function serviceAdminTargetsFor(role: AdminRole, relation: OrgRelation): readonly OrgRelation[] {
  const cell = SERVICE_ADMIN_ASSIGNERS[role][relation];
  return cell === 'not_applicable' ? [] : cell;
}
