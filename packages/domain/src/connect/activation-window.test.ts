import { describe, expect, it } from 'vitest';
import { activationDeadline, isActivationExpired } from './activation-window.js';

// 2025-01-06 is a Monday.
const at = (day: number, hour = 10) => Date.UTC(2025, 0, day, hour, 0);

describe('Connect activation window: 7 business days (DOMAIN §1.4)', () => {
  it.each<[string, number, number]>([
    ['Monday', at(6), at(15)], // → Wednesday of the next week
    ['Wednesday', at(8), at(17)], // → Friday of the next week
    ['Thursday', at(9), at(20)], // → Monday, two weekends later
    ['Friday', at(10), at(21)], // → Tuesday, two weekends later
    ['Saturday', at(11), at(21)], // the weekend does not count
    ['Sunday', at(12), at(21)],
  ])('sent on a %s, it closes at the same time 7 business days later', (_day, sentAt, deadline) => {
    expect(activationDeadline(sentAt)).toBe(deadline);
  });

  it('an activation exactly at the deadline counts; a millisecond later it must be added again', () => {
    expect(isActivationExpired(at(6), at(15))).toBe(false);
    expect(isActivationExpired(at(6), at(15) + 1)).toBe(true);
    expect(isActivationExpired(at(6), at(7))).toBe(false);
  });
});
