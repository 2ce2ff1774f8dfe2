import type { CustomerAdminActivation, components } from '@onramp/contract';
import {
  activationDeadline,
  completeOnboardingStep,
  connectTenantUrl,
  isAccountActive,
  isActivationExpired,
  mayFollowConnectInvitation,
  nextOnboardingStep,
  type OnboardingMilestone,
  tenantDataCenter,
} from '@onramp/domain';
import type { Store } from '../../store/store.js';

type ConnectActivation = components['schemas']['ConnectActivation'];

import { issueLink } from '../../effects/emails.js';
import { inviteToConnect } from '../../effects/invitations.js';
import { authorize } from '../../handling/access.js';
import { fail, type Handler, isFailure, iso } from '../../handling/reply.js';
import { ONBOARDING_STEP_WIRE, ONBOARDING_WIRE } from '../../handling/wire-codes.js';
import type { LinkToken, StoredOnboarding, StoredOrg, StoredUser } from '../../store/types.js';

const NOT_STARTED: StoredOnboarding = { completed: ['welcome_email_sent'], welcomeEmailSentAt: null, at: {} };
const DONE: StoredOnboarding = {
  completed: ['welcome_email_sent', 'get_started', 'password_set', 'terms_accepted'],
  welcomeEmailSentAt: null,
  at: {},
};

/** Seeded verified users without a record activated long ago. */
const onboardingOf = (user: StoredUser) =>
  user.onboarding ?? (user.status === 'verified' ? DONE : NOT_STARTED);

const at = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : iso(ms));

export function activationView(user: StoredUser): CustomerAdminActivation {
  const onboarding = onboardingOf(user);
  const next = nextOnboardingStep(onboarding);
  return {
    userId: user.id,
    email: user.email,
    welcomeEmailSentAt: at(onboarding.welcomeEmailSentAt),
    getStartedAt: at(onboarding.at.get_started),
    passwordSetAt: at(onboarding.at.password_set),
    termsAcceptedAt: at(onboarding.at.terms_accepted),
    active: isAccountActive(onboarding),
    nextStep: next === null ? 'done' : ONBOARDING_STEP_WIRE[next],
  };
}

export function connectView(user: StoredUser, now: number): ConnectActivation {
  const connect = user.connect;
  return {
    userId: user.id,
    email: user.email,
    connectEmailSentAt: at(connect?.sentAt),
    connectActivatedAt: at(connect?.activatedAt),
    activationDeadline: connect ? iso(activationDeadline(connect.sentAt)) : null,
    expired: !!connect && connect.activatedAt === null && isActivationExpired(connect.sentAt, now),
  };
}

export const getOnboarding: Handler<'getOnboarding'> = ({ store, clock, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'view_users');
  if (isFailure(access)) return access;
  const admin = store.directory.users.get(access.org.firstAdminUserId ?? '');
  if (!admin) return fail(404, 'not_found', 'This organization has no customer admin yet.', 'orgId');
  return {
    status: 200,
    body: {
      orgId: access.org.id,
      customerAdmin: activationView(admin),
      connect: admin.connect ? connectView(admin, clock.now()) : null,
    },
  };
};

function useLink(store: Store, token: string, purpose: LinkToken['purpose']) {
  const link = store.links.get(token);
  const user = link && store.directory.users.get(link.userId);
  if (!link || link.used || !user)
    return fail(400, 'link_invalid', 'This link is unknown, used up or expired.', 'token');
  if (link.purpose !== purpose)
    return fail(
      409,
      'onboarding_out_of_order',
      `This link is for "${link.purpose}", not this step.`,
      'token',
    );
  return { link, user };
}

/** One step of the customer admin's activation (DOMAIN §1.1), by the domain's rule. */
function completeStep(store: Store, user: StoredUser, step: OnboardingMilestone, now: number) {
  const onboarding = onboardingOf(user);
  if (onboarding.completed.includes(step))
    return fail(409, ONBOARDING_WIRE.step_out_of_order, `"${step}" is done already.`, 'token');
  const result = completeOnboardingStep(onboarding, step);
  if ('error' in result) return fail(409, ONBOARDING_WIRE[result.error.code], result.error.message, 'token');
  const next: StoredOnboarding = {
    ...onboarding,
    completed: [...result.state.completed],
    at: { ...onboarding.at, [step]: now },
  };
  const updated: StoredUser = {
    ...user,
    onboarding: next,
    status: isAccountActive(next) ? 'verified' : user.status,
  };
  store.directory.putUser(updated);
  return { user: updated };
}

