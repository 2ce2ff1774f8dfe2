import type { ProvisionCustomerRequest } from '@onramp/contract';
import { WAIT_MS, waitUntil } from '@onramp/devkit/waits';
import { WORLD } from '@onramp/mock-server';
import { createOnrampClient } from '@onramp/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import { buttonLabelled } from '../../test/widget-harness.js';
import './onramp-subscription-panel.js';
import type { OnrampSubscriptionPanel } from './subscription-panel.js';

type Harness = ReturnType<typeof mockFetch>;
const clientFor = (harness: Harness, token = 'partner-full-admin') =>
  createOnrampClient({
    baseUrl: BASE_URL,
    retry: false,
    fetch: harness.fetch,
    token,
  });

/** Creates a wholesale customer in the mock, as a partner's own system would, and returns its id. */
async function createCustomer(harness: Harness, name: string, country: string, zipOrPostalCode = '10115') {
  const body: ProvisionCustomerRequest = {
    provisioningId: 'prov-1',
    packages: ['webex_suite'],
    externalId: `ext-${name}`,
    address: { addressLine1: '1 Main St', city: 'Town', zipOrPostalCode, country },
    customerInfo: { name, primaryEmail: 'admin@example.com' },
    provisioningParameters: { packages: { limits: { webex_suite: 25 } } },
  };
  const { data, error } = await clientFor(harness).raw.POST('/wholesale/customers', { body });
  if (!data?.url) throw new Error(`create failed: ${JSON.stringify(error)}`);
  return data.url.split('/').pop() as string;
}

async function mount(
  props: Partial<OnrampSubscriptionPanel>,
  { lang = 'en', harness = mockFetch(), token = 'partner-full-admin' } = {},
) {
  document.documentElement.lang = lang;
  const panel = document.createElement('onramp-subscription-panel');
  Object.assign(panel, { client: clientFor(harness, token), pollInterval: 10, ...props });
  document.body.append(panel);
  await until(panel, () => !!panel.shadowRoot?.querySelector('section h3, [role="alert"]'), 'first render');
  return panel;
}

function until(panel: OnrampSubscriptionPanel, condition: () => boolean, what: string, extraMs = 0) {
  return waitUntil(condition, {
    what,
    interval: 5,
    timeout: WAIT_MS + extraMs,
    before: () => panel.updateComplete,
    shown: () => text(panel).slice(0, 1200),
  });
}

