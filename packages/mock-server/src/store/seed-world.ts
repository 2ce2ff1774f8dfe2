import { orderFrom, orgFrom, setupFrom, userFrom } from './seed-builders.js';
import { personId, SEEDED_TOKENS } from './seed-ids.js';
import { EMAILS, GRANTS, LINKS, ORDERS, ORGS, SETUPS, TRIALS, USERS } from './seed-tables.js';
import type { SeedData } from './types.js';

export { SEEDED_TOKENS, type SeededToken, WORLD } from './seed-ids.js';

/**
 * The designed world of the default scenario: every org relation, role, license and setup state
 * (the tables of `seed-tables.ts`), dated relative to `now`.
 */
export function seedWorld(
  now: number,
): Omit<SeedData, 'partnerOrgId' | 'customers' | 'subscribers' | 'subPartners'> {
  // Copies of the rows: the store changes its records in place, never the tables.
  const orgs = structuredClone(ORGS).map((row) => orgFrom(row, now));
  return {
    tokens: Object.fromEntries(Object.entries(SEEDED_TOKENS).map(([token, n]) => [token, personId(n)])),
    orgs,
    users: structuredClone(USERS).map((row) => userFrom(row, orgs, now)),
    grants: [...structuredClone(GRANTS)],
    trials: structuredClone(TRIALS).map(({ startedAgo, ...trial }) => ({
      ...trial,
      startedAt: now - startedAgo,
    })),
    orders: structuredClone(ORDERS).map((row) => orderFrom(row, now)),
    setups: structuredClone(SETUPS).map((row) => setupFrom(row, orgs, now)),
    outbox: structuredClone(EMAILS).map(({ sentAgo, ...email }) => ({ ...email, sentAt: now - sentAgo })),
    links: [...structuredClone(LINKS)],
  };
}
