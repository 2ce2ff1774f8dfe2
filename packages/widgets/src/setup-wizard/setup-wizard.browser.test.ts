import { WAIT_MS, waitUntil } from '@onramp/devkit/waits';
import { WORLD } from '@onramp/mock-server';
import { createOnrampClient } from '@onramp/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import './onramp-setup-wizard.js';
import type { OnrampSetupWizard } from './setup-wizard.js';

async function mount(
  orgId: string,
  { token = 'partner-full-admin', lang = 'en', harness = mockFetch() } = {},
) {
  document.documentElement.lang = lang;
  const client = createOnrampClient({
    baseUrl: BASE_URL,
    retry: false,
    fetch: harness.fetch,
    token,
  });
  const wizard = document.createElement('onramp-setup-wizard');
  Object.assign(wizard, { client, orgId, pollInterval: 10 });
  document.body.append(wizard);
  await until(
    wizard,
    () =>
      !wizard.shadowRoot?.textContent?.includes('Loading') &&
      !!wizard.shadowRoot?.querySelector('h3, [role="alert"]'),
  );
  return { wizard, harness };
}

/** Re-renders until `condition` holds (the wizard answers asynchronously from the in-page mock). */
function until(wizard: OnrampSetupWizard, condition: () => boolean, what = 'condition', extraMs = 0) {
  return waitUntil(condition, {
    what,
    interval: 5,
    timeout: WAIT_MS + extraMs,
    before: () => wizard.updateComplete,
    shown: () => wizard.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 1200) ?? '',
  });
}

const root = (wizard: OnrampSetupWizard) => wizard.shadowRoot!;
const heading = (wizard: OnrampSetupWizard) =>
  root(wizard).querySelector('#step-heading')?.textContent?.trim();
