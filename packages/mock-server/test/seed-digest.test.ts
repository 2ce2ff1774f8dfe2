import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, scaleSeed } from '../src/store/scenarios.js';
import type { SeedData } from '../src/store/types.js';

/**
 * The seeded data, pinned kind by kind: a count and a digest of each table's records, so a change to
 * how the seed is written that changes a record fails here and names the table. A deliberate change
 * to the seed updates these with `vitest run -u`.
 */
/** Object keys in order, so the order a builder writes fields in does not count as a change. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function digest(seed: SeedData): Record<string, string> {
  return Object.fromEntries(
    Object.entries(seed).map(([kind, records]) => [
      kind,
      `${Array.isArray(records) ? records.length : typeof records} ${createHash('sha256')
        .update(JSON.stringify(records, sortedKeys))
        .digest('hex')
        .slice(0, 16)}`,
    ]),
  );
}

// A second start far from SEED_TIME: every seeded date follows the clock it is loaded at.
const LATER = Date.UTC(2026, 11, 3, 17, 0, 0);

describe('the seeded store, table by table', () => {
  it('default scenario at the seed time', () => {
    expect(digest(SCENARIOS.default())).toMatchInlineSnapshot(`
      {
        "customers": "7 c07eab51c18863bd",
        "grants": "3 47ae04b1c8dc0b2b",
        "links": "1 466041e53b06c948",
        "orders": "8 7f45ac642c9eb6fc",
        "orgs": "13 5d3203e59c25dd88",
        "outbox": "1 44c96aa9aa65002d",
        "partnerOrgId": "string 4ae2454ab25c381b",
        "setups": "7 7c4e8140beee50f4",
        "subPartners": "2 04b3c51ae31d29c7",
        "subscribers": "10 382862a549ebc261",
        "tokens": "object 440a62a8c3fac496",
        "trials": "1 43ad61e629a28c6e",
        "users": "26 f0733c033a886a99",
      }
    `);
  });

  it('default scenario loaded later', () => {
    expect(digest(SCENARIOS.default(LATER))).toMatchInlineSnapshot(`
      {
        "customers": "7 eaa77e227092ccdc",
        "grants": "3 47ae04b1c8dc0b2b",
        "links": "1 466041e53b06c948",
        "orders": "8 c4277e0b847c4046",
        "orgs": "13 7d3a7e77d6764c3b",
        "outbox": "1 631a33691ad2c515",
        "partnerOrgId": "string 4ae2454ab25c381b",
        "setups": "7 105e8b73aa4fff81",
        "subPartners": "2 bde581aa4096db5e",
        "subscribers": "10 bfc432ac65d2c081",
        "tokens": "object 440a62a8c3fac496",
        "trials": "1 1b6bf58de3e586b0",
        "users": "26 d49b9f386adc3b30",
      }
    `);
  });

  it('empty scenario', () => {
    expect(digest(SCENARIOS.empty())).toMatchInlineSnapshot(`
      {
        "customers": "0 4f53cda18c2baa0c",
        "grants": "3 47ae04b1c8dc0b2b",
        "links": "0 4f53cda18c2baa0c",
        "orders": "0 4f53cda18c2baa0c",
        "orgs": "11 2617b2971fee3a57",
        "outbox": "0 4f53cda18c2baa0c",
        "partnerOrgId": "string 4ae2454ab25c381b",
        "setups": "7 7c4e8140beee50f4",
        "subPartners": "0 4f53cda18c2baa0c",
        "subscribers": "0 4f53cda18c2baa0c",
        "tokens": "object 440a62a8c3fac496",
        "trials": "0 4f53cda18c2baa0c",
        "users": "24 63948bb8cc00cb1b",
      }
    `);
  });

  it('a small scale scenario', () => {
    expect(digest(scaleSeed(30, 2, 3)())).toMatchInlineSnapshot(`
      {
        "customers": "37 2796b280d07325f5",
        "grants": "3 47ae04b1c8dc0b2b",
        "links": "1 466041e53b06c948",
        "orders": "8 7f45ac642c9eb6fc",
        "orgs": "43 12c046a19d0e0c2f",
        "outbox": "1 44c96aa9aa65002d",
        "partnerOrgId": "string 4ae2454ab25c381b",
        "setups": "37 87b81631ff8e3e12",
        "subPartners": "2 04b3c51ae31d29c7",
        "subscribers": "70 c83a79c6ccda8fb9",
        "tokens": "object 440a62a8c3fac496",
        "trials": "1 43ad61e629a28c6e",
        "users": "116 b5e129f65331e7f1",
      }
    `);
  });
});
