import type { Platform, User } from '@onramp/contract';
import { type Actor, canSee, effectiveRole } from '@onramp/domain';
import { relationOf, rolesIn } from '../../glue/actors.js';
import { fail, iso } from '../../handling/reply.js';
import { displayNameOf } from '../../store/directory.js';
import type { Store } from '../../store/store.js';
import type { StoredOrg, StoredUser } from '../../store/types.js';
import { serviceLicenses } from '../organizations/views.js';

/** The org's contact-center platform: chosen in the setup wizard, real once the setup completed. */
export function platformOf(store: Store, org: StoredOrg): Platform | null {
  const setup = store.setups.get(org.id);
  return setup?.state.status === 'completed' ? setup.state.answers.platform : null;
}

/** A user as seen in one customer org (the contract's `User`). */
export function userView(store: Store, user: StoredUser, org: StoredOrg): User {
  const relation = relationOf(user.orgId, org);
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    displayName: displayNameOf(user),
    orgId: user.orgId,
    orgName: store.directory.orgs.get(user.orgId)?.name ?? '',
    relation,
    status: user.status,
    active: user.deactivated !== true,
    adminRole: effectiveRole(rolesIn(store, user, org)),
    licenses: relation === 'customer' ? serviceLicenses(user) : [],
    contactCenterLicense: relation === 'customer' ? user.license : null,
    platform: platformOf(store, org),
    version: user.version,
    createdAt: iso(user.createdAt),
  };
}

/**
 * An admin of the partner org that manages the customer (DOMAIN §2, the "partner org" column): they
 * hold their role toward the customer through the partner (a provisioning admin's role exists only
 * there), so they are listed with the customer's users, never given or stripped of a role by it.
 */
export function isPartnerAdmin(user: StoredUser, org: StoredOrg): boolean {
  return org.partnerOrgId !== null && user.orgId === org.partnerOrgId && user.roles.length > 0;
}

/** A user of the org, an admin of its partner, or a user of another org holding a role granted in it. */
export function isMember(store: Store, user: StoredUser, org: StoredOrg): boolean {
  return (
    user.orgId === org.id ||
    isPartnerAdmin(user, org) ||
    store.directory.grantOf(org.id, user.id) !== undefined
  );
}

/** The member the actor may see (DOMAIN §2.2, §2.3 visibility), else 404 as if it did not exist. */
export function findMember(store: Store, actor: Actor, org: StoredOrg, userId: string | undefined) {
  const user = store.directory.users.get(userId ?? '');
  if (
    !user ||
    !isMember(store, user, org) ||
    !canSee(actor, { relation: relationOf(user.orgId, org), roles: rolesIn(store, user, org) })
  )
    return fail(
      404,
      'not_found',
      `The organization has no user with the id ${userId} that you may see.`,
      'userId',
    );
  return user;
}

/**
 * The org's members sorted by display name: its users merged with the (few) users of other orgs who
 * hold a role in it, granted here or as admins of its partner.
 */
export function* membersOf(store: Store, org: StoredOrg): Generator<StoredUser> {
  const { directory } = store;
  const key = (user: StoredUser) => `${displayNameOf(user).toLowerCase()}\u0000${user.id}`;
  const partnerAdmins = org.partnerOrgId
    ? directory.userIdsOf(org.partnerOrgId).map((id) => directory.users.get(id))
    : [];
  const granted = [...directory.grantedUserIds(org.id).map((id) => directory.users.get(id)), ...partnerAdmins]
    .filter((user): user is StoredUser => !!user && isMember(store, user, org) && user.orgId !== org.id)
    .sort((a, b) => (key(a) < key(b) ? -1 : 1));
  let g = 0;
  for (const id of directory.userIdsOf(org.id)) {
    const user = directory.users.get(id);
    if (!user) continue;
    while (g < granted.length && key(granted[g] as StoredUser) < key(user)) yield granted[g++] as StoredUser;
    yield user;
  }
  while (g < granted.length) yield granted[g++] as StoredUser;
}
