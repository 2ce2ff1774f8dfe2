import { type Denied, deny } from '../decision.js';
import type { AdminRole, DenialReason } from '../vocabulary.js';
import { type Actor, holdsStandardLicense } from './actors.js';
import { privilegesOf } from './privilege-matrix.js';

/** An actor that passed `standingOf`: it holds a role that can be held from its org. */
export type RoleHolder = Actor & { readonly role: AdminRole };

export type Standing = { readonly holder: RoleHolder } | { readonly denied: Denied };

/** A refusal before it is a `Denied`: the reason and, where the check knows more, its message. */
export type Refusal = readonly [reason: DenialReason, message?: string];

/**
 * `standingOf` without building the `Denied` (so without the English messages in a bundle that
 * needs only whether the actor stands): the refusal, or the role holder.
 */
export function standingCheck(actor: Actor): { readonly holder: RoleHolder } | { readonly refusal: Refusal } {
  // No Control Hub access before activation (DOMAIN §1.1), nor once deactivated (§2.1).
  if (actor.account === 'not_activated') return { refusal: ['account_not_activated'] };
  if (actor.account === 'deactivated') return { refusal: ['account_deactivated'] };
  const { role } = actor;
  if (role === null) {
    // An external user has rights on a customer only through a role granted in that org (0003).
    if (actor.relation === 'external') return { refusal: ['no_relation'] };
    return { refusal: ['insufficient_role', 'You hold no admin role in this organization.'] };
  }
  if (privilegesOf(role, actor.relation) === 'not_applicable') return { refusal: ['role_not_applicable'] };
  if (role === 'full_admin' && holdsStandardLicense(actor))
    return { refusal: ['standard_license_agent_only'] };
  return { holder: { ...actor, role } };
}

/**
 * The checks that come before any action: is the actor's account active, does the actor hold a
 * role that can be held from its org, and may that role use admin features at all?
 */
export function standingOf(actor: Actor): Standing {
  const standing = standingCheck(actor);
  return 'refusal' in standing ? { denied: deny(...standing.refusal) } : standing;
}

/** Table 1 leaves one cell empty: the customer-org read-only admin has no service access at all. */
export function serviceAccessDenial(holder: RoleHolder): Denied | null {
  const privileges = privilegesOf(holder.role, holder.relation);
  return privileges !== 'not_applicable' && privileges.length === 0
    ? deny('read_only_no_service_access')
    : null;
}
