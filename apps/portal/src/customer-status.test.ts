import type { SetupStatus } from '@onramp/contract';
import { describe, expect, it } from 'vitest';
import { hasServicesSetup, setupStatusBadge } from './customer-status.js';
import { catalogues } from './i18n/index.js';

describe('the customer status badge', () => {
  it.each<[SetupStatus | null, string, string]>([
    ['not_started', 'neutral', 'Setup not started'],
    ['in_progress', 'info', 'Setup in progress'],
    ['provisioning', 'warning', 'Provisioning'],
    ['completed', 'success', 'Active'],
    ['failed', 'danger', 'Setup failed'],
    [null, 'neutral', 'No setup'],
  ])('shows %s with the %s tone as "%s"', (status, tone, english) => {
    const badge = setupStatusBadge(status);
    expect(badge.tone).toBe(tone);
    expect(catalogues.en[badge.label]).toBe(english);
  });
});

describe('a services setup to open', () => {
  it.each<SetupStatus>(['not_started', 'in_progress', 'provisioning', 'completed', 'failed'])(
    'exists for a %s setup',
    (status) => expect(hasServicesSetup(status)).toBe(true),
  );

  it('does not exist for an org without one (a wholesale customer)', () => {
    expect(hasServicesSetup(null)).toBe(false);
    expect(hasServicesSetup(undefined)).toBe(false);
  });
});
