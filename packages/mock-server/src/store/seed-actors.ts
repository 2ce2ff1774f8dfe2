import type { OrgKind } from '@onramp/contract';
import { displayNameOf } from './directory.js';
import { personId, SEEDED_TOKENS, type SeededToken, WORLD } from './seed-ids.js';
import { ORGS, USERS } from './seed-tables.js';

// Who the default scenario's seeded tokens sign in and which orgs `WORLD` names, read from the seed's
// tables: an app that offers the seeded actors (a portal's actor switch, a demo's org select) shows
// the seed's names instead of restating them.

/** A seeded org of the designed world, as the default scenario loads it. */
export interface SeededOrg {
  id: string;
  name: string;
  kind: OrgKind;
}

/** Whom a seeded bearer token signs in, as the default scenario loads them. */
export interface SeededActor {
  token: SeededToken;
  userId: string;
  /** The user's display name, as `GET /me` answers it. */
  name: string;
  email: string;
  /** The user's own org (an external admin's is not the customer org they hold a role in). */
  org: SeededOrg;
}

function seededOrg(id: string): SeededOrg {
  const row = ORGS.find((org) => org.id === id);
  if (!row) throw new Error(`The seed has no org ${id}.`);
  return { id: row.id, name: row.name, kind: row.kind };
}

function seededActor(token: SeededToken): SeededActor {
  const userId = personId(SEEDED_TOKENS[token]);
  const row = USERS.find((user) => personId(user.n) === userId);
  if (!row) throw new Error(`The seed has no user for the token ${token}.`);
  return {
    token,
    userId,
    name: displayNameOf({ firstName: row.first, lastName: row.last, email: row.email }),
    email: row.email,
    org: seededOrg(row.orgId),
  };
}

/** The designed world's orgs by their `WORLD` key (`SEEDED_ORGS.provisionedCustomer.name`). */
export const SEEDED_ORGS = Object.fromEntries(
  Object.entries(WORLD).map(([key, id]) => [key, seededOrg(id)]),
) as { readonly [K in keyof typeof WORLD]: SeededOrg };

/** Every seeded token's actor (`SEEDED_ACTORS['customer-full-admin'].name`). */
export const SEEDED_ACTORS = Object.fromEntries(
  (Object.keys(SEEDED_TOKENS) as SeededToken[]).map((token) => [token, seededActor(token)]),
) as { readonly [K in SeededToken]: SeededActor & { token: K } };
