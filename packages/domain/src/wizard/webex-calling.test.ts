import { describe, expect, it } from 'vitest';
import { hasWebexCalling } from './webex-calling.js';

describe('hasWebexCalling (DOMAIN §1.3)', () => {
  it('is true when Webex Calling is among the org services', () => {
    expect(hasWebexCalling({ services: ['meetings', 'calling'] })).toBe(true);
  });

  it('is false without calling, however many other services the org has', () => {
    expect(hasWebexCalling({ services: [] })).toBe(false);
    expect(hasWebexCalling({ services: ['messaging', 'meetings', 'contact_center'] })).toBe(false);
  });
});
