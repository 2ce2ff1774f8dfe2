import type { paths } from '@onramp/contract';
import { WORLD } from '@onramp/mock-server';
import createClient from 'openapi-fetch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import './onramp-setup-wizard.js';
import type { OnrampSetupWizard } from './setup-wizard.js';

// The incompatible-location refusal belongs to the country it was about (issue 21): choosing another
// country takes it away, and the list is no longer marked invalid.

const waitFor = (wizard: OnrampSetupWizard, condition: () => unknown, what: string) =>
  vi.waitFor(
    async () => {
      await wizard.updateComplete;
      if (!condition()) throw new Error(`waiting for ${what}`);
    },
    { timeout: 30_000, interval: 20 },
  );

afterEach(() => {
  document.body.innerHTML = '';
  sessionStorage.clear();
});

describe('<onramp-setup-wizard> country of operation', () => {
  it('clears the incompatible-location error and aria-invalid once another country is chosen', async () => {
    const harness = mockFetch();
    const wizard = document.createElement('onramp-setup-wizard');
    Object.assign(wizard, {
      client: createClient<paths>({
        baseUrl: BASE_URL,
        fetch: harness.fetch,
        headers: { Authorization: 'Bearer partner-full-admin' },
      }),
      orgId: WORLD.trialCustomer,
      pollInterval: 10,
    });
    document.body.append(wizard);
    const root = wizard.shadowRoot!;
    const heading = () => root.querySelector('#step-heading')?.textContent?.trim();
    const press = async (label: string) => {
      const button = () => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
      await waitFor(wizard, () => button() && !button()!.disabled, label);
      button()!.click();
    };
    await waitFor(wizard, () => heading() === 'Summary', 'the Summary');
    await press('Set up');
    await waitFor(wizard, () => heading() === 'Calling setup', 'Calling setup');
    await press('Next');
    await waitFor(wizard, () => heading() === 'Country of operation', 'the country step');
    const select = () => root.querySelector<HTMLSelectElement>('#country')!;
    const pick = (code: string) => {
      select().value = code;
      select().dispatchEvent(new Event('change'));
    };
    // India takes no trials (the catalogue's incompatible location).
    pick('IN');
    await press('Save');
    await waitFor(wizard, () => root.querySelector('#country-error'), 'the incompatible location');
    expect(select().getAttribute('aria-invalid')).toBe('true');
    pick('DE');
    await waitFor(wizard, () => !root.querySelector('#country-error'), 'the error to go');
    expect(select().getAttribute('aria-invalid')).toBe('false');
    expect(select().getAttribute('aria-describedby')).not.toContain('country-error');
    await expectNoAxeViolations(wizard);
  });
});
