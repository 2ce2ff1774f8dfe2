import { describe, expect, it } from 'vitest';
import { ALLOWED, DENIAL_MESSAGES, deny } from './decision.js';
import { DENIAL_REASONS } from './vocabulary.js';

describe('decision', () => {
  it.each(DENIAL_REASONS)('%s has an English message that names its DOMAIN rule', (reason) => {
    expect(DENIAL_MESSAGES[reason]).toMatch(/\(DOMAIN §\d/);
    expect(DENIAL_MESSAGES[reason].length).toBeGreaterThan(20);
  });

  it('deny uses the default message unless given a more precise one', () => {
    expect(deny('read_only')).toEqual({
      allowed: false,
      reason: 'read_only',
      message: DENIAL_MESSAGES.read_only,
    });
    expect(deny('insufficient_role', 'Only full admins.')).toEqual({
      allowed: false,
      reason: 'insufficient_role',
      message: 'Only full admins.',
    });
  });

  it('ALLOWED carries no reason and cannot be mutated', () => {
    expect(ALLOWED).toEqual({ allowed: true });
    expect(Object.isFrozen(ALLOWED)).toBe(true);
  });
});
