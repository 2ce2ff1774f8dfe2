import { ALLOWED, type Decision, deny } from '../decision.js';
import type { AdminRole } from '../vocabulary.js';
import type { RoleHolder } from './actor-standing.js';
import type { TargetUser } from './actors.js';
import { isRoleApplicable } from './privilege-matrix.js';
import { serviceAdminTargetsFor } from './service-admin-assigners.js';

export type RoleChange = 'assign_role' | 'revoke_role';

/**
 * May this actor give (or take) `role` to (from) `user`? Without `role` or `user` the answer is
 * the general capability, for a UI deciding whether to show the control at all.
 * DOMAIN §2.2: "Revoking follows the same rules as assigning."
 */
export function roleChangeDecision(
  holder: RoleHolder,
  change: RoleChange,
  role?: AdminRole,
  user?: TargetUser,
): Decision {
  if (holder.role === 'read_only_admin') return deny('read_only');
  if (holder.role === 'provisioning_admin') {
    return deny(
      'insufficient_role',
      'Provisioning admins may neither assign nor revoke admin roles (DOMAIN §2.2).',
    );
  }
  if (role === undefined) return ALLOWED;
  if (role === 'provisioning_admin') {
    // The partner org's own role (table 1): never given or taken in a customer org (decision 0052).
    return deny(
      'role_not_applicable',
      'The provisioning admin role belongs to the partner organization and is not assigned in the customer organization (DOMAIN §2.1).',
    );
  }
  if (holder.role === 'service_admin' && role !== 'service_admin') {
    return deny('service_admin_assigns_only_service_admin');
  }
  if (user === undefined) return ALLOWED;
  if (!isRoleApplicable(role, user.relation)) return deny('role_not_applicable');
  if (role === 'service_admin') return serviceAdminRoleDecision(holder, change, user);
  return customerOwnerRoleDecision(change, role, user);
}

/** Table 2, then the two "always" restrictions on who may receive the role. */
function serviceAdminRoleDecision(holder: RoleHolder, change: RoleChange, user: TargetUser): Decision {
  if (!serviceAdminTargetsFor(holder.role, holder.relation).includes(user.relation)) {
    // Table 2 narrows only the external service admin's cell below what the role can be held by.
    return holder.role === 'service_admin' && holder.relation === 'external'
      ? deny('external_service_admin_customer_users_only')
      : deny(
          'insufficient_role',
          'Table 2 does not allow you to give this user the service-admin role (DOMAIN §2.2).',
        );
  }
  // "Always, whoever assigns": these restrict who may *receive* the role. Revoking stays possible,
  // so that an org which gained its own contact-center service can still lose access here.
  if (change === 'assign_role' && user.relation === 'external') {
    if (user.orgHasContactCenter) return deny('target_org_has_contact_center');
    if (user.orgIsPartnerWithProvisioningAccess) return deny('target_partner_has_provisioning_access');
  }
  return ALLOWED;
}

/**
 * Kit decision (DOMAIN §2.2): full admins of any org relation assign and revoke the full admin
 * and read-only admin roles, for users of the customer org only; the last full admin stays.
 * Decision 0006: such a role held by an external user (granted before, or by seed data) can still
 * be revoked, so that no external admin is left in place that nobody can remove.
 */
function customerOwnerRoleDecision(
  change: RoleChange,
  role: 'full_admin' | 'read_only_admin',
  user: TargetUser,
): Decision {
  if (user.relation === 'external' && change === 'revoke_role') return ALLOWED;
  if (user.relation !== 'customer') {
    // The cause is the user's org, not the actor's role: said so (issue 21).
    return deny(
      'role_not_applicable',
      'Full admin and read-only admin roles are given only to users of the customer organization (DOMAIN §2.2, kit decision).',
    );
  }
  if (change === 'revoke_role' && role === 'full_admin' && user.isLastFullAdmin)
    return deny('last_full_admin');
  return ALLOWED;
}
