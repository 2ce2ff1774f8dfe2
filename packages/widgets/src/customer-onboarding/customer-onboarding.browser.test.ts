import type { paths } from '@onramp/contract';
import createClient from 'openapi-fetch';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import './onramp-customer-onboarding.js';
import type { OnrampCustomerOnboarding } from './customer-onboarding.js';

type Harness = ReturnType<typeof mockFetch>;
const clientFor = (harness: Harness) =>
  createClient<paths>({
    baseUrl: BASE_URL,
    fetch: harness.fetch,
    headers: { Authorization: 'Bearer partner-full-admin' },
  });

async function mount(harness = mockFetch()) {
  const form = document.createElement('onramp-customer-onboarding');
  form.client = clientFor(harness);
  document.body.append(form);
  await form.updateComplete;
  return form;
}

async function until(form: OnrampCustomerOnboarding, condition: () => boolean, what: string) {
  for (let i = 0; i < 300; i++) {
    await form.updateComplete;
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(
    `timed out waiting for ${what}: ${form.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 800)}`,
  );
}

const input = (form: OnrampCustomerOnboarding, id: string) =>
  form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
function type(form: OnrampCustomerOnboarding, id: string, value: string) {
  const field = input(form, id);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
const labelOf = (form: OnrampCustomerOnboarding, id: string) =>
  form.shadowRoot!.querySelector(`label[for="${id}"]`)?.textContent?.trim() ?? null;
const errorOf = (form: OnrampCustomerOnboarding, id: string) =>
  form.shadowRoot!.querySelector(`#${id}-error`)?.textContent?.trim() ?? null;
function choose(form: OnrampCustomerOnboarding, id: string, value: string) {
  const select = form.shadowRoot!.querySelector<HTMLSelectElement>(`select#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
const button = (form: OnrampCustomerOnboarding, label: string) =>
  [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;
const notice = (form: OnrampCustomerOnboarding) =>
  form.shadowRoot!.querySelector('#notice')?.textContent?.trim() ?? '';

function fill(form: OnrampCustomerOnboarding, name: string, externalId: string) {
  type(form, 'customerInfo-name', name);
  type(form, 'customerInfo-primaryEmail', 'owner@example.com');
  type(form, 'externalId', externalId);
  type(form, 'provisioningId', 'prov-1');
  type(form, 'address-addressLine1', '1 Main St');
  type(form, 'address-city', 'Berlin');
  type(form, 'address-country', 'DE');
  type(form, 'address-zipOrPostalCode', '10115');
  type(form, 'qty-webex_suite', '25');
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('<onramp-customer-onboarding> against the mock, in Chromium', () => {
  it("puts the contract schema's issues on their fields, with aria-invalid and a description", async () => {
    const form = await mount();
    type(form, 'customerInfo-primaryEmail', 'not-an-email');
    type(form, 'address-country', 'de');
    button(form, 'Check').click();
    await until(
      form,
      () => input(form, 'customerInfo-name').getAttribute('aria-invalid') === 'true',
      'errors',
    );
    const email = input(form, 'customerInfo-primaryEmail');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby')!;
    expect(form.shadowRoot!.getElementById(describedBy)?.textContent).toBe('Enter a valid e-mail address.');
    const country = input(form, 'address-country');
    expect(
      form.shadowRoot!.getElementById(country.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent,
    ).toBe('Enter a two-letter country code, e.g. DE.');
    expect(form.shadowRoot!.querySelector('#packages-error')?.textContent).toContain('at least one package');
    expect(form.shadowRoot!.activeElement).toBe(input(form, 'customerInfo-name'));
    await expectNoAxeViolations(form);
  });

  it('prechecks, warns of an RPL review, and a double submit creates one customer', async () => {
    const harness = mockFetch();
    const form = await mount(harness);
    const accepted: string[] = [];
    form.addEventListener('onramp-customer-accepted', (event) => accepted.push(event.customerId));
    fill(form, 'Tulip rpl-listed BV', 'ext-tulip');
    button(form, 'Check').click();
    await until(form, () => notice(form).startsWith('The check passed'), 'precheck');
    expect(notice(form)).toContain('compliance review of up to 72 hours');
    button(form, 'Onboard customer').click();
    button(form, 'Onboard customer').click();
    await until(form, () => accepted.length > 0, 'accepted');
    expect(notice(form)).toBe('The customer was accepted. Provisioning has started.');
    const { data } = await clientFor(harness).GET('/wholesale/customers', {
      params: { query: { externalId: 'ext-tulip' } },
    });
    expect(data?.items).toHaveLength(1);
    expect(
      harness.calls.filter((c) => c.method === 'POST' && c.path === '/wholesale/customers'),
    ).toHaveLength(1);
    await expectNoAxeViolations(form);
  });

  it('keeps everything typed when the answer is lost, and the retry with the same key creates one customer', async () => {
    const harness = mockFetch();
    const keys: string[] = [];
    let loseNextAnswer = true;
    // The mock creates the customer, then the answer is lost on the way back (a dropped connection).
    const lossy = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const creating = request.method === 'POST' && request.url.endsWith('/wholesale/customers');
      if (creating) keys.push(request.headers.get('Idempotency-Key') ?? '');
      const response = await harness.fetch(request);
      if (creating && loseNextAnswer) {
        loseNextAnswer = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const form = await mount(harness);
    form.client = createClient<paths>({
      baseUrl: BASE_URL,
      fetch: lossy,
      headers: { Authorization: 'Bearer partner-full-admin' },
    });
    fill(form, 'Clean Bakery', 'ext-clean');
    button(form, 'Onboard customer').click();
    await until(
      form,
      () => !!form.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim(),
      'the failure',
    );
    expect(form.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('could not be reached');
    expect(input(form, 'customerInfo-name').value).toBe('Clean Bakery');
    expect(input(form, 'qty-webex_suite').value).toBe('25');
    button(form, 'Onboard customer').click();
    await until(form, () => notice(form).startsWith('The customer was accepted'), 'accepted');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const { data } = await clientFor(harness).GET('/wholesale/customers', {
      params: { query: { externalId: 'ext-clean' } },
    });
    expect(data?.items).toHaveLength(1);
  });

  it('in Hebrew, right to left, says what needs attention, axe-clean', async () => {
    document.documentElement.lang = 'he';
    const form = await mount();
    const base = form.shadowRoot!.querySelector('[part="base"]')!;
    await until(form, () => base.getAttribute('dir') === 'rtl', 'the Hebrew messages');
    button(form, 'בדיקה').click();
    await until(
      form,
      () => input(form, 'customerInfo-name').getAttribute('aria-invalid') === 'true',
      'errors',
    );
    expect(form.shadowRoot!.querySelector('[role="alert"]')?.textContent).toMatch(/שדות דורשים תשומת לב/);
    expect(form.shadowRoot!.querySelector('#customerInfo-name-error')?.textContent).toBe('שדה חובה.');
    await expectNoAxeViolations(form);
  });

  it('shows a conflict from the server on the field it names', async () => {
    const harness = mockFetch();
    const form = await mount(harness);
    fill(form, 'Clean Bakery', 'ext-dup');
    button(form, 'Onboard customer').click();
    await until(form, () => notice(form).startsWith('The customer was accepted'), 'accepted');
    type(form, 'customerInfo-name', 'Clean Bakery 2');
    button(form, 'Check').click();
    await until(form, () => input(form, 'externalId').getAttribute('aria-invalid') === 'true', 'conflict');
    expect(form.shadowRoot!.querySelector('#externalId-error')?.textContent).toBe(
      'A customer with this external ID already exists.',
    );
  });
});

describe('<onramp-customer-onboarding>: per-country address rules, in Chromium', () => {
  it('labels, lists and hides the address fields by country', async () => {
    const form = await mount();
    type(form, 'address-country', 'US');
    await form.updateComplete;
    expect(labelOf(form, 'address-stateOrProvince')).toBe('State');
    expect(labelOf(form, 'address-zipOrPostalCode')).toBe('ZIP code');
    const states = form.shadowRoot!.querySelector<HTMLSelectElement>('select#address-stateOrProvince')!;
    expect(states.options).toHaveLength(60);
    expect(states.options[0]?.textContent).toBe('Choose…');
    expect([...states.options].map((o) => o.textContent)).toContain('Texas (TX)');
    await expectNoAxeViolations(form);

    type(form, 'address-country', 'GB');
    await form.updateComplete;
    expect(labelOf(form, 'address-zipOrPostalCode')).toBe('Postcode');
    expect(labelOf(form, 'address-stateOrProvince')).toBe('County (optional)');
    expect(form.shadowRoot!.querySelector('select#address-stateOrProvince')).toBeNull();

    type(form, 'address-country', 'CA');
    await form.updateComplete;
    expect(labelOf(form, 'address-stateOrProvince')).toBe('Province or territory');
    expect(labelOf(form, 'address-zipOrPostalCode')).toBe('Postal code');

    type(form, 'address-country', 'DE');
    await form.updateComplete;
    expect(labelOf(form, 'address-stateOrProvince')).toBeNull();
    type(form, 'address-country', 'AE');
    await form.updateComplete;
    expect(labelOf(form, 'address-zipOrPostalCode')).toBeNull();
    expect(labelOf(form, 'address-stateOrProvince')).toBe('State or province (optional)');
    type(form, 'address-country', 'KW');
    await form.updateComplete;
    expect(labelOf(form, 'address-zipOrPostalCode')).toBe('Postal code (optional)');
  });

  it("says what each country's rules need, on the field, then onboards once they are met", async () => {
    const harness = mockFetch();
    const form = await mount(harness);
    const accepted: string[] = [];
    form.addEventListener('onramp-customer-accepted', (event) => accepted.push(event.customerId));
    fill(form, 'Lone Star Tacos', 'ext-tx');
    type(form, 'address-country', 'US');
    type(form, 'address-zipOrPostalCode', '7870');
    button(form, 'Check').click();
    await until(form, () => errorOf(form, 'address-zipOrPostalCode') !== null, 'the address errors');
    expect(errorOf(form, 'address-zipOrPostalCode')).toBe(
      'ZIP code: use the format of this country, e.g. 95035.',
    );
    expect(errorOf(form, 'address-stateOrProvince')).toBe('This field is required.');
    expect(input(form, 'address-zipOrPostalCode').getAttribute('aria-invalid')).toBe('true');
    expect(form.shadowRoot!.activeElement?.id).toBe('address-stateOrProvince');
    // Nothing reached the server: the form runs the same rules as the mock.
    expect(harness.calls.filter((c) => c.path.startsWith('/wholesale/customers'))).toHaveLength(0);
    await expectNoAxeViolations(form);

    choose(form, 'address-stateOrProvince', 'TX');
    type(form, 'address-zipOrPostalCode', '78701');
    button(form, 'Onboard customer').click();
    await until(form, () => accepted.length > 0, 'accepted');
    const { data } = await clientFor(harness).GET('/wholesale/customers/{customerId}', {
      params: { path: { customerId: accepted[0]! } },
    });
    expect(data?.address).toMatchObject({ stateOrProvince: 'TX', zipOrPostalCode: '78701', country: 'US' });
  });

  it('in Hebrew, right to left: labels and messages of the country rules are translated, axe-clean', async () => {
    document.documentElement.lang = 'he';
    const form = await mount();
    const base = form.shadowRoot!.querySelector('[part="base"]')!;
    await until(form, () => base.getAttribute('dir') === 'rtl', 'the Hebrew messages');
    expect(getComputedStyle(base).direction).toBe('rtl');
    type(form, 'address-country', 'NL');
    type(form, 'address-zipOrPostalCode', '1012');
    await form.updateComplete;
    expect(labelOf(form, 'address-zipOrPostalCode')).toBe('מיקוד (Postcode)');
    button(form, 'בדיקה').click();
    await until(form, () => errorOf(form, 'address-zipOrPostalCode') !== null, 'the postcode error');
    expect(errorOf(form, 'address-zipOrPostalCode')).toBe(
      'מיקוד (Postcode): השתמש בתבנית של המדינה הזו, למשל 1012 JS.',
    );
    type(form, 'address-country', 'US');
    await form.updateComplete;
    expect(labelOf(form, 'address-stateOrProvince')).toBe('מדינה (State)');
    expect(
      form.shadowRoot!.querySelector<HTMLSelectElement>('select#address-stateOrProvince')?.options[0]
        ?.textContent,
    ).toBe('בחר…');
    await expectNoAxeViolations(form);
  });
});