const button = (wizard: OnrampSetupWizard, label: string) => {
  const found = [...root(wizard).querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}" on step ${heading(wizard)}`);
  return found;
};
async function press(wizard: OnrampSetupWizard, label: string, nextHeading?: string) {
  await until(wizard, () => !button(wizard, label).disabled, `"${label}" to be enabled`);
  button(wizard, label).click();
  if (nextHeading) await until(wizard, () => heading(wizard) === nextHeading, `step "${nextHeading}"`);
}
/** From Summary through a saved and confirmed country (the order's) to the time-zone step. */
async function toTimeZone(wizard: OnrampSetupWizard) {
  await press(wizard, 'Set up', 'Calling setup');
  await press(wizard, 'Next', 'Country of operation');
  await press(wizard, 'Save');
  await until(wizard, () => root(wizard).querySelector('dialog')!.open);
  await press(wizard, 'Confirm', 'Tenant time zone');
}
const radios = (wizard: OnrampSetupWizard, name: string) => [
  ...root(wizard).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`),
];

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
  sessionStorage.clear();
});

describe('<onramp-setup-wizard> against the mock, in Chromium', () => {
  it('walks a trial customer through every step to provisioned, axe-clean at each step', async () => {
    const { wizard, harness } = await mount(WORLD.trialCustomer);
    const completed: string[] = [];
    wizard.addEventListener('onramp-setup-complete', (event) => completed.push(event.orgId));
    expect(heading(wizard)).toBe('Summary');
    await expectNoAxeViolations(wizard);
    await press(wizard, 'Set up', 'Calling setup');
    expect(root(wizard).textContent).toContain('SIP address');
    await press(wizard, 'Next', 'Country of operation');
    await expectNoAxeViolations(wizard);

    await press(wizard, 'Save');
    const dialog = root(wizard).querySelector('dialog')!;
    await until(wizard, () => dialog.open, 'the confirmation dialog');
    await expectNoAxeViolations(wizard);
    await press(wizard, 'Confirm', 'Tenant time zone');
    expect(dialog.open).toBe(false);
    await expectNoAxeViolations(wizard);

    await press(wizard, 'Next', 'Platform');
    expect(radios(wizard, 'platform').length).toBeGreaterThan(0);
    await press(wizard, 'Next', 'Telephony');
    const telephony = radios(wizard, 'telephony');
    expect(telephony.length).toBeGreaterThan(0);
    telephony[0]!.click();
    await expectNoAxeViolations(wizard);
    await press(wizard, 'Next', 'Review');
    await expectNoAxeViolations(wizard);

    await press(wizard, 'Submit', 'Provisioning');
    expect(root(wizard).querySelector('[role="progressbar"]')).not.toBeNull();
    await expectNoAxeViolations(wizard);
    harness.app.clock.advance(60 * 60 * 1000);
    await until(wizard, () => heading(wizard) === 'Order summary', 'provisioning to finish');
    expect(completed).toEqual([WORLD.trialCustomer]);
    expect(root(wizard).textContent).toContain('Webex Contact Center platform details');
    await expectNoAxeViolations(wizard);
  });

  it('never lets the country change once confirmed: the UI locks it and the API refuses', async () => {
    const { wizard, harness } = await mount(WORLD.trialCustomer);
    await toTimeZone(wizard);
    await press(wizard, 'Back', 'Country of operation');
    const select = root(wizard).querySelector<HTMLSelectElement>('#country')!;
    expect(select.disabled).toBe(true);
    expect(root(wizard).textContent).toContain('can no longer be changed');
    expect(() => button(wizard, 'Save')).toThrow();

    const response = await harness.fetch(`${BASE_URL}/organizations/${WORLD.trialCustomer}/setup/country`, {
      method: 'PUT',
      headers: { Authorization: 'Bearer partner-full-admin', 'Content-Type': 'application/json' },
      body: JSON.stringify({ country: 'DE' }),
    });
    expect(response.status).toBe(409);
    expect((await response.json()).errors[0].reason).toBe('country_locked');
  });

  it('fixes and explains the telephony option for the US Cisco PSTN add-on', async () => {
    const { wizard } = await mount(WORLD.pstnCustomer, { token: 'partner-full-admin' });
    expect(heading(wizard)).toBe('Calling setup'); // resumed where the admin left off
    await press(wizard, 'Next', 'Country of operation');
    await press(wizard, 'Save');
    await until(wizard, () => root(wizard).querySelector('dialog')!.open);
    await press(wizard, 'Confirm', 'Tenant time zone');
    await press(wizard, 'Next', 'Platform');
    await press(wizard, 'Next', 'Telephony');
    expect(heading(wizard)).toBe('Telephony');
    const options = radios(wizard, 'telephony');
    expect(options.map((o) => o.value)).toEqual(['webex_calling']);
    expect(options.every((o) => o.disabled)).toBe(true);
    expect(root(wizard).textContent).toContain('Cisco PSTN add-on was ordered');
    await expectNoAxeViolations(wizard);
  });

  it('shows Webex Calling telephony disabled, with why, to an org without a Webex Calling subscription (§1.3)', async () => {
    const { wizard } = await mount(WORLD.gulfCustomer);
    await toTimeZone(wizard);
    await press(wizard, 'Next', 'Platform');
    await press(wizard, 'Next', 'Telephony');
    const options = radios(wizard, 'telephony');
    expect(options.map((o) => [o.value, o.disabled])).toEqual([
      ['webex_calling', true],
      ['third_party_via_webex_calling', false],
    ]);
    const note = root(wizard).getElementById(options[0]!.getAttribute('aria-describedby')!);
    expect(note?.textContent?.trim()).toBe(
      'Not available: this organization has no active Webex Calling subscription.',
    );
    await expectNoAxeViolations(wizard);
    options[1]!.click();
    await press(wizard, 'Next', 'Review');
  });

  it('keeps keyboard focus in the wizard: on the new step heading, back on Save after the dialog, on a refusal', async () => {
    const { wizard, harness } = await mount(WORLD.trialCustomer);
    const active = () => root(wizard).activeElement;
    const pressFocused = async (label: string, nextHeading?: string) => {
      await until(wizard, () => !button(wizard, label).disabled, `"${label}" to be enabled`);
      button(wizard, label).focus();
      await press(wizard, label, nextHeading);
    };
    await pressFocused('Set up', 'Calling setup');
    await until(wizard, () => active()?.id === 'step-heading', 'focus on the heading');
    await pressFocused('Next', 'Country of operation');
    await until(wizard, () => active()?.id === 'step-heading', 'focus on the country heading');
    // Save opens the confirmation; Cancel (or Escape) returns focus to Save, not to the page's body.
    await pressFocused('Save');
    const dialog = root(wizard).querySelector('dialog')!;
    await until(wizard, () => dialog.open, 'the confirmation');
    button(wizard, 'Cancel').click();
    await until(wizard, () => !dialog.open && active()?.textContent?.trim() === 'Save', 'focus back on Save');
    await pressFocused('Save');
    await until(wizard, () => dialog.open, 'the confirmation again');
    button(wizard, 'Confirm').focus();
    await press(wizard, 'Confirm', 'Tenant time zone');
    await until(wizard, () => active()?.id === 'step-heading', 'focus on the time-zone heading');
    expect(document.activeElement).toBe(wizard);
    // A refusal takes focus (Next was disabled while busy), so it is read at once.
    harness.app.faults.setRoute('saveSetupTimeZone', { forceStatus: 503 });
    await pressFocused('Next');
    await until(wizard, () => active()?.id === 'problem', 'focus on the refusal');
    expect(active()?.getAttribute('role')).toBe('alert');
  });

  it('says the last provisioning failed when it reopens a failed setup on Review', async () => {
    const { wizard } = await mount(WORLD.failedCustomer);
    await until(wizard, () => heading(wizard) === 'Review', 'Review');
    // What failed, from the server's failedStage, in words (issue 21): not just "review the answers".
    expect(root(wizard).querySelector('#last-run-failed')?.textContent?.trim()).toBe(
      'Provisioning failed: the contact-center tenant could not be created in the US data center. Check the country and the platform, then submit again; if it fails again, contact solution assurance.',
    );
    await expectNoAxeViolations(wizard);
  });

  it('says an org has no services setup, without a Try again that cannot help', async () => {
    const harness = mockFetch();
    harness.app.store.setups.delete(WORLD.trialCustomer);
    const { wizard } = await mount(WORLD.trialCustomer, { harness });
    expect(root(wizard).querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'This organization has no services setup.',
    );
    expect(root(wizard).querySelector('button')).toBeNull();
  });

  it("does not pretend an order's country it cannot serve is another: Choose a country…, nothing sent", async () => {
    const harness = mockFetch();
    const client = createOnrampClient({
      baseUrl: BASE_URL,
      retry: false,
      fetch: harness.fetch,
      token: 'partner-full-admin',
    });
    const { data: trial } = await client.raw.POST('/trials', {
      body: {
        customerName: 'Tel Aviv Falafel',
        customerAdminEmail: 'owner@falafel.example.com',
        services: ['contact_center'],
        trialDays: 30,
        country: 'IL',
        ccai: false,
      },
    });
    const orgId = trial!.customerOrgId;
    const { wizard } = await mount(orgId, { harness });
    await press(wizard, 'Set up', 'Calling setup');
    await press(wizard, 'Next', 'Country of operation');
    const select = root(wizard).querySelector<HTMLSelectElement>('#country')!;
    expect(select.value).toBe('');
    expect(select.selectedOptions[0]?.textContent?.trim()).toBe('Choose a country…');
    await press(wizard, 'Save');
    await until(wizard, () => !!root(wizard).querySelector('#problem'), 'the refusal');
    expect(root(wizard).querySelector('#problem')?.textContent?.trim()).toBe('Choose an option to continue.');
    expect(harness.app.store.setups.get(orgId)?.state.answers.country).toBeNull();
  });

  it('shows the data center of the country chosen in the list, before it is saved', async () => {
    const { wizard } = await mount(WORLD.trialCustomer);
    await press(wizard, 'Set up', 'Calling setup');
    await press(wizard, 'Next', 'Country of operation');
    const select = root(wizard).querySelector<HTMLSelectElement>('#country')!;
    select.value = 'DE';
    select.dispatchEvent(new Event('change'));
    await until(
      wizard,
      () => root(wizard).querySelector('#data-center')?.textContent === 'Data center: European Union',
    );
    select.value = 'JP';
    select.dispatchEvent(new Event('change'));
    await until(
      wizard,
      () => root(wizard).querySelector('#data-center')?.textContent === 'Data center: Japan',
    );
  });

  it('has no time-zone step for a CCAI customer', async () => {
    const { wizard } = await mount(WORLD.ccaiCustomer);
    const steps = [...root(wizard).querySelectorAll('[part="steps"] li')].map((li) => li.textContent?.trim());
    expect(steps).not.toContain('Tenant time zone');
    expect(steps).toContain('Platform');
  });

  it('offers no VPOP telephony in the Gulf region', async () => {
    const harness = mockFetch();
    const response = await harness.fetch(`${BASE_URL}/catalog/telephonyOptions?region=gulf`, {
      headers: { Authorization: 'Bearer partner-full-admin' },
    });
    const { items } = (await response.json()) as { items: Array<{ option: string; regions: string[] }> };
    const offered = items.filter((item) => item.regions.includes('gulf')).map((item) => item.option);
    expect(offered).not.toContain('third_party_via_vpop');
    const { wizard } = await mount(WORLD.gulfCustomer, { harness });
    expect(heading(wizard)).toBe('Summary');
  });

  it('speaks Hebrew right to left, axe-clean', async () => {
    const { wizard } = await mount(WORLD.trialCustomer, { lang: 'he' });
    await until(wizard, () => heading(wizard) === 'סיכום', 'Hebrew');
    const base = root(wizard).querySelector('[part="base"]')!;
    expect(base.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(base).direction).toBe('rtl');
    await press(wizard, 'הגדר', 'הגדרת שיחות');
    await expectNoAxeViolations(wizard);
  });

  it('tells a contact-center service admin they cannot open it, without a retry', async () => {
    const { wizard } = await mount(WORLD.provisionedCustomer, { token: 'customer-service-admin' });
    const alert = root(wizard).querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/Only full administrators|not allowed/);
    expect(() => button(wizard, 'Try again')).toThrow();
    await expectNoAxeViolations(wizard);
  });

  it('tells a customer admin who has not finished activation what to do, in their language (issue 17)', async () => {
    const { wizard } = await mount(WORLD.trialCustomer, { token: 'trial-customer-admin' });
    const alert = root(wizard).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Your account is not active yet');
    expect(heading(wizard)).not.toBe('Summary');
    await expectNoAxeViolations(wizard);
    document.body.innerHTML = '';
    const { wizard: russian } = await mount(WORLD.trialCustomer, {
      token: 'trial-customer-admin',
      lang: 'ru',
    });
    // The Russian catalogue loads on first use.
    await until(
      russian,
      () => !!root(russian).querySelector('[role="alert"]')?.textContent?.includes('ещё не активна'),
      'the Russian message',
    );
  });

  it('keeps an unsaved choice across a reload, and a double click submits once', async () => {
    const harness = mockFetch();
    const first = await mount(WORLD.trialCustomer, { harness });
    await press(first.wizard, 'Set up', 'Calling setup');
    await press(first.wizard, 'Next', 'Country of operation');
    const select = root(first.wizard).querySelector<HTMLSelectElement>('#country')!;
    select.value = 'DE';
    select.dispatchEvent(new Event('change'));
    first.wizard.remove();

    const second = await mount(WORLD.trialCustomer, { harness });
    await until(second.wizard, () => heading(second.wizard) === 'Country of operation');
    expect(root(second.wizard).querySelector<HTMLSelectElement>('#country')!.value).toBe('DE');

    await press(second.wizard, 'Save');
    await until(second.wizard, () => root(second.wizard).querySelector('dialog')!.open);
    await press(second.wizard, 'Confirm', 'Tenant time zone');
    await press(second.wizard, 'Next', 'Platform');
    await press(second.wizard, 'Next', 'Telephony');
    radios(second.wizard, 'telephony')[0]!.click();
    await press(second.wizard, 'Next', 'Review');
    await until(second.wizard, () => !button(second.wizard, 'Submit').disabled);
    const submit = button(second.wizard, 'Submit');
    submit.click();
    submit.click();
    await until(
      second.wizard,
      () => heading(second.wizard) === 'Provisioning',
      `provisioning after ${JSON.stringify(harness.calls.slice(-6))}`,
    );
    expect(
      harness.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/setup/submission')),
    ).toHaveLength(1);
  });

  it('shows a refused save with its reference and keeps the choice for the next try', async () => {
    const harness = mockFetch();
    harness.app.faults.setRoute('saveSetupCountry', { forceStatus: 503 });
    const { wizard } = await mount(WORLD.trialCustomer, { harness });
    await press(wizard, 'Set up', 'Calling setup');
    await press(wizard, 'Next', 'Country of operation');
    const select = root(wizard).querySelector<HTMLSelectElement>('#country')!;
    select.value = 'FR';
    select.dispatchEvent(new Event('change'));
    await press(wizard, 'Save');
    await until(wizard, () => !!root(wizard).querySelector('[part="error"][role="alert"]'), 'the error');
    expect(root(wizard).querySelector('[role="alert"]')!.textContent).toMatch(
      /Something went wrong\. Reference: ONRAMP_/,
    );
    expect(root(wizard).querySelector<HTMLSelectElement>('#country')!.value).toBe('FR');
    await expectNoAxeViolations(wizard);

    harness.app.faults.clear();
    await press(wizard, 'Save');
    await until(wizard, () => root(wizard).querySelector('dialog')!.open, 'the confirmation after the retry');
  });
});

describe('<onramp-setup-wizard>: 429 with Retry-After from the mock, in Chromium', () => {
  type Harness = ReturnType<typeof mockFetch>;
  async function setFault(harness: Harness, route: string, rule: Record<string, unknown>) {
    const response = await harness.fetch('http://onramp.test/_mock/faults', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route, rule }),
    });
    expect(response.ok, `fault on ${route}`).toBe(true);
  }
  const said = (wizard: OnrampSetupWizard) =>
    root(wizard).querySelector('#announcement')?.textContent?.trim() ?? '';
  const shown = (wizard: OnrampSetupWizard, selector: string) =>
    root(wizard).querySelector(selector)?.textContent?.trim() ?? '';

  it('a wait of at most 3 seconds: says it tries again by itself, and the step moves on once', async () => {
    const harness = mockFetch();
    await setFault(harness, 'saveSetupCurrentStep', { forceStatus: 429, retryAfterSeconds: 1, times: 1 });
    const { wizard } = await mount(WORLD.trialCustomer, { harness });
    button(wizard, 'Set up').click();
    await until(wizard, () => said(wizard) !== '', 'the announcement');
    expect(said(wizard)).toBe('Too many requests; trying again by itself in 1 second.');
    expect(button(wizard, 'Set up').disabled).toBe(true);
    await until(wizard, () => heading(wizard) === 'Calling setup', 'the next step', 1000);
    expect(
      harness.calls.filter((c) => c.method === 'PUT' && c.path.endsWith('/setup/currentStep')),
    ).toHaveLength(2);
  });

  it('a longer wait: the actions wait with a countdown, announced at start and end, in Hebrew too', async () => {
    const harness = mockFetch();
    await setFault(harness, 'saveSetupCurrentStep', { forceStatus: 429, retryAfterSeconds: 12, times: 1 });
    const { wizard } = await mount(WORLD.trialCustomer, { harness });
    button(wizard, 'Set up').click();
    await until(wizard, () => shown(wizard, '#rate-limit') !== '', 'the countdown');
    expect(said(wizard)).toBe('Too many requests; you can try again in 12 seconds.');
    expect(shown(wizard, '#rate-limit')).toMatch(/^Too many requests; you can try again in 1[12] seconds\.$/);
    expect(button(wizard, 'Set up').disabled).toBe(true);
    expect(root(wizard).querySelector('[role="alert"]')).toBeNull();
    expect(heading(wizard)).toBe('Summary');
    await expectNoAxeViolations(wizard);
    document.documentElement.lang = 'he';
    await until(wizard, () => /יותר מדי בקשות/.test(shown(wizard, '#rate-limit')), 'the Hebrew countdown');
    expect(shown(wizard, '#rate-limit')).toMatch(/^יותר מדי בקשות; אפשר לנסות שוב בעוד 1[012] שניות\.$/);
  });

  it('the submit: after a short 429 the retry uses the same Idempotency-Key, and provisioning is scheduled once', async () => {
    const harness = mockFetch();
    const keys: string[] = [];
    const recording = {
      ...harness,
      fetch: (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        if (request.method === 'POST' && request.url.endsWith('/setup/submission'))
          keys.push(request.headers.get('Idempotency-Key') ?? '');
        return harness.fetch(request);
      },
    };
    const { wizard } = await mount(WORLD.trialCustomer, { harness: recording });
    await press(wizard, 'Set up', 'Calling setup');
    await press(wizard, 'Next', 'Country of operation');
    const select = root(wizard).querySelector<HTMLSelectElement>('#country')!;
    select.value = 'DE';
    select.dispatchEvent(new Event('change'));
    await press(wizard, 'Save');
    await until(wizard, () => root(wizard).querySelector('dialog')?.open === true, 'the confirmation');
    await press(wizard, 'Confirm', 'Tenant time zone');
    await press(wizard, 'Next', 'Platform');
    await press(wizard, 'Next', 'Telephony');
    root(wizard).querySelector<HTMLInputElement>('input[name="telephony"]')?.click();
    await press(wizard, 'Next', 'Review');
    const pendingBefore = harness.app.clock.pending;
    await setFault(harness, 'submitSetup', { forceStatus: 429, retryAfterSeconds: 1, times: 1 });
    button(wizard, 'Submit').click();
    await until(wizard, () => heading(wizard) === 'Provisioning', 'provisioning', 1000);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(harness.app.clock.pending).toBe(pendingBefore + 1);
  });
});