const text = (panel: OnrampSubscriptionPanel, selector?: string) =>
  ((selector ? panel.shadowRoot?.querySelector(selector) : panel.shadowRoot)?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
const status = (panel: OnrampSubscriptionPanel) => text(panel, '#customer-status');
/** The services listed under one state's heading (the service status is grouped by state). */
const servicesIn = (panel: OnrampSubscriptionPanel, state: string) =>
  text(panel, `ul[aria-labelledby="services-${state}"]`);
/** Each administrator's row as its cells: name, e-mail, role, verification. */
const adminRows = (panel: OnrampSubscriptionPanel) =>
  [...panel.shadowRoot!.querySelectorAll('#admins li')].map((row) =>
    [...row.querySelectorAll('bdi'), ...[...row.children].slice(1)].map((cell) => cell.textContent?.trim()),
  );

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('<onramp-subscription-panel> against the mock, in Chromium', () => {
  it('follows a clean customer to provisioned as the mock clock moves, announcing the change', async () => {
    const harness = mockFetch();
    const customerId = await createCustomer(harness, 'Clean Bakery', 'DE');
    const panel = await mount({ customerId }, { harness });
    const changes: string[] = [];
    panel.addEventListener('onramp-subscription-status-change', (event) => changes.push(event.status));
    expect(status(panel)).toBe('Provisioning');
    expect(text(panel, '#explanation')).toContain('updates by itself');
    expect(text(panel, '#timeline')).toContain('Compliance check passed');
    expect(text(panel, '#package-limits')).toBe('Webex Suite Limit: 25');
    // DOMAIN §3: the admins' package level, the highest ordered package.
    expect(text(panel, '#admin-package')).toBe(
      'Admins hold Webex Suite, the package level the customer was created with. It cannot be lowered for them.',
    );
    // DOMAIN §3.3: Germany has its own dial-in number.
    expect(text(panel, '#org-country')).toBe('Germany');
    expect(text(panel, '#call-in')).toContain('+49 30 5555 0100');
    expect(text(panel, '#call-in')).toContain('The dial-in number of Germany, the org country.');
    // Still provisioning, the customer shows no orgId (decisions/0031): no account to show yet.
    expect(panel.shadowRoot!.querySelector('#services')).toBeNull();
    // A panel given the org (its id read from the mock's store, as 0031 says) shows its services
    // being set up, not "Operational" (issue 21).
    const orgId = harness.app.store.customers.get(customerId)?.orgId;
    expect(orgId).toBeTruthy();
    const orgPanel = await mount({ orgId }, { harness });
    await until(orgPanel, () => !!orgPanel.shadowRoot?.querySelector('#services'), 'the services');
    expect(text(orgPanel, '#services')).not.toMatch(/Operational/);
    expect(servicesIn(orgPanel, 'provisioning')).toContain('Webex Meetings');
    // No contact-center licenses: a sentence says so, not an empty table.
    expect(orgPanel.shadowRoot!.querySelector('table#licenses')).toBeNull();
    expect(text(orgPanel, '#licenses')).toBe('This subscription has no contact-center licenses.');
    await expectNoAxeViolations(orgPanel);
    orgPanel.remove();
    await expectNoAxeViolations(panel);

    harness.app.clock.advance(3 * 60_000);
    await until(panel, () => status(panel) === 'Provisioned', 'provisioned');
    expect(text(panel, '#live')).toBe('Onboarding status changed: Provisioned');
    expect(changes).toEqual(['provisioned']);
    // Provisioning created the customer org: its account views answer (decisions/0007), loaded once
    // the customer shows its orgId, i.e. once provisioned (decisions/0031).
    await until(panel, () => !!panel.shadowRoot?.querySelector('#packages tbody tr'), 'the account');
    expect(panel.shadowRoot!.querySelector('#account-problem')).toBeNull();
    const rows = [...panel.shadowRoot!.querySelectorAll('#packages tbody tr')];
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim()))).toEqual([
      // The first full admin holds the suite and counts in its usage (DOMAIN §3).
      ['Webex Suite', '25', '1'],
    ]);
    expect(servicesIn(panel, 'operational')).toContain('Webex Meetings');
    expect(adminRows(panel)).toEqual([['admin', 'admin@example.com', 'Full admin', 'Not verified']]);
    await expectNoAxeViolations(panel);
  });

  it('shows an RPL-flagged customer under review with its deadline, then provisioning once approved', async () => {
    const harness = mockFetch();
    const customerId = await createCustomer(harness, 'Tulip rpl-listed BV', 'NL', '1012 JS');
    const panel = await mount({ customerId }, { harness });
    expect(status(panel)).toBe('Pending compliance review');
    expect(text(panel, '#explanation')).toContain('15–60 minutes');
    expect(text(panel, '#next')).toMatch(
      /If it is not decided by .+ \(72 hours\), onboarding ends in an error\./,
    );
    // DOMAIN §3.3: the Netherlands has no available dial-in number: its location (EURO) default applies.
    expect(text(panel, '#call-in')).toContain('+49 30 5555 0100');
    expect(text(panel, '#call-in')).toContain(
      'Netherlands has no dial-in number, so the default of its location (EURO) applies.',
    );
    await expectNoAxeViolations(panel);

    const decided = await harness.fetch(`${new URL(BASE_URL).origin}/_mock/rpl/${customerId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'approved' }),
    });
    expect(decided.status).toBe(200);
    // Under review the org does not exist yet (DOMAIN §3.2); the customer shows its orgId once
    // provisioned (decisions/0031), and the account follows.
    await until(panel, () => status(panel) === 'Provisioning', 'provisioning');
    expect(text(panel, '#timeline')).toContain('Review approved');
    expect(text(panel, '#live')).toBe('Onboarding status changed: Provisioning');
    expect(panel.shadowRoot?.querySelector('#admins')).toBeNull();
    harness.app.clock.advance(3 * 60_000);
    await until(panel, () => status(panel) === 'Provisioned', 'provisioned');
    await until(panel, () => !!panel.shadowRoot?.querySelector('#admins'), 'the new org');
  });

  it('in Hebrew, right to left: an undecided review ends in error after 72 hours', async () => {
    const harness = mockFetch();
    const customerId = await createCustomer(harness, 'Shuk rpl-timeout Ltd', 'DE');
    // A read-only partner admin follows it too: the panel offers no action to anyone.
    const panel = await mount({ customerId }, { harness, lang: 'he', token: 'partner-read-only-admin' });
    const base = panel.shadowRoot!.querySelector('[part="base"]')!;
    await until(panel, () => base.getAttribute('dir') === 'rtl', 'the Hebrew messages');
    expect(getComputedStyle(base).direction).toBe('rtl');
    expect(status(panel)).toBe('ממתין לבדיקת תאימות');
    await expectNoAxeViolations(panel);

    harness.app.clock.advance(72 * 60 * 60_000 + 60_000);
    await until(panel, () => status(panel) === 'שגיאה', 'error');
    expect(text(panel, '#timeline')).toContain('לא התקבלה החלטה תוך 72 שעות');
    expect(text(panel, '#live')).toBe('סטטוס ההצטרפות השתנה: שגיאה');
    expect(panel.shadowRoot!.querySelectorAll('button, input, select')).toHaveLength(0);
    await expectNoAxeViolations(panel);
  });

  it('lists the errors of a customer provisioned with errors, and stops polling', async () => {
    const harness = mockFetch();
    const { data } = await clientFor(harness).raw.GET('/wholesale/customers', {
      params: { query: { status: ['provisioned_with_errors'] } },
    });
    const customerId = data?.items?.[0]?.id ?? '';
    const panel = await mount({ customerId }, { harness });
    expect(status(panel)).toBe('Provisioned with errors');
    expect(text(panel, '#explanation')).toContain('Fix the errors below');
    expect(text(panel, '#errors')).toContain('unavailable due to maintenance; retry later. (2560)');
    const calls = harness.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(harness.calls.length).toBe(calls);
    await expectNoAxeViolations(panel);
  });

  it("shows an org's subscription, license and package usage, add-ons, platform and services", async () => {
    const panel = await mount({ orgId: WORLD.provisionedCustomer });
    await until(panel, () => !!panel.shadowRoot?.querySelector('#licenses'), 'account');
    // The summary first: the subscription's order reference under its label, its dates, the platform.
    expect(text(panel, '#subscription')).toMatch(/^CCW-\d+$/);
    expect(panel.shadowRoot!.querySelector('#subscription')?.previousElementSibling?.textContent).toBe(
      'Subscription',
    );
    expect(text(panel, '#platform')).toMatch(/1\.0|New platform/);
    expect(text(panel, '#licenses')).toContain('Webex Contact Center');
    // Add-ons as name and note, without a colon left hanging after the name.
    const addOns = [...panel.shadowRoot!.querySelectorAll('#add-ons dt')].map((dt) => [
      dt.textContent?.trim(),
      dt.nextElementSibling?.textContent?.trim(),
    ]);
    expect(addOns).toContainEqual(['Attendant Console', 'Not orderable yet: coming in a later release.']);
    // Service status grouped by state, a heading per group.
    expect(text(panel, '#services')).toContain('Webex Contact Center');
    expect(panel.shadowRoot!.querySelectorAll('#services h5').length).toBeGreaterThan(0);
    expect(text(panel, '#role-sync')).toMatch(/^Role sync: \d+ admins/);
    // Each heading says something else; "Subscription" is said once, as the summary's label; a
    // table's first column is not headed again with its heading's words.
    const headings = [...panel.shadowRoot!.querySelectorAll('h2, h3, h4, h5')].map((h) =>
      h.textContent?.trim(),
    );
    expect(new Set(headings).size).toBe(headings.length);
    const labels = [...panel.shadowRoot!.querySelectorAll('h2, h3, h4, h5, dt, th')].map((e) =>
      e.textContent?.trim(),
    );
    expect(labels.filter((label) => label === 'Subscription')).toHaveLength(1);
    expect(panel.shadowRoot!.querySelector('#licenses thead th span')?.className).toBe('visually-hidden');
    expect(text(panel, '#account-title')).toBe('Account');
    // Administrators: name, e-mail, role and verification, each in its own cell.
    for (const row of adminRows(panel)) expect(row).toHaveLength(4);
    await expectNoAxeViolations(panel);
  });

  it('says "Set up Webex Contact Center" is still to run on the 1.0 platform, and no longer once it ran', async () => {
    const harness = mockFetch();
    const setup = harness.app.store.setups.get(WORLD.provisionedCustomer)!;
    const answers = { ...setup.state.answers, platform: '1.0' as const };
    harness.app.store.setups.set(WORLD.provisionedCustomer, { ...setup, state: { ...setup.state, answers } });
    const panel = await mount({ orgId: WORLD.provisionedCustomer }, { harness });
    const line = 'still needs to run "Set up Webex Contact Center"';
    await until(panel, () => text(panel).includes(line), 'the required action');
    const { response } = await clientFor(harness).raw.POST(
      '/organizations/{orgId}/contactCenter/tenantSetup',
      {
        params: { path: { orgId: WORLD.provisionedCustomer } },
        body: { chat: false },
      },
    );
    expect(response.status).toBe(200);
    await panel.load();
    await until(
      panel,
      () => !!panel.shadowRoot?.querySelector('#platform') && !text(panel).includes(line),
      'no action',
    );
  });

  it('offers no Try again after a refusal (403): it cannot change by retrying', async () => {
    const panel = await mount({ orgId: WORLD.provisionedCustomer }, { token: 'customer-read-only-admin' });
    await until(panel, () => !!panel.shadowRoot?.querySelector('[role="alert"], #licenses'), 'the answer');
    if (panel.shadowRoot?.querySelector('[role="alert"]')) {
      // The reason, in words (issue 21), not a bare "not allowed".
      expect(text(panel, '[role="alert"]')).toBe(
        'A read-only admin of the customer organization has no access to the contact-center service.',
      );
      expect(panel.shadowRoot!.querySelector('button')).toBeNull();
    } else throw new Error(`expected a refusal: ${text(panel).slice(0, 300)}`);
  });

  it('shows a trial with the days left, and nothing to change for a read-only admin', async () => {
    const panel = await mount({ orgId: WORLD.trialCustomer }, { token: 'partner-read-only-admin' });
    await until(panel, () => !!panel.shadowRoot?.querySelector('#licenses, [role="alert"]'), 'account');
    expect(text(panel, '#days-left')).toMatch(/^\d+ days? left$/);
    expect(panel.shadowRoot!.querySelectorAll('button, input, select')).toHaveLength(0);
    await expectNoAxeViolations(panel);
  });
});

const control = (harness: Harness, path: string, body: unknown, method = 'POST') =>
  harness.fetch(`${new URL(BASE_URL).origin}/_mock/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const field = (panel: OnrampSubscriptionPanel, id: string) =>
  panel.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
function typeInto(panel: OnrampSubscriptionPanel, id: string, value: string) {
  const element = field(panel, id);
  element.value = value;
  element.dispatchEvent(
    new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
  );
}

describe('<onramp-subscription-panel>: changing the billing address, in Chromium', () => {
  it('re-runs the RPL check: errors on their fields, nothing lost, then follows the customer into review and back', async () => {
    const harness = mockFetch();
    const customerId = await createCustomer(harness, 'Clean Bakery', 'DE');
    expect((await control(harness, 'clock/advance', { ms: 3 * 60_000 })).status).toBe(200);
    const panel = await mount({ customerId }, { harness });
    expect(status(panel)).toBe('Provisioned');
    expect(text(panel, '#address-recheck')).toBe(
      'Changing the address re-runs the restricted-party check; the customer may go to review.',
    );
    buttonLabelled(panel, 'Change billing address').click();
    await until(panel, () => !!panel.shadowRoot?.querySelector('form'), 'the address form');
    expect(field(panel, 'address-city').value).toBe('Town');
    expect(panel.shadowRoot!.activeElement?.id).toBe('address-country');
    await expectNoAxeViolations(panel);

    // The country's rules, before anything is sent.
    typeInto(panel, 'address-country', 'US');
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('label[for="address-zipOrPostalCode"]')?.textContent).toBe(
      'ZIP code *',
    );
    typeInto(panel, 'address-zipOrPostalCode', '123');
    const puts = () => harness.calls.filter((c) => c.method === 'PUT').length;
    buttonLabelled(panel, 'Save address').click();
    await until(
      panel,
      () => !!panel.shadowRoot?.querySelector('#address-zipOrPostalCode-error'),
      'field errors',
    );
    expect(text(panel, '#address-zipOrPostalCode-error')).toBe(
      'ZIP code: use the format of this country, e.g. 95035.',
    );
    expect(text(panel, '#address-stateOrProvince-error')).toBe('This field is required.');
    expect(puts()).toBe(0);

    // A refusal only the server makes lands on its field too; what was typed stays.
    typeInto(panel, 'address-stateOrProvince', 'TX');
    typeInto(panel, 'address-zipOrPostalCode', '78701');
    typeInto(panel, 'address-addressLine1', 'x'.repeat(300));
    typeInto(panel, 'address-city', 'Austin');
    buttonLabelled(panel, 'Save address').click();
    await until(
      panel,
      () => !!panel.shadowRoot?.querySelector('#address-addressLine1-error'),
      'the server error',
    );
    expect(puts()).toBe(1);
    expect(text(panel, '#address-addressLine1-error')).toBe('Check this value.');
    expect(field(panel, 'address-zipOrPostalCode').value).toBe('78701');
    expect(field(panel, 'address-stateOrProvince').value).toBe('TX');
    expect(status(panel)).toBe('Provisioned');

    typeInto(panel, 'address-addressLine1', '9 rpl-listed Way');
    buttonLabelled(panel, 'Save address').click();
    await until(panel, () => status(panel) === 'Pending compliance review', 'the review');
    expect(text(panel, '#address-notice')).toBe(
      'Billing address saved. The restricted-party check runs again.',
    );
    expect(text(panel, '#billing-address')).toBe('9 rpl-listed Way78701 Austin TX');
    expect(text(panel, '#timeline')).toContain('Billing address updated: compliance check run again');
    // The org country was set at creation and stays; so does its call-in number (decisions/0022).
    expect(text(panel, '#call-in')).toContain('+49 30 5555 0100');
    expect(text(panel, '#org-country')).toBe('Germany');
    expect(text(panel, '#live')).toBe('Onboarding status changed: Pending compliance review');
    expect(panel.shadowRoot!.querySelector('#change-address')).toBeNull();
    await expectNoAxeViolations(panel);

    // The mock's review decides within an hour of virtual time; the update's 3 minutes run from that
    // decision (time travel is exact, decisions/0024), so 64 minutes see it provisioned again.
    await control(harness, 'clock/advance', { ms: 61 * 60_000 });
    await control(harness, 'clock/advance', { ms: 3 * 60_000 });
    await until(panel, () => status(panel) === 'Provisioned', 'provisioned again');
    expect(text(panel, '#timeline')).toContain('Review approved');
    await expectNoAxeViolations(panel);
  });

  it('offers no change to a partner read-only admin', async () => {
    const harness = mockFetch();
    const customerId = await createCustomer(harness, 'Quiet Mill', 'DE');
    await control(harness, 'clock/advance', { ms: 3 * 60_000 });
    const panel = await mount({ customerId }, { harness, token: 'partner-read-only-admin' });
    expect(status(panel)).toBe('Provisioned');
    expect(text(panel, '#billing-address')).toBe('1 Main St10115 Town');
    expect(panel.shadowRoot!.querySelectorAll('button, input, select')).toHaveLength(0);
    expect(panel.shadowRoot!.querySelector('#address-recheck')).toBeNull();
  });
});

describe('<onramp-subscription-panel>: a 400 naming several address fields, in Chromium', () => {
  it('marks every field the server names and focuses the first; what was typed stays', async () => {
    const harness = mockFetch();
    const customerId = await createCustomer(harness, 'Long Lines', 'DE');
    expect((await control(harness, 'clock/advance', { ms: 3 * 60_000 })).status).toBe(200);
    const panel = await mount({ customerId }, { harness });
    buttonLabelled(panel, 'Change billing address').click();
    await until(panel, () => !!panel.shadowRoot?.querySelector('form'), 'the address form');
    // Longer than the contract allows (255): the form's rules do not check lengths, the server does.
    typeInto(panel, 'address-addressLine1', 'x'.repeat(300));
    typeInto(panel, 'address-addressLine2', 'y'.repeat(300));
    buttonLabelled(panel, 'Save address').click();
    await until(panel, () => !!panel.shadowRoot?.querySelector('#address-addressLine2-error'), 'both errors');
    expect(text(panel, '#address-addressLine1-error')).toBe('Check this value.');
    expect(text(panel, '#address-addressLine2-error')).toBe('Check this value.');
    expect(field(panel, 'address-addressLine1').getAttribute('aria-invalid')).toBe('true');
    expect(field(panel, 'address-addressLine2').getAttribute('aria-invalid')).toBe('true');
    expect(text(panel, '#address-problem')).toBe('2 fields need attention.');
    expect(panel.shadowRoot!.activeElement?.id).toBe('address-addressLine1');
    expect(field(panel, 'address-addressLine2').value).toBe('y'.repeat(300));
    await expectNoAxeViolations(panel);
  });
});

/** Switches a fault on for one route through the mock's control API. */
async function setFault(harness: Harness, route: string, rule: Record<string, unknown>) {
  const response = await control(harness, 'faults', { route, rule }, 'PUT');
  expect(response.ok, `fault on ${route}`).toBe(true);
}

describe('<onramp-subscription-panel>: a 429 on Save address, in Chromium', () => {
  async function openEditor(name: string) {
    const harness = mockFetch();
    const customerId = await createCustomer(harness, name, 'DE');
    expect((await control(harness, 'clock/advance', { ms: 3 * 60_000 })).status).toBe(200);
    const panel = await mount({ customerId }, { harness });
    buttonLabelled(panel, 'Change billing address').click();
    await until(panel, () => !!panel.shadowRoot?.querySelector('form'), 'the address form');
    typeInto(panel, 'address-city', 'Potsdam');
    typeInto(panel, 'address-zipOrPostalCode', '14467');
    return { harness, panel, customerId };
  }

  it('a short wait is said and retried once by itself: the address is saved', async () => {
    const { harness, panel, customerId } = await openEditor('Patient Mill');
    await setFault(harness, 'updateWholesaleCustomer', { forceStatus: 429, retryAfterSeconds: 1, times: 1 });
    buttonLabelled(panel, 'Save address').click();
    await until(panel, () => text(panel, '#address-notice') !== '', 'the announcement');
    expect(text(panel, '#address-notice')).toBe('Too many requests; trying again by itself in 1 second.');
    expect(buttonLabelled(panel, 'Save address').disabled).toBe(true);
    await until(panel, () => !panel.shadowRoot?.querySelector('form'), 'saved after the retry', 2000);
    expect(text(panel, '#address-notice')).toBe(
      'Billing address saved. The restricted-party check runs again.',
    );
    expect(harness.app.store.customers.get(customerId)?.address?.city).toBe('Potsdam');
  });

  it('a longer wait disables Save with a countdown, said at its start and end; what was typed stays', async () => {
    const { harness, panel, customerId } = await openEditor('Busy Mill');
    await setFault(harness, 'updateWholesaleCustomer', { forceStatus: 429, retryAfterSeconds: 4, times: 1 });
    buttonLabelled(panel, 'Save address').focus();
    buttonLabelled(panel, 'Save address').click();
    await until(panel, () => !!panel.shadowRoot?.querySelector('#address-rate-limit'), 'the countdown');
    expect(text(panel, '#address-notice')).toBe('Too many requests; you can try again in 4 seconds.');
    expect(text(panel, '#address-rate-limit')).toMatch(
      /^Too many requests; you can try again in [1-4] seconds?\.$/,
    );
    const save = buttonLabelled(panel, 'Save address');
    expect(save.disabled).toBe(true);
    expect(save.getAttribute('aria-describedby')).toBe('address-rate-limit');
    expect(panel.shadowRoot!.activeElement?.id).toBe('address-rate-limit');
    // No second message: the alert stays empty while the countdown says it.
    expect(text(panel, '#address-problem')).toBe('');
    expect(field(panel, 'address-city').value).toBe('Potsdam');
    expect(harness.app.store.customers.get(customerId)?.address?.city).toBe('Town');
    await expectNoAxeViolations(panel);
    // Real time: the 4 seconds asked for, and some slack.
    await until(panel, () => !buttonLabelled(panel, 'Save address').disabled, 'the end of the wait', 6000);
    expect(text(panel, '#address-notice')).toBe('You can try again now.');
    expect(panel.shadowRoot!.querySelector('#address-rate-limit')).toBeNull();
    // The countdown had focus and is gone: focus is back on Save, not on the page's body.
    expect(panel.shadowRoot!.activeElement).toBe(buttonLabelled(panel, 'Save address'));
    buttonLabelled(panel, 'Save address').click();
    await until(panel, () => !panel.shadowRoot?.querySelector('form'), 'saved');
    expect(harness.app.store.customers.get(customerId)?.address?.city).toBe('Potsdam');
  });
});

describe('<onramp-subscription-panel>: keyboard focus after Save address, in Chromium', () => {
  async function openEditor(name: string) {
    const harness = mockFetch();
    const customerId = await createCustomer(harness, name, 'DE');
    expect((await control(harness, 'clock/advance', { ms: 3 * 60_000 })).status).toBe(200);
    // A real network takes a while: Save is disabled long enough for the browser to drop its focus.
    await setFault(harness, 'updateWholesaleCustomer', { latencyMs: 60 });
    const panel = await mount({ customerId }, { harness });
    const change = buttonLabelled(panel, 'Change billing address');
    change.focus();
    change.click();
    await until(panel, () => !!panel.shadowRoot?.querySelector('form'), 'the address form');
    return { harness, panel, customerId };
  }
  /** Save, pressed as a keyboard or pointer user does: focused, then activated. */
  function save(panel: OnrampSubscriptionPanel) {
    const button = buttonLabelled(panel, 'Save address');
    button.focus();
    button.click();
  }
  const active = (panel: OnrampSubscriptionPanel) => panel.shadowRoot!.activeElement;

  it('after a save, focus stays in the panel (on the saved notice), also once the customer moves on', async () => {
    const { panel } = await openEditor('Focus Mill');
    typeInto(panel, 'address-city', 'Potsdam');
    typeInto(panel, 'address-zipOrPostalCode', '14467');
    save(panel);
    await until(panel, () => !panel.shadowRoot?.querySelector('form'), 'saved');
    // The customer follows the change into `updating` (then review or provisioning): no Change button.
    await until(panel, () => status(panel) !== 'Provisioned', 'the status after the change');
    await panel.updateComplete;
    expect(document.activeElement).toBe(panel);
    expect(active(panel)?.id).toMatch(/^(address-notice|change-address)$/);
    expect(text(panel, '#address-notice')).toBe(
      'Billing address saved. The restricted-party check runs again.',
    );
    await expectNoAxeViolations(panel);
  });

  it("after a refusal, focus goes to the first field the server refused, and Save's rules to the first field in error", async () => {
    const { panel } = await openEditor('Refused Mill');
    typeInto(panel, 'address-addressLine1', 'x'.repeat(300));
    save(panel);
    await until(panel, () => !!panel.shadowRoot?.querySelector('#address-addressLine1-error'), 'the refusal');
    expect(active(panel)?.id).toBe('address-addressLine1');

    typeInto(panel, 'address-addressLine1', '1 Main St');
    typeInto(panel, 'address-city', '');
    save(panel);
    await until(panel, () => !!panel.shadowRoot?.querySelector('#address-city-error'), 'the rules');
    expect(active(panel)?.id).toBe('address-city');
  });

  it('never takes focus from the page: a save started while focus is outside the panel leaves it there', async () => {
    const { panel } = await openEditor('Outside Mill');
    const outside = document.createElement('input');
    outside.setAttribute('aria-label', 'Search the portal');
    document.body.append(outside);
    typeInto(panel, 'address-addressLine1', 'x'.repeat(300));
    outside.focus();
    buttonLabelled(panel, 'Save address').click();
    await until(panel, () => !!panel.shadowRoot?.querySelector('#address-addressLine1-error'), 'the refusal');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement).toBe(outside);
  });

  it('offers the countries as a list by name, the required fields marked, and sends the code chosen', async () => {
    const { panel, harness, customerId } = await openEditor('Listed Mill');
    const country = panel.shadowRoot!.querySelector<HTMLSelectElement>('select#address-country')!;
    expect(country.required).toBe(true);
    expect(country.value).toBe('DE');
    expect([...country.options].map((o) => o.textContent?.trim())).toContain('Austria');
    expect(panel.shadowRoot!.querySelector('label[for="address-city"] .required-mark')).not.toBeNull();
    expect(panel.shadowRoot!.querySelector('label[for="address-addressLine2"] .required-mark')).toBeNull();
    expect((field(panel, 'address-addressLine1') as HTMLInputElement).maxLength).toBe(255);
    typeInto(panel, 'address-country', 'AT');
    await panel.updateComplete;
    typeInto(panel, 'address-zipOrPostalCode', '1010');
    save(panel);
    await until(panel, () => !panel.shadowRoot?.querySelector('form'), 'saved');
    expect(harness.app.store.customers.get(customerId)?.address?.country).toBe('AT');
  });
});
