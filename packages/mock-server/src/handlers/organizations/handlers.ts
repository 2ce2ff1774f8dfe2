import type { ActionPermission } from '@onramp/contract';
import { ACTIONS, effectivePermissions } from '@onramp/domain';
import { actorIn, relationOf } from '../../glue/actors.js';
import { findOrg } from '../../handling/access.js';
import { fail, type Handler, intParam, isFailure, stringParam } from '../../handling/reply.js';
import { page } from '../../store/paging.js';
import { meView, organizationView } from './views.js';

export const getMe: Handler<'getMe'> = ({ viewer }) => ({
  status: 200,
  body: meView(viewer.user, viewer.org),
});

/** The orgs the viewer manages (DOMAIN §2, §3): a partner's customers, one's own org, granted orgs. */
export const listOrganizations: Handler<'listOrganizations'> = ({ store, viewer, query }) => {
  const { directory } = store;
  const ids =
    viewer.org.kind === 'partner'
      ? directory.customerOrgsOf(viewer.org.id)
      : viewer.org.kind === 'customer'
        ? [viewer.org.id]
        : directory.orgsGrantedTo(viewer.user.id).sort((a, b) => {
            const left = directory.orgs.get(a)?.name ?? '';
            const right = directory.orgs.get(b)?.name ?? '';
            return left.localeCompare(right);
          });
  const kind = stringParam(query.kind);
  const search = stringParam(query.search)?.toLowerCase();
  const keep = (id: string) => {
    const org = directory.orgs.get(id);
    return (
      !!org &&
      (kind === undefined || org.kind === kind) &&
      (!search || org.name.toLowerCase().includes(search))
    );
  };
  const offset = intParam(query.offset, 0);
  const max = intParam(query.max, 100);
  const matching = kind === undefined && !search ? ids : ids.filter(keep);
  const items = page(matching, offset, max, keep).map((id) =>
    organizationView(store, directory.orgs.get(id) as never),
  );
  return { status: 200, body: { items, totalCount: matching.length } };
};

export const getOrganization: Handler<'getOrganization'> = ({ store, viewer, path }) => {
  const org = findOrg(store, path.orgId);
  if (isFailure(org)) return org;
  const actor = actorIn(store, viewer, org);
  const related = actor.relation !== 'external' || actor.role !== null || viewer.org.id === org.id;
  if (!related)
    return fail(
      403,
      'no_relation',
      'Your organization has no relation to this organization (DOMAIN §2).',
      'orgId',
    );
  return { status: 200, body: organizationView(store, org) };
};

export const getEffectivePermissions: Handler<'getEffectivePermissions'> = ({ store, viewer, path }) => {
  const org = findOrg(store, path.orgId);
  if (isFailure(org)) return org;
  const actor = actorIn(store, viewer, org);
  const decisions = effectivePermissions(actor);
  const actions: ActionPermission[] = ACTIONS.map((action) => {
    const decision = decisions[action];
    return decision.allowed
      ? { action, allowed: true }
      : { action, allowed: false, reason: decision.reason, message: decision.message };
  });
  const none = actor.role === null && relationOf(viewer.user.orgId, org) === 'external';
  return {
    status: 200,
    body: {
      orgId: org.id,
      userId: viewer.user.id,
      relation: none ? null : actor.relation,
      role: actor.role,
      actions,
    },
  };
};