export const startOnboarding: Handler<'startOnboarding'> = ({ store, clock, body }) => {
  const found = useLink(store, body.token, 'get_started');
  if ('body' in found) return found;
  const done = completeStep(store, found.user, 'get_started', clock.now());
  if ('body' in done) return done;
  const { user } = done;
  store.links.set(found.link.token, { ...found.link, used: true });
  return {
    status: 200,
    body: { userId: user.id, email: user.email, setPasswordToken: issueLink(store, user.id, 'set_password') },
  };
};

export const setOnboardingPassword: Handler<'setOnboardingPassword'> = ({ store, clock, body }) => {
  const found = useLink(store, body.token, 'set_password');
  if ('body' in found) return found;
  const done = completeStep(store, found.user, 'password_set', clock.now());
  if ('body' in done) return done;
  const { user } = done;
  store.links.set(found.link.token, { ...found.link, used: true });
  return { status: 200, body: { acceptTermsToken: issueLink(store, user.id, 'accept_terms') } };
};

export const acceptOnboardingTerms: Handler<'acceptOnboardingTerms'> = ({ store, clock, body }) => {
  const found = useLink(store, body.token, 'accept_terms');
  if ('body' in found) return found;
  const done = completeStep(store, found.user, 'terms_accepted', clock.now());
  if ('body' in done) return done;
  const { user } = done;
  store.links.set(found.link.token, { ...found.link, used: true });
  return { status: 200, body: { userId: user.id, orgId: user.orgId, active: true } };
};

/**
 * The org's Webex Connect tenant, in the data center of its country of operation (the domain's
 * `connectTenantUrl`), or `null` while the setup has not completed (no tenant yet).
 */
export function tenantUrlOf(store: Store, org: StoredOrg): string | null {
  const setup = store.setups.get(org.id);
  const dataCenter = setup?.state.status === 'completed' ? tenantDataCenter(setup.state) : null;
  return dataCenter ? connectTenantUrl(org.name, dataCenter) : null;
}

export const activateConnect: Handler<'activateConnect'> = ({ store, clock, body }) => {
  const found = useLink(store, body.token, 'connect');
  if ('body' in found) return found;
  const { user } = found;
  const connect = user.connect;
  if (!connect || (connect.token !== undefined && connect.token !== body.token))
    return fail(400, 'link_invalid', 'This Connect link was replaced by a newer invitation.', 'token');
  if (!mayFollowConnectInvitation(onboardingOf(user)))
    return fail(
      409,
      'onboarding_out_of_order',
      'Complete Get started of the Webex welcome e-mail first (DOMAIN §1.4).',
      'token',
    );
  if (connect.activatedAt !== null)
    return fail(409, 'connect_already_active', 'The Webex Connect account is active already.', 'token');
  const now = clock.now();
  if (isActivationExpired(connect.sentAt, now))
    return fail(
      409,
      'connect_activation_expired',
      'Not activated within 7 business days: the admin must be added again (DOMAIN §1.4).',
      'token',
    );
  store.directory.putUser({ ...user, connect: { ...connect, activatedAt: now } });
  store.links.set(found.link.token, { ...found.link, used: true });
  const org = store.directory.orgs.get(user.orgId);
  const tenantUrl = org ? tenantUrlOf(store, org) : null;
  if (!tenantUrl)
    return fail(409, 'setup_not_completed', 'The Webex Connect tenant exists once the setup completed.');
  return {
    status: 200,
    body: {
      userId: user.id,
      orgId: user.orgId,
      connectActivatedAt: iso(now),
      tenantUrl,
    },
  };
};

export const resendConnectInvitation: Handler<'resendConnectInvitation'> = ({
  store,
  clock,
  viewer,
  path,
}) => {
  const access = authorize(store, viewer, path.orgId, 'manage_service');
  if (isFailure(access)) return access;
  const user = store.directory.users.get(path.userId ?? '');
  if (!user || user.orgId !== access.org.id)
    return fail(404, 'not_found', `The organization has no user with the id ${path.userId}.`, 'userId');
  if (store.setups.get(access.org.id)?.state.status !== 'completed')
    return fail(
      409,
      'setup_not_completed',
      'Webex Connect is provisioned with the contact center: complete the setup first.',
    );
  const now = clock.now();
  if (user.connect?.activatedAt)
    return fail(409, 'connect_already_active', 'The Webex Connect account is active already.');
  if (user.connect && !isActivationExpired(user.connect.sentAt, now))
    return fail(409, 'connect_activation_pending', 'The 7-business-day activation window is still open.');
  const invited = inviteToConnect(store, user, access.org.id, access.org.name, now);
  return { status: 200, body: connectView(invited, now) };
};
