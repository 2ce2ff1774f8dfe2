import type { AdminRole } from '@onramp/contract';
import { type Action, type Actor, exclusiveRoleOf } from '@onramp/domain';
import { relationOf } from '../../glue/actors.js';
import { authorize, ifMatches, staleVersion } from '../../handling/access.js';
import { type Failure, fail, type HandlerContext, isFailure } from '../../handling/reply.js';
import type { Store } from '../../store/store.js';
import type { StoredOrg, StoredUser } from '../../store/types.js';
import { findMember } from './members.js';

export type ChangeContext = Pick<HandlerContext<never>, 'store' | 'viewer' | 'path' | 'headers'>;
export type UserToChange = { org: StoredOrg; actor: Actor; user: StoredUser };

/**
 * The start every change to one user shares: the org and the viewer as its actor, if `action` is
 * allowed; the user of the path, if the actor may see them; their version against `If-Match`; and,
 * with `notInOrg`, a 409 with that message for a user of another org.
 */
export function userToChange(context: ChangeContext, action: Action): UserToChange | Failure<403 | 404 | 412>;
export function userToChange(
  context: ChangeContext,
  action: Action,
  notInOrg: string,
): UserToChange | Failure<403 | 404 | 409 | 412>;
export function userToChange(
  { store, viewer, path, headers }: ChangeContext,
  action: Action,
  notInOrg?: string,
): UserToChange | Failure {
  const access = authorize(store, viewer, path.orgId, action);
  if (isFailure(access)) return access;
  const { org, actor } = access;
  const user = findMember(store, actor, org, path.userId);
  if (isFailure(user)) return user;
  if (!ifMatches(headers['if-match'], user.version)) return staleVersion();
  if (notInOrg !== undefined && user.orgId !== org.id)
    return fail(409, 'user_not_in_org', notInOrg, 'userId');
  return { org, actor, user };
}

/** Stores the user's new roles in this org: their own roles, or the role granted here. */
export function storeRoles(
  store: Store,
  user: StoredUser,
  org: StoredOrg,
  roles: readonly AdminRole[],
): StoredUser {
  const relation = relationOf(user.orgId, org);
  const updated: StoredUser = { ...user, version: user.version + 1 };
  // A Control Hub change syncs to Connect from now on (DOMAIN §1.4, first table).
  delete updated.addedInConnectAs;
  if (relation === 'customer') updated.roles = [...roles];
  else if (relation === 'external') {
    const role = exclusiveRoleOf(roles);
    if (role) store.directory.putGrant({ orgId: org.id, userId: user.id, role });
    else store.directory.deleteGrant(org.id, user.id);
  }
  store.directory.putUser(updated);
  return updated;
}
