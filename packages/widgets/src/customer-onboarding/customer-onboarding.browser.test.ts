import { WAIT_MS, waitUntil } from '@onramp/devkit/waits';
import { createOnrampClient } from '@onramp/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import './onramp-customer-onboarding.js';
import type { OnrampCustomerOnboarding } from './customer-onboarding.js';

type Harness = ReturnType<typeof mockFetch>;
const clientFor = (harness: Harness) =>
  createOnrampClient({
    baseUrl: BASE_URL,
    retry: false,
    fetch: harness.fetch,
    token: 'partner-full-admin',
  });

async function mount(harness = mockFetch()) {
  const form = document.createElement('onramp-customer-onboarding');
  form.client = clientFor(harness);
  document.body.append(form);
  await form.updateComplete;
  return form;
}

function until(form: OnrampCustomerOnboarding, condition: () => boolean, what: string, extraMs = 0) {
  return waitUntil(condition, {
    what,
    interval: 5,
    timeout: WAIT_MS + extraMs,
    before: () => form.updateComplete,
    shown: () => form.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 800) ?? '',
  });
}

const input = (form: OnrampCustomerOnboarding, id: string) =>
  form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
function type(form: OnrampCustomerOnboarding, id: string, value: string) {
  const field = input(form, id);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
/** A field's label as read, without the mark of a required field (tested on its own). */
const labelOf = (form: OnrampCustomerOnboarding, id: string) =>
  form
    .shadowRoot!.querySelector(`label[for="${id}"]`)
    ?.textContent?.replace(/\s*\*$/, '')
    .trim() ?? null;
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
    ).toBe('This field is required.');
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
    const { data } = await clientFor(harness).raw.GET('/wholesale/customers', {
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
    form.client = createOnrampClient({
      baseUrl: BASE_URL,
      retry: false,
      fetch: lossy,
      token: 'partner-full-admin',
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
    const { data } = await clientFor(harness).raw.GET('/wholesale/customers', {
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
    button(form, 'Onboard another customer').click();
    await until(form, () => hasButton(form, 'Check'), 'a new form');
    fill(form, 'Clean Bakery 2', 'ext-dup');
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
    const { data } = await clientFor(harness).raw.GET('/wholesale/customers/{customerId}', {
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

/** Switches a fault on (or off, without a rule) for one route through the mock's control API. */
async function setFault(harness: Harness, route: string, rule?: Record<string, unknown>) {
  const response = await harness.fetch(
    rule ? 'http://onramp.test/_mock/faults' : `http://onramp.test/_mock/faults?route=${route}`,
    {
      method: rule ? 'PUT' : 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: rule ? JSON.stringify({ route, rule }) : undefined,
    },
  );
  expect(response.ok, `fault on ${route}`).toBe(true);
}
const shadow = (form: OnrampCustomerOnboarding, selector: string) =>
  form.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const hasButton = (form: OnrampCustomerOnboarding, label: string) =>
  [...form.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent?.trim() === label);
const creates = (harness: Harness) =>
  harness.calls.filter((c) => c.method === 'POST' && c.path === '/wholesale/customers');
/** The client of `harness`, recording each create's Idempotency-Key. */
function keyRecorder(harness: Harness) {
  const keys: string[] = [];
  const client = createOnrampClient({
    baseUrl: BASE_URL,
    retry: false,
    token: 'partner-full-admin',
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && request.url.endsWith('/wholesale/customers'))
        keys.push(request.headers.get('Idempotency-Key') ?? '');
      return harness.fetch(request);
    },
  });
  return { keys, client };
}

describe('<onramp-customer-onboarding>: accepted, several refusals, rate limits (issue #8), in Chromium', () => {
  it('a double click creates one customer; then no submit is offered until "Onboard another customer", which starts a new key', async () => {
    const harness = mockFetch();
    const { keys, client } = keyRecorder(harness);
    const form = await mount(harness);
    form.client = client;
    const accepted: string[] = [];
    form.addEventListener('onramp-customer-accepted', (event) => accepted.push(event.customerId));
    fill(form, 'Double Click GmbH', 'ext-double');
    const submit = button(form, 'Onboard customer');
    submit.focus();
    // Two clicks before any answer, with no prior "Check": the precheck, then one create.
    submit.click();
    submit.click();
    await until(form, () => accepted.length > 0, 'accepted');
    expect(creates(harness)).toHaveLength(1);
    expect(shadow(form, '#accepted-title')).toBe('Customer accepted');
    expect(shadow(form, '[part="summary"]')).toContain('Double Click GmbH');
    expect(shadow(form, '[part="summary"]')).toContain('ext-double');
    expect(shadow(form, '#accepted-id')).toBe(accepted[0]);
    expect(notice(form)).toBe('The customer was accepted. Provisioning has started.');
    // Nothing left to submit twice: no submit button, no inputs, and the keyboard is on the heading.
    expect(hasButton(form, 'Onboard customer')).toBe(false);
    expect(form.shadowRoot!.querySelectorAll('input')).toHaveLength(0);
    expect(form.shadowRoot!.activeElement?.id).toBe('accepted-title');
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await form.updateComplete;
    expect(creates(harness)).toHaveLength(1);
    await expectNoAxeViolations(form);

    button(form, 'Onboard another customer').click();
    await until(form, () => hasButton(form, 'Onboard customer'), 'the new form');
    expect(input(form, 'customerInfo-name').value).toBe('');
    expect(notice(form)).toBe('');
    expect(form.shadowRoot!.activeElement).toBe(input(form, 'customerInfo-name'));
    fill(form, 'Second Customer AG', 'ext-second');
    button(form, 'Onboard customer').click();
    await until(form, () => accepted.length > 1, 'the second customer accepted');
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
    const { data } = await clientFor(harness).raw.GET('/wholesale/customers', {
      params: { query: { externalId: 'ext-double' } },
    });
    expect(data?.items).toHaveLength(1);
  });

  it('puts every field of a 400 that names several on its field, the first focused, with a summary linking to each', async () => {
    const harness = mockFetch();
    // The server knows a rule the form does not: the request reaches the mock without its city and
    // with a postcode in the wrong format, and the mock's 400 lists both fields.
    const client = createOnrampClient({
      baseUrl: BASE_URL,
      retry: false,
      token: 'partner-full-admin',
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        if (request.method !== 'POST' || !request.url.endsWith('/wholesale/customers'))
          return harness.fetch(request);
        const body = await request.json();
        body.address = { ...body.address, city: undefined, zipOrPostalCode: 'X1' };
        return harness.fetch(new Request(request, { body: JSON.stringify(body) }));
      },
    });
    const form = await mount(harness);
    form.client = client;
    fill(form, 'Two Faults GmbH', 'ext-two-faults');
    button(form, 'Onboard customer').click();
    await until(form, () => errorOf(form, 'address-city') !== null, 'the refused fields');
    expect(errorOf(form, 'address-city')).toBe('This field is required.');
    expect(errorOf(form, 'address-zipOrPostalCode')).toBe(
      'Postal code: use the format of this country, e.g. 10115.',
    );
    expect(input(form, 'address-city').getAttribute('aria-invalid')).toBe('true');
    expect(input(form, 'address-zipOrPostalCode').getAttribute('aria-invalid')).toBe('true');
    const summary = form.shadowRoot!.querySelector('#error-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.querySelector('p')?.textContent).toBe('2 fields need attention.');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['City', 'Postal code']);
    expect(form.shadowRoot!.activeElement?.id).toBe('address-city');
    links[1]!.click();
    expect(form.shadowRoot!.activeElement?.id).toBe('address-zipOrPostalCode');
    // Everything typed is still there, and nothing was created.
    expect(input(form, 'address-city').value).toBe('Berlin');
    expect(input(form, 'customerInfo-name').value).toBe('Two Faults GmbH');
    expect(harness.app.store.customers.size).toBe(
      [...harness.app.store.customers.values()].filter((c) => c.externalId !== 'ext-two-faults').length,
    );
    await expectNoAxeViolations(form);
  });

  it('a 429 asking for at most 3 seconds is retried once by itself, under the same key: one customer', async () => {
    const harness = mockFetch();
    const { keys, client } = keyRecorder(harness);
    const form = await mount(harness);
    form.client = client;
    await setFault(harness, 'provisionWholesaleCustomer', {
      forceStatus: 429,
      retryAfterSeconds: 1,
      times: 1,
    });
    const accepted: string[] = [];
    form.addEventListener('onramp-customer-accepted', (event) => accepted.push(event.customerId));
    fill(form, 'Patient Bakery', 'ext-patient');
    button(form, 'Onboard customer').click();
    await until(form, () => shadow(form, '#announcement') !== '', 'the announcement');
    expect(shadow(form, '#announcement')).toBe('Too many requests; trying again by itself in 1 second.');
    expect(button(form, 'Onboard customer').disabled).toBe(true);
    await until(form, () => accepted.length > 0, 'accepted after the retry', 1000);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(
      [...harness.app.store.customers.values()].filter((c) => c.externalId === 'ext-patient'),
    ).toHaveLength(1);
  });

  it('a longer 429 disables Check and submit with a countdown, announced at its start and end; nothing typed is lost', async () => {
    const harness = mockFetch();
    const form = await mount(harness);
    await setFault(harness, 'provisionWholesaleCustomer', {
      forceStatus: 429,
      retryAfterSeconds: 4,
      times: 1,
    });
    const accepted: string[] = [];
    form.addEventListener('onramp-customer-accepted', (event) => accepted.push(event.customerId));
    fill(form, 'Busy Day GmbH', 'ext-busy');
    button(form, 'Onboard customer').click();
    await until(form, () => shadow(form, '#rate-limit') !== '', 'the countdown');
    expect(shadow(form, '#announcement')).toBe('Too many requests; you can try again in 4 seconds.');
    expect(shadow(form, '#rate-limit')).toMatch(/^Too many requests; you can try again in [1-4] seconds?\.$/);
    expect(button(form, 'Onboard customer').disabled).toBe(true);
    expect(button(form, 'Check').disabled).toBe(true);
    expect(button(form, 'Onboard customer').getAttribute('aria-describedby')).toBe('rate-limit');
    expect(shadow(form, '[role="alert"]')).toBe('');
    expect(input(form, 'customerInfo-name').value).toBe('Busy Day GmbH');
    expect(input(form, 'qty-webex_suite').value).toBe('25');
    await expectNoAxeViolations(form);
    // The countdown ends by itself (real time: up to the 4 seconds asked for, and some slack).
    await until(form, () => !button(form, 'Onboard customer').disabled, 'the end of the wait', 10_000);
    expect(shadow(form, '#announcement')).toBe('You can try again now.');
    expect(shadow(form, '#rate-limit')).toBe('');
    button(form, 'Onboard customer').click();
    await until(form, () => accepted.length > 0, 'accepted');
    expect(creates(harness)).toHaveLength(2);
  });

  it('says when to retry in each language', async () => {
    const harness = mockFetch();
    await setFault(harness, 'precheckWholesaleCustomer', { forceStatus: 429, retryAfterSeconds: 12 });
    const expected = {
      ru: 'Слишком много запросов; повторить можно через 12 секунд.',
      ro: 'Prea multe cereri; puteți încerca din nou peste 12 secunde.',
      he: 'יותר מדי בקשות; אפשר לנסות שוב בעוד 12 שניות.',
    };
    for (const [lang, text] of Object.entries(expected)) {
      document.documentElement.lang = lang;
      const form = await mount(harness);
      await until(form, () => form.shadowRoot!.querySelector('form')?.lang === lang, `${lang} messages`);
      fill(form, 'Polyglot Ltd', `ext-${lang}`);
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="button"]')!.click();
      await until(form, () => shadow(form, '#announcement') !== '', `the ${lang} announcement`);
      expect(shadow(form, '#announcement')).toBe(text);
      form.remove();
    }
  });
});

describe('<onramp-customer-onboarding>: keyboard focus after Check and submit, in Chromium', () => {
  /** A button pressed as a keyboard or pointer user does: focused, then activated. */
  function press(form: OnrampCustomerOnboarding, label: string) {
    const pressed = button(form, label);
    pressed.focus();
    pressed.click();
  }
  const active = (form: OnrampCustomerOnboarding) => form.shadowRoot!.activeElement;

  it('a passed check keeps focus on Check (its button was disabled while busy), and the notice says the result', async () => {
    const harness = mockFetch();
    // A real network takes a while: Check is disabled long enough for the browser to drop its focus.
    await setFault(harness, 'precheckWholesaleCustomer', { latencyMs: 60 });
    const form = await mount(harness);
    fill(form, 'Focus Bakery', 'ext-focus');
    press(form, 'Check');
    await until(form, () => notice(form).startsWith('The check passed'), 'precheck');
    await form.updateComplete;
    expect(document.activeElement).toBe(form);
    expect(active(form)).toBe(button(form, 'Check'));
    await expectNoAxeViolations(form);
  });

  it('a failed check focuses the first field in error, or the error summary when the refusal names none', async () => {
    const harness = mockFetch();
    const form = await mount(harness);
    await setFault(harness, 'precheckWholesaleCustomer', { latencyMs: 60 });
    fill(form, 'Focus Bakery', 'ext-focus-2');
    type(form, 'customerInfo-name', '');
    press(form, 'Check');
    await until(form, () => errorOf(form, 'customerInfo-name') !== null, 'the field error');
    expect(active(form)?.id).toBe('customerInfo-name');

    type(form, 'customerInfo-name', 'Focus Bakery');
    await setFault(harness, 'precheckWholesaleCustomer', { forceStatus: 503, times: 1 });
    press(form, 'Check');
    await until(form, () => shadow(form, '#error-summary') !== '', 'the refusal');
    expect(active(form)?.id).toBe('error-summary');
    await expectNoAxeViolations(form);
  });

  it('a longer 429 focuses the countdown while Check waits, then gives focus back to Check', async () => {
    const harness = mockFetch();
    const form = await mount(harness);
    await setFault(harness, 'precheckWholesaleCustomer', {
      forceStatus: 429,
      retryAfterSeconds: 4,
      times: 1,
    });
    fill(form, 'Waiting Bakery', 'ext-wait');
    press(form, 'Check');
    await until(form, () => shadow(form, '#rate-limit') !== '', 'the countdown');
    expect(active(form)?.id).toBe('rate-limit');
    await until(form, () => !button(form, 'Check').disabled, 'the end of the wait', 10_000);
    await form.updateComplete;
    expect(active(form)).toBe(button(form, 'Check'));
  });

  it('never takes focus from the page: a check started while focus is outside the form leaves it there', async () => {
    const form = await mount();
    const outside = document.createElement('input');
    outside.setAttribute('aria-label', 'Search the portal');
    document.body.append(outside);
    outside.focus();
    button(form, 'Check').click();
    await until(form, () => errorOf(form, 'customerInfo-name') !== null, 'the errors');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement).toBe(outside);
  });
});

describe('<onramp-customer-onboarding>: quantities and the country, each error on its own field, in Chromium', () => {
  const active = (form: OnrampCustomerOnboarding) => form.shadowRoot!.activeElement;
  const invalid = (form: OnrampCustomerOnboarding, id: string) =>
    input(form, id).getAttribute('aria-invalid');
  const quantityIds = () => [
    'qty-webex_suite',
    'qty-webex_calling',
    'qty-webex_calling_standard',
    'qty-webex_meetings',
    'qty-webex_voice',
    'qty-common_area_calling',
    'qty-cx_essentials',
  ];

  it('says what is wrong with each bad quantity, on its own input; empty quantities are not in error', async () => {
    const form = await mount();
    fill(form, 'Quantity Bakery', 'ext-qty');
    type(form, 'qty-webex_suite', '-3');
    type(form, 'qty-webex_calling', '1.5');
    const check = button(form, 'Check');
    check.focus();
    check.click();
    await until(form, () => errorOf(form, 'qty-webex_suite') !== null, 'the quantity errors');
    expect(errorOf(form, 'qty-webex_suite')).toBe('Enter a whole number from 0 to 1,000,000.');
    expect(errorOf(form, 'qty-webex_calling')).toBe('Enter a whole number from 0 to 1,000,000.');
    expect(input(form, 'qty-webex_suite').getAttribute('aria-describedby')).toContain(
      'qty-webex_suite-error',
    );
    expect(quantityIds().map((id) => invalid(form, id))).toEqual([
      'true',
      'true',
      'false',
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(form.shadowRoot!.textContent).not.toContain('at least one package');
    const summary = form.shadowRoot!.querySelector('#error-summary')!;
    expect(summary.querySelector('p')?.textContent).toBe('2 fields need attention.');
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Webex Suite',
      'Webex Calling',
    ]);
    expect(active(form)?.id).toBe('qty-webex_suite');
    await expectNoAxeViolations(form);

    // Above the contract's bound (1,000,000) too; a whole number passes.
    type(form, 'qty-webex_suite', '1000001');
    type(form, 'qty-webex_calling', '2');
    check.focus();
    check.click();
    await until(form, () => errorOf(form, 'qty-webex_calling') === null, 'the new check');
    expect(errorOf(form, 'qty-webex_suite')).toBe('Enter a whole number from 0 to 1,000,000.');
    expect(invalid(form, 'qty-webex_calling')).toBe('false');
  });

  it('asks for at least one package only when none is chosen, without marking the empty inputs', async () => {
    const form = await mount();
    fill(form, 'No Package Bakery', 'ext-none');
    type(form, 'qty-webex_suite', '');
    const check = button(form, 'Check');
    check.focus();
    check.click();
    await until(form, () => shadow(form, '#packages-error') !== '', 'the packages error');
    expect(shadow(form, '#packages-error')).toBe(
      'Choose at least one package, with a quantity of 0 or more.',
    );
    expect(quantityIds().map((id) => invalid(form, id))).toEqual(quantityIds().map(() => 'false'));
    expect([...form.shadowRoot!.querySelectorAll('#error-summary a')].map((a) => a.textContent)).toEqual([
      'Packages and quantities',
    ]);
    // The link and the focus go to the first quantity.
    expect(active(form)?.id).toBe('qty-webex_suite');
    await expectNoAxeViolations(form);
  });

  it("offers the country, time zones and languages as lists, in the reader's language, and sends their codes", async () => {
    const harness = mockFetch();
    const form = await mount(harness);
    const sent: unknown[] = [];
    form.client = createOnrampClient({
      baseUrl: BASE_URL,
      retry: false,
      token: 'partner-full-admin',
      fetch: async (request: Request) => {
        if (request.method === 'POST' && request.url.endsWith('/wholesale/customers'))
          sent.push(await request.clone().json());
        return harness.fetch(request);
      },
    });
    const accepted: string[] = [];
    form.addEventListener('onramp-customer-accepted', (event) => accepted.push(event.customerId));
    const select = (id: string) => form.shadowRoot!.querySelector<HTMLSelectElement>(`select#${id}`)!;
    const labels = (id: string) => [...select(id).options].map((o) => o.textContent?.trim());
    // Every ISO 3166-1 country, by name; nothing chosen at first.
    expect(select('address-country').options).toHaveLength(250);
    expect(labels('address-country')[0]).toBe('Choose…');
    expect(labels('address-country')).toContain('Germany');
    expect(select('address-country').value).toBe('');
    // The domain's languages and time zones; the optional ones start "Not set".
    expect(labels('customerInfo-language')[0]).toBe('Not set');
    expect(labels('customerInfo-language')).toContain('British English');
    expect(labels('provisioningParameters-meetings')).toContain('America/New York');
    expect(labels('calling-timezone')).toContain('Europe/Berlin');
    expect(labels('calling-language')).toContain('German (Germany)');

    fill(form, 'Chosen Tacos', 'ext-chosen');
    choose(form, 'address-country', 'US');
    await form.updateComplete;
    choose(form, 'address-stateOrProvince', 'TX');
    type(form, 'address-zipOrPostalCode', '78701');
    choose(form, 'customerInfo-language', 'es_mx');
    choose(form, 'provisioningParameters-meetings', 'America/Chicago');
    type(form, 'calling-name', 'Austin office');
    choose(form, 'calling-timezone', 'America/Chicago');
    choose(form, 'calling-language', 'en_us');
    await expectNoAxeViolations(form);
    button(form, 'Onboard customer').click();
    await until(form, () => accepted.length > 0, 'accepted');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      address: { country: 'US', stateOrProvince: 'TX' },
      customerInfo: { language: 'es_mx' },
      provisioningParameters: {
        meetings: { timezone: 'America/Chicago' },
        calling: { location: { name: 'Austin office', timezone: 'America/Chicago', language: 'en_us' } },
      },
    });
  });

  it('names the countries and languages in Hebrew', async () => {
    document.documentElement.lang = 'he';
    const form = await mount();
    await until(form, () => form.shadowRoot!.querySelector('form')?.lang === 'he', 'the Hebrew messages');
    const labels = (id: string) =>
      [...form.shadowRoot!.querySelectorAll<HTMLOptionElement>(`select#${id} option`)].map((o) =>
        o.textContent?.trim(),
      );
    expect(labels('address-country')).toContain('גרמניה');
    expect(labels('customerInfo-language')[0]).toBe('לא נקבע');
    expect(labels('customerInfo-language')).toContain('גרמנית (גרמניה)');
    expect(form.shadowRoot!.querySelector('#required-note')?.textContent).toBe(
      'שדות המסומנים ב-* הם שדות חובה.',
    );
  });

  it("marks the required fields before any check, and gives inputs the contract's types and length limits", async () => {
    const form = await mount();
    const root = form.shadowRoot!;
    const marked = (id: string) => !!root.querySelector(`label[for="${id}"] .required-mark`);
    const required = ['customerInfo-name', 'customerInfo-primaryEmail', 'externalId', 'provisioningId'];
    for (const id of [...required, 'address-addressLine1', 'address-city', 'address-country']) {
      expect(marked(id), id).toBe(true);
      expect(input(form, id).required, id).toBe(true);
    }
    for (const id of [
      'customerInfo-language',
      'address-addressLine2',
      'provisioningParameters-meetings',
      'calling-name',
    ]) {
      expect(marked(id), id).toBe(false);
      expect(input(form, id).required, id).toBe(false);
    }
    expect(root.querySelector('#required-note')?.textContent).toBe('Fields marked * are required.');
    // The mark is not read twice: assistive technology hears "required" from the control.
    expect(root.querySelector('.required-mark')?.getAttribute('aria-hidden')).toBe('true');
    expect(input(form, 'customerInfo-primaryEmail').type).toBe('email');
    expect(input(form, 'customerInfo-primaryEmail').maxLength).toBe(320);
    expect(input(form, 'customerInfo-name').maxLength).toBe(255);
    expect(input(form, 'externalId').maxLength).toBe(255);
    expect(input(form, 'address-city').maxLength).toBe(255);
    expect(input(form, 'calling-name').maxLength).toBe(255);
    // A US address needs its state and ZIP code: marked as soon as the country says so.
    choose(form, 'address-country', 'US');
    await form.updateComplete;
    expect(marked('address-stateOrProvince')).toBe(true);
    expect(marked('address-zipOrPostalCode')).toBe(true);
    // The calling location needs all three once one is given.
    type(form, 'calling-name', 'Head office');
    await form.updateComplete;
    for (const id of ['calling-name', 'calling-timezone', 'calling-language']) {
      expect(marked(id), id).toBe(true);
      expect(input(form, id).required, id).toBe(true);
    }
    await expectNoAxeViolations(form);
  });

  it('says the quantity error in each language', async () => {
    const expected = {
      he: 'הזן מספר שלם מ-0 עד 1,000,000.',
      ro: 'Introduceți un număr întreg de la 0 la 1.000.000.',
      ru: 'Введите целое число от 0 до 1 000 000.',
    };
    for (const [lang, text] of Object.entries(expected)) {
      document.documentElement.lang = lang;
      const form = await mount();
      await until(form, () => form.shadowRoot!.querySelector('form')?.lang === lang, `${lang} messages`);
      fill(form, 'Polyglot Ltd', `ext-${lang}`);
      type(form, 'qty-webex_suite', '-1');
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="button"]')!.click();
      await until(form, () => errorOf(form, 'qty-webex_suite') !== null, `the ${lang} error`);
      expect(errorOf(form, 'qty-webex_suite')?.replace(/\s/g, ' ')).toBe(text);
      form.remove();
    }
  });
});
