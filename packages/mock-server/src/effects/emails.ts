import type { Store } from '../store/store.js';
import type { EmailLink, LinkToken, StoredEmail, StoredUser } from '../store/types.js';

/**
 * The mock's outbox (`GET /_mock/outbox`): the e-mails the real service would send, with their
 * links as requests that work against the mock (DOMAIN §1.1 welcome, §1.4 Connect, §2.3 invitation).
 */
function newToken(prefix: string): string {
  return `${prefix}_${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

export function issueLink(store: Store, userId: string, purpose: LinkToken['purpose']): string {
  const prefix = { get_started: 'wel', set_password: 'pwd', accept_terms: 'tos', connect: 'cxn' }[purpose];
  const token = newToken(prefix);
  store.links.set(token, { token, userId, purpose, used: false });
  return token;
}

function send(store: Store, email: Omit<StoredEmail, 'id'>): StoredEmail {
  const stored = { id: newToken('mail'), ...email };
  store.outbox = [...store.outbox, stored];
  return stored;
}

const link = (label: string, path: string, token: string): EmailLink => ({
  label,
  method: 'POST',
  path: `/v1${path}`,
  body: { token },
});

/** The welcome e-mail of a trial or mapped order (§1.1): **Get started** starts the activation. */
export function sendWelcome(
  store: Store,
  user: StoredUser,
  orgName: string,
  partnerName: string,
  now: number,
) {
  const token = issueLink(store, user.id, 'get_started');
  return send(store, {
    kind: 'welcome',
    to: user.email,
    subject: `Welcome to Webex: set up ${orgName}`,
    text: `${partnerName} set up ${orgName} for you. Follow Get started, set a password and accept the terms of service to activate your account.`,
    orgId: user.orgId,
    userId: user.id,
    links: [link('Get started', '/onboarding/getStarted', token)],
    sentAt: now,
  });
}

/** The activation e-mail of a user added to an org, or sent again (§2.1, §2.3). */
export function sendInvitation(store: Store, user: StoredUser, orgName: string, now: number) {
  const token = issueLink(store, user.id, 'get_started');
  return send(store, {
    kind: 'invitation',
    to: user.email,
    subject: `You are invited to ${orgName} on Webex`,
    text: `Activate your account of ${orgName}: follow Get started.`,
    orgId: user.orgId,
    userId: user.id,
    links: [link('Get started', '/onboarding/getStarted', token)],
    sentAt: now,
  });
}

/** The Webex Connect e-mail (§1.4): activate within 7 business days. */
export function sendConnect(store: Store, user: StoredUser, orgId: string, orgName: string, now: number) {
  const token = issueLink(store, user.id, 'connect');
  return send(store, {
    kind: 'connect',
    to: user.email,
    subject: `Your Webex Connect workspace for ${orgName}`,
    text: 'Complete Get started of the Webex e-mail first, then sign in to Webex Connect within 7 business days.',
    orgId,
    userId: user.id,
    links: [link('Sign in to Webex Connect', '/onboarding/connect/activate', token)],
    sentAt: now,
  });
}
