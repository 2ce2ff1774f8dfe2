import type { Store } from '../store/store.js';
import type { StoredUser } from '../store/types.js';
import { sendConnect } from './emails.js';

/** Sends the Connect e-mail and starts a new 7-business-day window (DOMAIN §1.4). */
export function inviteToConnect(
  store: Store,
  user: StoredUser,
  orgId: string,
  orgName: string,
  now: number,
): StoredUser {
  const email = sendConnect(store, user, orgId, orgName, now);
  const token = (email.links[0]?.body.token as string | undefined) ?? '';
  const updated: StoredUser = { ...user, connect: { sentAt: now, activatedAt: null, token } };
  store.directory.putUser(updated);
  return updated;
}
