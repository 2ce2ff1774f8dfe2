import type { License, Warning } from '@onramp/contract';
import {
  activationDecision,
  can,
  connectRoleFor,
  exclusiveRoleOf,
  licenseChangeRefusal,
  setRole,
} from '@onramp/domain';
import { sendInvitation } from '../../effects/emails.js';
import { rolesIn, targetIn } from '../../glue/actors.js';
import { authorize, etag } from '../../handling/access.js';
import { fail, forbidden, type Handler, isFailure, iso } from '../../handling/reply.js';
import { LICENSE_WIRE } from '../../handling/wire-codes.js';
import { encodeId, randomUuid } from '../../store/ids.js';
import { welcomeEmailSent } from '../../store/onboarding.js';
import type { Store } from '../../store/store.js';
import type { StoredOrg, StoredUser } from '../../store/types.js';
import { storeRoles, userToChange } from './changes.js';
import { findMember, platformOf, userView } from './members.js';

/** Licenses are limited by the org's subscription (DOMAIN §2.3 Subscriptions). */
export function licenseLeft(store: Store, org: StoredOrg, license: string, planned = 0): boolean {
  const quantity = org.subscription?.licenses.find((l) => l.license === license)?.quantity ?? 0;
  return store.directory.licensesAssigned(org.id, license as never) + planned < quantity;
}

const OTHER_ORG_USER = 'The user belongs to another org: revoke their admin role instead.';

const licenseLimit = (license: string) =>
  fail(409, 'license_limit_reached', `Every ${license} license of this organization is assigned.`, 'license');

/** The org's platform must offer a license given (decision 0006); taking one away always works. */
function notOffered(store: Store, org: StoredOrg, current: License | null, next: License | null) {
  const refusal = licenseChangeRefusal(platformOf(store, org), current, next);
  return refusal && fail(409, LICENSE_WIRE[refusal.reason], refusal.message, 'license');
}

export const addUser: Handler<'addUser'> = ({ store, clock, viewer, path, body, baseUrl }) => {
  const access = authorize(store, viewer, path.orgId, 'add_user');
  if (isFailure(access)) return access;
  const { org, actor } = access;
  if (body.license) {
    const licenses = can(actor, 'edit_licenses');
    if (!licenses.allowed) return forbidden(licenses);
  }
  if (store.directory.userByEmail(body.email))
    return fail(409, 'email_in_use', `${body.email} already belongs to a user.`, 'email');
  const refused = notOffered(store, org, null, body.license ?? null);
  if (refused) return refused;
  if (body.license && !licenseLeft(store, org, body.license)) return licenseLimit(body.license);
  const now = clock.now();
  const user: StoredUser = {
    id: encodeId('PEOPLE', randomUuid()),
    email: body.email,
    firstName: body.firstName ?? '',
    lastName: body.lastName ?? '',
    orgId: org.id,
    status: 'unverified',
    roles: [],
    license: body.license ?? null,
    services: ['meetings', 'messaging'],
    version: 1,
    onboarding: welcomeEmailSent(now),
    createdAt: now,
  };
  store.directory.putUser(user);
  sendInvitation(store, user, org.name, now);
  return {
    status: 201,
    headers: { location: `${baseUrl}/organizations/${org.id}/users/${user.id}`, etag: etag(user.version) },
    body: userView(store, user, org),
  };
};

export const removeUser: Handler<'removeUser'> = ({ store, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'remove_user');
  if (isFailure(access)) return access;
  const user = findMember(store, access.actor, access.org, path.userId);
  if ('body' in user) return user;
  if (user.orgId !== access.org.id) return fail(409, 'user_not_in_org', OTHER_ORG_USER, 'userId');
  const decision = can(access.actor, 'remove_user', { user: targetIn(store, user, access.org) });
  if (!decision.allowed) return forbidden(decision);
  store.directory.deleteUser(user.id);
  return { status: 204, body: undefined };
};

export const resendUserInvitation: Handler<'resendUserInvitation'> = ({ store, clock, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'send_activation_email');
  if (isFailure(access)) return access;
  const user = findMember(store, access.actor, access.org, path.userId);
  if ('body' in user) return user;
  if (user.status === 'verified')
    return fail(409, 'user_already_verified', 'The user has activated the account already.', 'userId');
  const now = clock.now();
  sendInvitation(store, user, access.org.name, now);
  return { status: 200, body: { userId: user.id, email: user.email, sentAt: iso(now) } };
};

