import type { AdminRole, License, OrgRelation } from '@onramp/contract';
import {
  type AccountState,
  type Actor,
  accountStateOf,
  effectiveRole,
  ONBOARDING_MILESTONES,
  orgHasContactCenter,
  type TargetUser,
} from '@onramp/domain';
import type { Store } from '../store/store.js';
import type { StoredOrg, StoredUser } from '../store/types.js';

/**
 * Glue between the store and `@onramp/domain`: who is signed in (the `Viewer`), and how a stored
 * user looks from one customer org (the domain's `Actor` and `TargetUser`). No rule lives here.
 */
export interface Viewer {
  token: string;
  user: StoredUser;
  org: StoredOrg;
}

export function viewerFor(store: Store, token: string): Viewer | undefined {
  const userId = store.tokens.get(token);
  const user = userId === undefined ? undefined : store.directory.users.get(userId);
  const org = user && store.directory.orgs.get(user.orgId);
  return user && org ? { token, user, org } : undefined;
}

const licensesOf = (user: StoredUser): License[] => (user.license ? [user.license] : []);

/**
 * Whether the user may use Control Hub (the domain's `accountStateOf`): seeded users without an
 * activation record are active when verified, as the onboarding handlers read them.
 */
export function accountOf(user: StoredUser): AccountState {
  const onboarding = user.onboarding ?? {
    completed: user.status === 'verified' ? ONBOARDING_MILESTONES : [],
  };
  return accountStateOf(onboarding, user.deactivated === true);
}

/** The relation of `orgId` to `target` (decisions/0003): the org itself, its partner, or another. */
export function relationOf(orgId: string, target: StoredOrg): OrgRelation {
  if (orgId === target.id) return 'customer';
  if (target.partnerOrgId === orgId) return 'partner';
  return 'external';
}

/** The roles a user holds toward `target`: their own org's roles, or the roles granted there. */
export function rolesIn(store: Store, user: StoredUser, target: StoredOrg): AdminRole[] {
  if (relationOf(user.orgId, target) !== 'external') return user.roles;
  const granted = store.directory.grantOf(target.id, user.id);
  return granted ? [granted] : [];
}

/**
 * The viewer as the domain's actor toward `target`. For the viewer's own partner org (partner
 * actions such as starting a trial) the relation is `partner`.
 */
export function actorIn(store: Store, viewer: Viewer, target: StoredOrg): Actor {
  const own = viewer.user.orgId === target.id;
  const relation: OrgRelation =
    own && target.kind === 'partner' ? 'partner' : relationOf(viewer.user.orgId, target);
  return {
    userId: viewer.user.id,
    relation,
    role: effectiveRole(rolesIn(store, viewer.user, target)),
    licenses: licensesOf(viewer.user),
    account: accountOf(viewer.user),
  };
}

/** The viewer as an actor of their own org: partner actions and wholesale. */
export function actorAtHome(viewer: Viewer): Actor {
  const relation: OrgRelation =
    viewer.org.kind === 'partner' ? 'partner' : viewer.org.kind === 'customer' ? 'customer' : 'external';
  return {
    userId: viewer.user.id,
    relation,
    role: effectiveRole(viewer.user.roles),
    licenses: licensesOf(viewer.user),
    account: accountOf(viewer.user),
  };
}

/** Whether `user` is the only active full admin among the users of the customer org. */
export function isLastFullAdmin(store: Store, user: StoredUser, target: StoredOrg): boolean {
  if (user.orgId !== target.id || !user.roles.includes('full_admin')) return false;
  for (const id of store.directory.userIdsOf(target.id)) {
    const other = store.directory.users.get(id);
    // A deactivated full admin cannot sign in: the org's owner is an active one (decision 0026).
    if (other && other.id !== user.id && other.roles.includes('full_admin') && !other.deactivated)
      return false;
  }
  return true;
}

/** Whether the org has the contact-center service activated (the domain's `orgHasContactCenter`). */
export function contactCenterProvisioned(store: Store, org: StoredOrg): boolean {
  return orgHasContactCenter({
    kind: org.kind,
    ownContactCenter: org.hasOwnContactCenter,
    setupStatus: store.setups.get(org.id)?.state.status ?? null,
  });
}

export function targetIn(store: Store, user: StoredUser, target: StoredOrg): TargetUser {
  const userOrg = store.directory.orgs.get(user.orgId);
  return {
    userId: user.id,
    relation: relationOf(user.orgId, target),
    roles: rolesIn(store, user, target),
    orgHasContactCenter: userOrg ? contactCenterProvisioned(store, userOrg) : false,
    orgIsPartnerWithProvisioningAccess:
      userOrg?.kind === 'partner' && userOrg.provisioningAccessTo.includes(target.id),
    isLastFullAdmin: isLastFullAdmin(store, user, target),
  };
}
