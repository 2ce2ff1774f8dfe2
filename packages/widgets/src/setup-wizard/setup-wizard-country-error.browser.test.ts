import { WAIT_MS } from '@onramp/devkit/waits';
import { WORLD } from '@onramp/mock-server';
import { createOnrampClient } from '@onramp/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import './onramp-setup-wizard.js';
import type { OnrampSetupWizard } from './setup-wizard.js';

// The incompatible-location refusal belongs to the country it was about (issue 21): choosing another
// country takes it away, and the list is no longer marked invalid. An order with the Cisco PSTN add-on
// (US only) is refused another country at this step, with the reason, not dropped later at Telephony.

const waitFor = (wizard: OnrampSetupWizard, condition: () => unknown, what: string) =>
  vi.waitFor(
    async () => {
      await wizard.updateComplete;
      if (!condition()) throw new Error(`waiting for ${what}`);
    },
    { timeout: WAIT_MS, interval: 20 },
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
      client: createOnrampClient({
        baseUrl: BASE_URL,
        retry: false,
        fetch: harness.fetch,
        token: 'partner-full-admin',
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

describe('<onramp-setup-wizard> country of operation with the Cisco PSTN add-on', () => {
  it('refuses another country than the US before Save, with the reason, and saves the US', async () => {
    const harness = mockFetch();
    const wizard = document.createElement('onramp-setup-wizard');
    Object.assign(wizard, {
      client: createOnrampClient({
        baseUrl: BASE_URL,
        retry: false,
        fetch: harness.fetch,
        token: 'partner-full-admin',
      }),
      orgId: WORLD.pstnCustomer,
      pollInterval: 10,
    });
    document.body.append(wizard);
    const root = wizard.shadowRoot!;
    const heading = () => root.querySelector('#step-heading')?.textContent?.trim();
    const button = (label: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    await waitFor(wizard, () => heading() === 'Calling setup', 'Calling setup (where the admin left off)');
    await waitFor(wizard, () => button('Next') && !button('Next')!.disabled, 'Next');
    button('Next')!.click();
    await waitFor(wizard, () => heading() === 'Country of operation', 'the country step');
    const select = () => root.querySelector<HTMLSelectElement>('#country')!;
    const note = () => root.querySelector<HTMLElement>('#country-pstn');
    const pick = (code: string) => {
      select().value = code;
      select().dispatchEvent(new Event('change'));
    };
    // The order's US: the add-on is said as help, Save is offered.
    expect(select().value).toBe('US');
    expect(note()?.textContent).toBe(
      'The Cisco PSTN add-on in this order is sold for the United States only: choose the United States.',
    );
    expect(note()?.getAttribute('part')).toBe('help');
    expect(select().getAttribute('aria-describedby')).toContain('country-pstn');
    expect(button('Save')!.disabled).toBe(false);

    pick('CA');
    await waitFor(wizard, () => note()?.getAttribute('part') === 'error', 'the add-on to refuse Canada');
    expect(select().getAttribute('aria-invalid')).toBe('true');
    expect(button('Save')!.disabled).toBe(true);
    expect(button('Save')!.getAttribute('aria-describedby')).toBe('country-pstn');
    await expectNoAxeViolations(wizard);
    // The server agrees: a client that sends it anyway is refused with the same reason.
    const refused = await harness.fetch(`${BASE_URL}/organizations/${WORLD.pstnCustomer}/setup/country`, {
      method: 'PUT',
      headers: { Authorization: 'Bearer partner-full-admin', 'Content-Type': 'application/json' },
      body: JSON.stringify({ country: 'CA' }),
    });
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors[0]).toMatchObject({
      reason: 'pstn_add_on_us_only',
      field: 'country',
    });

    pick('US');
    await waitFor(wizard, () => note()?.getAttribute('part') === 'help', 'the refusal to go');
    expect(select().getAttribute('aria-invalid')).toBe('false');
    button('Save')!.click();
    await waitFor(wizard, () => root.querySelector('dialog')?.open, 'the confirmation of the country');
  });

  it('says the reason in Hebrew', async () => {
    document.documentElement.lang = 'he';
    try {
      const wizard = document.createElement('onramp-setup-wizard');
      Object.assign(wizard, {
        client: createOnrampClient({
          baseUrl: BASE_URL,
          retry: false,
          fetch: mockFetch().fetch,
          token: 'partner-full-admin',
        }),
        orgId: WORLD.pstnCustomer,
        pollInterval: 10,
      });
      document.body.append(wizard);
      const root = wizard.shadowRoot!;
      const next = () => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'הבא');
      await waitFor(
        wizard,
        () => root.querySelector('#step-heading')?.textContent?.trim() === 'הגדרת שיחות' && !next()?.disabled,
        'the calling step',
      );
      next()!.click();
      await waitFor(wizard, () => root.querySelector('#country'), 'the country step');
      const select = root.querySelector<HTMLSelectElement>('#country')!;
      select.value = 'GB';
      select.dispatchEvent(new Event('change'));
      await waitFor(
        wizard,
        () => root.querySelector('#country-pstn')?.getAttribute('part') === 'error',
        'the refusal',
      );
      expect(root.querySelector('#country-pstn')?.textContent).toBe(
        'התוסף Cisco PSTN שבהזמנה זו נמכר בארצות הברית בלבד: בחר בארצות הברית.',
      );
      await expectNoAxeViolations(wizard);
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});

describe('<onramp-setup-wizard> country step layout', () => {
  it.each([
    [375, 'en'],
    [1280, 'en'],
    [375, 'he'],
    [1280, 'he'],
  ])(
    'at %ipx (%s): the refusal of the add-on and the list fit, no horizontal overflow',
    async (width, lang) => {
      await page.viewport(width, 900);
      document.documentElement.lang = lang;
      try {
        const wizard = document.createElement('onramp-setup-wizard');
        Object.assign(wizard, {
          client: createOnrampClient({
            baseUrl: BASE_URL,
            retry: false,
            fetch: mockFetch().fetch,
            token: 'partner-full-admin',
          }),
          orgId: WORLD.pstnCustomer,
          pollInterval: 10,
        });
        document.body.append(wizard);
        const root = wizard.shadowRoot!;
        const next = () =>
          root.querySelector<HTMLButtonElement>('[part="actions"] button[part~="primary"]:not([disabled])');
        await waitFor(wizard, () => next() && !root.querySelector('#country'), 'the calling step');
        next()!.click();
        await waitFor(wizard, () => root.querySelector('#country'), 'the country step');
        const select = root.querySelector<HTMLSelectElement>('#country')!;
        select.value = 'GB';
        select.dispatchEvent(new Event('change'));
        await waitFor(
          wizard,
          () => root.querySelector('#country-pstn')?.getAttribute('part') === 'error',
          'the refusal',
        );
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
          document.documentElement.clientWidth,
        );
        for (const element of root.querySelectorAll<HTMLElement>(
          '#country, #country-pstn, #country-help, button',
        )) {
          const box = element.getBoundingClientRect();
          expect(box.left, element.id || element.textContent || '').toBeGreaterThanOrEqual(-1);
          expect(box.right, element.id || element.textContent || '').toBeLessThanOrEqual(width + 1);
        }
        const note = root.querySelector<HTMLElement>('#country-pstn')!;
        expect(note.scrollWidth).toBeLessThanOrEqual(note.clientWidth + 1);
        await expectNoAxeViolations(wizard);
      } finally {
        document.documentElement.lang = 'en';
      }
    },
  );
});