export const setUserLicense: Handler<'setUserLicense'> = (context) => {
  const { store, body } = context;
  const found = userToChange(context, 'edit_licenses', 'Only users of the customer org hold its licenses.');
  if (isFailure(found)) return found;
  const { org, actor, user } = found;
  const decision = can(actor, 'edit_licenses', { user: targetIn(store, user, org) });
  if (!decision.allowed) return forbidden(decision);
  const refused = notOffered(store, org, user.license, body.license);
  if (refused) return refused;
  if (body.license && body.license !== user.license && !licenseLeft(store, org, body.license))
    return licenseLimit(body.license);
  const updated =
    body.license === user.license ? user : { ...user, license: body.license, version: user.version + 1 };
  store.directory.putUser(updated);
  return { status: 200, headers: { etag: etag(updated.version) }, body: userView(store, updated, org) };
};

export const setUserAdminRole: Handler<'setUserAdminRole'> = (context) => {
  const { store, body } = context;
  // The same access, lookup and rule as GET .../roleOptions, so the two cannot disagree (0025).
  const found = userToChange(context, 'view_service');
  if (isFailure(found)) return found;
  const { org, actor, user } = found;
  const target = targetIn(store, user, org);
  const previousRole = exclusiveRoleOf(target.roles);
  const result = setRole(actor, target, body.role);
  if (!result.allowed) return forbidden(result);
  const newRole = exclusiveRoleOf(result.roles);
  const updated = newRole === previousRole ? user : storeRoles(store, user, org, result.roles);
  const warnings: Warning[] =
    newRole === 'full_admin' && user.license === 'cc_standard'
      ? [
          {
            reason: 'standard_license_agent_only',
            message:
              'A full admin with a Webex Contact Center Standard license can only sign in to Agent Desktop, not to the management portal.',
          },
        ]
      : [];
  return {
    status: 200,
    headers: { etag: etag(updated.version) },
    body: {
      user: userView(store, updated, org),
      previousRole,
      connectRole: connectRoleFor(newRole, target.relation),
      warnings,
    },
  };
};

/** **Add external admin** (DOMAIN §2.3): the service-admin role for a user of another org, by §2.2. */
export const addExternalAdmin: Handler<'addExternalAdmin'> = ({ store, viewer, path, body, baseUrl }) => {
  const access = authorize(store, viewer, path.orgId, 'add_external_admin');
  if (isFailure(access)) return access;
  const { org, actor } = access;
  const user = store.directory.userByEmail(body.email);
  if (!user) return fail(404, 'not_found', `No user has the e-mail ${body.email}.`, 'email');
  if (user.orgId === org.id)
    return fail(
      409,
      'not_external_user',
      `${body.email} is a user of this organization: give the role with PUT .../adminRole.`,
      'email',
    );
  if (rolesIn(store, user, org).length > 0)
    return fail(
      409,
      'already_admin',
      `${body.email} already holds an admin role in this organization.`,
      'email',
    );
  const result = setRole(actor, targetIn(store, user, org), 'service_admin');
  if (!result.allowed) return forbidden(result);
  const updated = storeRoles(store, user, org, result.roles);
  return {
    status: 201,
    headers: { location: `${baseUrl}/organizations/${org.id}/users/${user.id}`, etag: etag(updated.version) },
    body: userView(store, updated, org),
  };
};

/** Details of a user of the customer org (seed 001: "Actualizați … Detalii utilizator"). */
export const updateUser: Handler<'updateUser'> = (context) => {
  const { store, body } = context;
  const found = userToChange(
    context,
    'edit_user_details',
    "The details of another org's user belong to that org.",
  );
  if (isFailure(found)) return found;
  const { org, actor, user } = found;
  const decision = can(actor, 'edit_user_details', { user: targetIn(store, user, org) });
  if (!decision.allowed) return forbidden(decision);
  const firstName = body.firstName ?? user.firstName;
  const lastName = body.lastName ?? user.lastName;
  const same = firstName === user.firstName && lastName === user.lastName;
  const updated = same ? user : { ...user, firstName, lastName, version: user.version + 1 };
  store.directory.putUser(updated);
  return { status: 200, headers: { etag: etag(updated.version) }, body: userView(store, updated, org) };
};

/** Activate or deactivate a user of the customer org (DOMAIN §2.1; decision 0026). */
export const setUserActivation: Handler<'setUserActivation'> = (context) => {
  const { store, body } = context;
  const found = userToChange(context, 'activate_user', OTHER_ORG_USER);
  if (isFailure(found)) return found;
  const { org, actor, user } = found;
  const decision = activationDecision(actor, targetIn(store, user, org), body.active);
  if (!decision.allowed) return forbidden(decision);
  const same = (user.deactivated !== true) === body.active;
  const updated = same ? user : { ...user, deactivated: !body.active, version: user.version + 1 };
  store.directory.putUser(updated);
  return { status: 200, headers: { etag: etag(updated.version) }, body: userView(store, updated, org) };
};

/**
 * The Connect side of the role sync (DOMAIN §1.4, second table; decision 0027): the domain's
 * `connectRoleChange` (a Control Hub role change by its rules), stored with the Connect role so the
 * pair reads `connect_to_control_hub` until Control Hub changes the role again.
 */
