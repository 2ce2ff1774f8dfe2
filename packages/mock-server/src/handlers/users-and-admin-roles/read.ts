import type { RoleOption } from '@onramp/contract';
import { canSee, exclusiveRoleOf, licenseOptionsFor, roleChoicesFor } from '@onramp/domain';
import { relationOf, rolesIn, targetIn } from '../../glue/actors.js';
import { authorize, etag } from '../../handling/access.js';
import { type Handler, intParam, isFailure, stringParam } from '../../handling/reply.js';
import { displayNameOf } from '../../store/directory.js';
import type { StoredUser } from '../../store/types.js';
import { findMember, membersOf, platformOf, userView } from './members.js';

/**
 * The users page (DOMAIN §2.3): the filters, search and status, and the visibility rules of the
 * domain (`canSee`) applied before counting, so `totalCount` counts only what the actor may see.
 * One pass over the org's members (indexed by org and sorted by name), never over the store.
 */
export const listUsers: Handler<'listUsers'> = ({ store, viewer, path, query }) => {
  const filter = stringParam(query.filter) ?? 'all';
  const access = authorize(
    store,
    viewer,
    path.orgId,
    filter === 'external_admins' ? 'view_external_admins' : 'view_users',
  );
  if (isFailure(access)) return access;
  const { org, actor } = access;
  const search = stringParam(query.search)?.toLowerCase();
  const status = stringParam(query.status);
  const offset = intParam(query.offset, 0);
  const max = intParam(query.max, 100);
  const items = [];
  let totalCount = 0;
  for (const user of membersOf(store, org)) {
    const relation = relationOf(user.orgId, org);
    const roles = rolesIn(store, user, org);
    if (filter === 'administrators' && (relation !== 'customer' || roles.length === 0)) continue;
    if (filter === 'external_admins' && (relation === 'customer' || roles.length === 0)) continue;
    if (status !== undefined && user.status !== status) continue;
    if (search && !matches(user, search)) continue;
    if (!canSee(actor, { relation, roles })) continue;
    if (totalCount >= offset && items.length < max) items.push(userView(store, user, org));
    totalCount++;
  }
  return { status: 200, body: { items, totalCount } };
};

function matches(user: StoredUser, search: string): boolean {
  return displayNameOf(user).toLowerCase().includes(search) || user.email.toLowerCase().includes(search);
}

/**
 * One user, and their role options below: for whoever has service access and may see the user
 * (`findMember` applies the visibility rules), so a provisioning admin opens the external admins it
 * lists (decision 0006).
 */
export const getUser: Handler<'getUser'> = ({ store, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'view_service');
  if (isFailure(access)) return access;
  const user = findMember(store, access.actor, access.org, path.userId);
  if ('body' in user) return user;
  return { status: 200, headers: { etag: etag(user.version) }, body: userView(store, user, access.org) };
};

/**
 * Every role choice with the domain's decision (`roleChoicesFor`, DOMAIN §2.2), and the licenses
 * the org's platform offers (`licenseOptionsFor`, decision 0006; none for a user of another org).
 */
export const getUserRoleOptions: Handler<'getUserRoleOptions'> = ({ store, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'view_service');
  if (isFailure(access)) return access;
  const user = findMember(store, access.actor, access.org, path.userId);
  if ('body' in user) return user;
  const target = targetIn(store, user, access.org);
  const current = exclusiveRoleOf(target.roles);
  const options: RoleOption[] = roleChoicesFor(access.actor, target).map(({ role, decision }) =>
    decision.allowed
      ? { role, allowed: true, current: role === current }
      : {
          role,
          allowed: false,
          current: role === current,
          reason: decision.reason,
          message: decision.message,
        },
  );
  const platform = platformOf(store, access.org);
  const licenseOptions = target.relation === 'customer' ? [...licenseOptionsFor(platform)] : [];
  return {
    status: 200,
    body: { orgId: access.org.id, userId: user.id, currentRole: current, options, platform, licenseOptions },
  };
};
