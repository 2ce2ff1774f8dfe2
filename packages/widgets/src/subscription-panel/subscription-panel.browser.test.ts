import type { ProvisionCustomerRequest, paths } from '@onramp/contract';
import { WORLD } from '@onramp/mock-server';
import createClient from 'openapi-fetch';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import './onramp-subscription-panel.js';
import type { OnrampSubscriptionPanel } from './subscription-panel.js';

type Harness = ReturnType<typeof mockFetch>;
const clientFor = (harness: Harness, token = 'partner-full-admin') =>
  createClient<paths>({
    baseUrl: BASE_URL,
    fetch: harness.fetch,
    headers: { Authorization: `Bearer ${token}` },
  });

/** Creates a wholesale customer in the mock, as a partner's own system would, and returns its id. */
async function createCustomer(harness: Harness, name: string, country: string) {
  const body: ProvisionCustomerRequest = {
    provisioningId: 'prov-1',
    packages: ['webex_suite'],
    externalId: `ext-${name}`,
    address: { addressLine1: '1 Main St', city: 'Town', zipOrPostalCode: '10115', country },
    customerInfo: { name, primaryEmail: 'admin@example.com' },
    provisioningParameters: { packages: { limits: { webex_suite: 25 } } },
  };
  const { data, error } = await clientFor(harness).POST('/wholesale/customers', { body });
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

async function until(panel: OnrampSubscriptionPanel, condition: () => boolean, what: string) {
  for (let i = 0; i < 300; i++) {
    await panel.updateComplete;
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}: ${text(panel).slice(0, 1200)}`);
}

const text = (panel: OnrampSubscriptionPanel, selector?: string) =>
  ((selector ? panel.shadowRoot?.querySelector(selector) : panel.shadowRoot)?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
const status = (panel: OnrampSubscriptionPanel) => text(panel, '#customer-status');

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
    // DOMAIN §3.3: Germany has its own dial-in number.
    expect(text(panel, '#org-country')).toBe('Germany');
    expect(text(panel, '#call-in')).toContain('+49 30 5555 0100');
    expect(text(panel, '#call-in')).toContain('The dial-in number of Germany, the org country.');
    await expectNoAxeViolations(panel);

    harness.app.clock.advance(3 * 60_000);
    await until(panel, () => status(panel) === 'Provisioned', 'provisioned');
    expect(text(panel, '#live')).toBe('Onboarding status changed: Provisioned');
    expect(changes).toEqual(['provisioned']);
    // The mock has no org record behind a new wholesale customer's orgId (see the report).
    expect(text(panel, '#account-problem')).toBe('Account details appear once the customer org exists.');
    await expectNoAxeViolations(panel);
  });

  it('shows an RPL-flagged customer under review with its deadline, then provisioning once approved', async () => {
    const harness = mockFetch();
    const customerId = await createCustomer(harness, 'Tulip rpl-listed BV', 'NL');
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
    await until(panel, () => status(panel) === 'Provisioning', 'provisioning');
    expect(text(panel, '#timeline')).toContain('Review approved');
    expect(text(panel, '#live')).toBe('Onboarding status changed: Provisioning');
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
    const { data } = await clientFor(harness).GET('/wholesale/customers', {
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
    expect(text(panel, '#subscription')).toMatch(/^Order reference ?CCW-\d+/);
    expect(text(panel, '#licenses')).toContain('Webex Contact Center');
    expect(text(panel, '#add-ons')).toContain('Attendant Console: Not orderable yet');
    expect(text(panel, '#services')).toContain('Webex Contact Center');
    expect(text(panel, '#platform')).toMatch(/1\.0|New platform/);
    expect(text(panel, '#role-sync')).toMatch(/^Role sync: \d+ admins/);
    await expectNoAxeViolations(panel);
  });

  it('shows a trial with the days left, and nothing to change for a read-only admin', async () => {
    const panel = await mount({ orgId: WORLD.trialCustomer }, { token: 'partner-read-only-admin' });
    await until(panel, () => !!panel.shadowRoot?.querySelector('#licenses, [role="alert"]'), 'account');
    expect(text(panel, '#days-left')).toMatch(/^\d+ days? left$/);
    expect(panel.shadowRoot!.querySelectorAll('button, input, select')).toHaveLength(0);
    await expectNoAxeViolations(panel);
  });
});
