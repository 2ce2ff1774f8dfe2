import { describe, expect, it } from 'vitest';
import { encodeId, randomIdPair } from './ids.js';

const decode = (id: string) => Buffer.from(id, 'base64').toString('latin1');
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomIdPair', () => {
  it('gives the ids encodeId gives for one new random v4 uuid, of both kinds', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const [customer, org] = randomIdPair('CUSTOMER', 'ORGANIZATION');
      const uuid = decode(customer).replace('ciscospark://us/CUSTOMER/', '');
      expect(uuid).toMatch(UUID_V4);
      expect(customer).toBe(encodeId('CUSTOMER', uuid));
      expect(org).toBe(encodeId('ORGANIZATION', uuid));
      seen.add(uuid);
    }
    // Random, not repeated (500 uuids, across several refills of the pool of 64).
    expect(seen.size).toBe(500);
  });
});
