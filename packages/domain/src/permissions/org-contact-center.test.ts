import { describe, expect, it } from 'vitest';
import { orgHasContactCenter } from './org-contact-center.js';

describe('orgHasContactCenter (DOMAIN §2.2, seed 001)', () => {
  it('is true for an org with its own service, of any kind', () => {
    for (const kind of ['partner', 'customer', 'external'] as const)
      expect(orgHasContactCenter({ kind, ownContactCenter: true, setupStatus: null })).toBe(true);
  });

  it('is true for a customer org once its services setup completed, and only then', () => {
    const customer = (setupStatus: Parameters<typeof orgHasContactCenter>[0]['setupStatus']) =>
      orgHasContactCenter({ kind: 'customer', ownContactCenter: false, setupStatus });
    expect(customer('completed')).toBe(true);
    for (const status of ['not_started', 'in_progress', 'provisioning', 'failed', null] as const)
      expect(customer(status)).toBe(false);
  });

  it('is false for partner and external orgs without their own service', () => {
    expect(orgHasContactCenter({ kind: 'external', ownContactCenter: false, setupStatus: null })).toBe(false);
    expect(orgHasContactCenter({ kind: 'partner', ownContactCenter: false, setupStatus: 'completed' })).toBe(
      false,
    );
  });
});
