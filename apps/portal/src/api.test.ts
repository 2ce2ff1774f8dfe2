import { describe, expect, it } from 'vitest';
import { describeProblem } from './api.js';
import { catalogues, type Lang, translator } from './i18n/index.js';

const t = translator('en');

describe('describeProblem', () => {
  it('words the contract reason and never shows the server text, a code or a status', () => {
    const said = describeProblem(
      {
        status: 403,
        reason: 'read_only',
        message:
          'Read-only admins can view the contact-center service but cannot change anything (DOMAIN §2.1).',
      },
      t,
    );
    expect(said).toBe('Read-only admins can look but not change anything.');
    expect(said).not.toMatch(/403|read_only|DOMAIN|§/);
  });

  it('names the field the form knows, by its label', () => {
    const problem = {
      status: 400,
      reason: 'too_long',
      field: 'customerName',
      message: 'customerName must be at most 200 characters.',
    };
    expect(describeProblem(problem, t, { customerName: 'Customer name' })).toBe(
      '“Customer name” is too long: shorten it.',
    );
    expect(describeProblem(problem, t)).toBe('A value is missing or not valid: check the form.');
  });

  it('falls back on what the status means, with the reference for support', () => {
    expect(describeProblem({ status: 403, reason: 'something_new', message: 'x' }, t)).toBe(
      'The service refused this to the signed-in admin.',
    );
    expect(describeProblem({ status: 500, message: 'boom', trackingId: 'ONRAMP_1' }, t)).toContain(
      'ONRAMP_1',
    );
    expect(describeProblem({ status: 0, network: true, message: 'Failed to fetch' }, t)).not.toContain(
      'Failed to fetch',
    );
  });

  it.each(['he', 'ro', 'ru'] as Lang[])('speaks %s', (lang) => {
    const said = describeProblem(
      { status: 409, reason: 'customer_already_set_up', message: 'x' },
      translator(lang),
    );
    expect(said).toBe(catalogues[lang]['reason.customer_already_set_up']);
    expect(said).not.toBe(catalogues.en['reason.customer_already_set_up']);
  });
});
