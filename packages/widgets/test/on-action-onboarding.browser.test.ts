/**
 * The onboarding form shows without its schema check's compiler, which its first focus (or, at the
 * latest, *Check*) fetches (decision 0073). See on-action.browser.test.ts for the other widgets.
 */
import { WAIT_MS, waitUntil } from '@onramp/devkit/waits';
import { createOnrampClient } from '@onramp/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import '../src/customer-onboarding/onramp-customer-onboarding.js';
import type { OnrampCustomerOnboarding } from '../src/customer-onboarding/customer-onboarding.js';
import { BASE_URL, mockFetch } from './mock-fetch.js';
import { buttonLabelled, shadowText } from './widget-harness.js';

const COMPILER = '/api/json-schema.ts';
const fetched = () =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(COMPILER));

beforeAll(() => {
  performance.setResourceTimingBufferSize(100_000);
  expect(fetched()).toBe(false);
});

describe('<onramp-customer-onboarding> on-action module (decision 0073)', () => {
  it('shows the form without the schema compiler; Check fetches it and checks with it', async () => {
    const harness = mockFetch();
    const form = document.createElement('onramp-customer-onboarding') as OnrampCustomerOnboarding;
    form.client = createOnrampClient({
      baseUrl: BASE_URL,
      retry: false,
      fetch: harness.fetch,
      token: 'partner-full-admin',
    });
    document.body.append(form);
    const until = (condition: () => boolean, what: string) =>
      waitUntil(condition, {
        what,
        interval: 5,
        timeout: WAIT_MS,
        before: () => form.updateComplete,
        shown: () => shadowText(form).slice(0, 800),
      });
    await until(() => !!form.shadowRoot?.querySelector('input'), 'the form');
    expect(fetched()).toBe(false);

    buttonLabelled(form, 'Check').click();
    await until(
      () => !!form.shadowRoot?.querySelector('[aria-invalid="true"]'),
      'the check of an empty form',
    );
    expect(fetched()).toBe(true);
    expect(form.shadowRoot?.querySelector('[aria-invalid="true"]')?.id).toBe('customerInfo-name');
  });
});
