import type { FaultRule } from '@onramp/mock-server';
import { WORLD } from '@onramp/mock-server';
import { afterEach, describe, expect, it } from 'vitest';
import '../src/customer-onboarding/onramp-customer-onboarding.js';
import '../src/role-editor/onramp-role-editor.js';
import '../src/setup-wizard/onramp-setup-wizard.js';
import { expectNoAxeViolations } from './axe.js';
import { lossyFetch } from './lossy-fetch.js';
import { buttonLabelled as button, mockClient, shadowText as text, until } from './widget-harness.js';

/**
 * Faults from the mock during the three writes that matter most (issue #10): the wizard's submit, a
 * role change and a customer create. For each, the route fails in every way the mock can fail it
 * (429 with Retry-After, 503, a dropped connection, and an answer lost after the server acted), the
 * widget says so and keeps what was typed, then faults are switched off, the admin retries from the
 * UI, and the API shows the thing was done exactly once.
 */
type Harness = ReturnType<typeof lossyFetch>;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const OFFLINE = 'The service could not be reached. Check your connection and try again.';
const WITH_REFERENCE = /Something went wrong\. Reference: ONRAMP_/;

/** Switches a fault on for one route through the mock's control API, as a tester would. */
async function setFault(harness: Harness, route: string, rule: FaultRule | undefined) {
  const url = rule ? 'http://onramp.test/_mock/faults' : `http://onramp.test/_mock/faults?route=${route}`;
  const response = await harness.fetch(url, {
    method: rule ? 'PUT' : 'DELETE',
    headers: { 'content-type': 'application/json' },
    body: rule ? JSON.stringify({ route, rule }) : undefined,
  });
  expect(response.ok, `fault ${route}`).toBe(true);
}

/** The failures to go through, in order; the last one lets the server act and loses its answer. */
const FAILURES: { name: string; rule?: FaultRule; message: string | RegExp }[] = [
  { name: '429', rule: { forceStatus: 429, retryAfterSeconds: 1 }, message: WITH_REFERENCE },
  { name: '503', rule: { forceStatus: 503 }, message: WITH_REFERENCE },
  { name: 'dropped connection', rule: { drop: true, latencyMs: 20 }, message: OFFLINE },
  { name: 'answer lost after the write', message: OFFLINE },
];

async function failEachWay(
  harness: Harness,
  route: string,
  path: RegExp,
  act: () => Promise<void>,
  shown: () => string,
  verify: (failure: string) => void,
) {
  for (const failure of FAILURES) {
    if (failure.rule) await setFault(harness, route, failure.rule);
    else harness.loseAnswers(path);
    await act();
    const message = failure.message;
    try {
      await until(
        document.body.lastElementChild as Widget,
        () => (typeof message === 'string' ? shown().includes(message) : message.test(shown())),
        `the ${failure.name} message`,
      );
    } finally {
      if (failure.rule) await setFault(harness, route, undefined);
      else harness.loseAnswers(undefined);
    }
    verify(failure.name);
  }
}

afterEach(() => {
  document.body.innerHTML = '';
  sessionStorage.clear();
});

describe('faults from the mock during writes, in Chromium: the UI recovers, nothing is duplicated or lost', () => {
  it('the setup wizard submit: stays on Review with the answers, and provisions once after the retry', async () => {
    const harness = lossyFetch();
    const wizard = document.createElement('onramp-setup-wizard');
    Object.assign(wizard, {
      client: mockClient('partner-full-admin', harness),
      orgId: WORLD.trialCustomer,
      pollInterval: 10,
    });
    document.body.append(wizard);
    const heading = () => wizard.shadowRoot?.querySelector('#step-heading')?.textContent?.trim();
    const press = async (label: string, next?: string) => {
      await until(
        wizard,
        () => !!wizard.shadowRoot?.querySelector('#step-heading') && !button(wizard, label).disabled,
        `"${label}"`,
      );
      button(wizard, label).click();
      if (next) await until(wizard, () => heading() === next, `step "${next}"`);
    };
    await press('Set up', 'Calling setup');
    await press('Next', 'Country of operation');
    const select = wizard.shadowRoot?.querySelector<HTMLSelectElement>('#country') as HTMLSelectElement;
    select.value = 'DE';
    select.dispatchEvent(new Event('change'));
    await press('Save');
    await until(wizard, () => wizard.shadowRoot?.querySelector('dialog')?.open === true, 'the confirmation');
    await press('Confirm', 'Tenant time zone');
    await press('Next', 'Platform');
    await press('Next', 'Telephony');
    wizard.shadowRoot?.querySelector<HTMLInputElement>('input[name="telephony"]')?.click();
    await press('Next', 'Review');
    const review = text(wizard);
    const pendingBefore = harness.app.clock.pending;

    await failEachWay(
      harness,
      'submitSetup',
      /\/setup\/submission$/,
      () => press('Submit'),
      () => wizard.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '',
      (failure) => {
        expect(heading(), `after ${failure}`).toBe('Review');
        expect(text(wizard), `the answers after ${failure}`).toContain('Germany');
      },
    );
    expect(harness.lost).toBe(1);
    await expectNoAxeViolations(wizard);

    await press('Submit', 'Provisioning');
    // The lost answer's submission and the retry are one: one provisioning run is scheduled.
    expect(harness.app.clock.pending).toBe(pendingBefore + 1);
    expect(review).toContain('Germany');
  });

  it('a role change: each failure is shown and changes nothing; after the retry the role changed once', async () => {
    const harness = lossyFetch();
    const editor = document.createElement('onramp-role-editor');
    Object.assign(editor, {
      client: mockClient('customer-full-admin', harness),
      orgId: WORLD.provisionedCustomer,
      searchDelay: 0,
    });
    document.body.append(editor);
    const root = () => editor.shadowRoot as ShadowRoot;
    const radio = (id: string) => root().querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    await until(editor, () => !!root().querySelector('[part="row"]'), 'the list');
    const anna = harness.app.store.directory.userByEmail('anna.schmidt@berlin-bakery.example.com');
    const versionBefore = anna?.version ?? 0;
    [...root().querySelectorAll<HTMLButtonElement>('button.name')]
      .find((b) => b.textContent === 'Anna Schmidt')
      ?.click();
    await until(
      editor,
      () => !!root().querySelector('dialog[open] #role-none') && !radio('role-service_admin').disabled,
      'the dialog',
    );
    radio('role-service_admin').click();
    const apply = async () => {
      await until(editor, () => !button(editor, 'Change role').disabled, '"Change role"');
      button(editor, 'Change role').click();
      await until(editor, () => !!root().querySelector('[part="confirm"]'), 'the confirmation');
      button(editor, 'Apply').click();
    };

    await failEachWay(
      harness,
      'setUserAdminRole',
      /\/adminRole$/,
      apply,
      () => root().querySelector('dialog')?.textContent ?? '',
      (failure) => {
        const anna = harness.app.store.directory.userByEmail('anna.schmidt@berlin-bakery.example.com');
        if (failure !== 'answer lost after the write')
          expect(anna?.version, `unchanged after ${failure}`).toBe(versionBefore);
        // Known gap (see the `it.fails` below): the editor puts the choice back after a failure.
        if (!radio('role-service_admin').checked) radio('role-service_admin').click();
      },
    );
    await expectNoAxeViolations(editor);

    // The retry: the lost answer's change was made, so the editor either confirms or reloads it.
    await apply();
    await until(
      editor,
      () =>
        /Anna Schmidt is now|Someone else changed this user/.test(
          root().querySelector('dialog')?.textContent ?? '',
        ) || radio('role-service_admin').checked,
      'the outcome of the retry',
    );
    const after = harness.app.store.directory.userByEmail('anna.schmidt@berlin-bakery.example.com');
    expect(after?.roles).toEqual(['service_admin']);
    expect(after?.version, 'changed once').toBe(versionBefore + 1);
    await until(editor, () => radio('role-service_admin').checked, 'the role shown');
  });

  // Known gap, reported: after a 429 or 503 the role editor puts the admin's choice back to the
  // user's current role, so the retry starts from scratch. Remove `.fails` once it keeps the choice.
  it.fails('a role change refused with 503 keeps the chosen role selected for the retry', async () => {
    const harness = lossyFetch();
    const editor = document.createElement('onramp-role-editor');
    Object.assign(editor, {
      client: mockClient('customer-full-admin', harness),
      orgId: WORLD.provisionedCustomer,
      searchDelay: 0,
    });
    document.body.append(editor);
    const root = () => editor.shadowRoot as ShadowRoot;
    const radio = (id: string) => root().querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    await until(editor, () => !!root().querySelector('[part="row"]'), 'the list');
    [...root().querySelectorAll<HTMLButtonElement>('button.name')]
      .find((b) => b.textContent === 'Anna Schmidt')
      ?.click();
    await until(
      editor,
      () => !!root().querySelector('dialog[open] #role-none') && !radio('role-service_admin').disabled,
      'the dialog',
    );
    radio('role-service_admin').click();
    await setFault(harness, 'setUserAdminRole', { forceStatus: 503 });
    await until(editor, () => !button(editor, 'Change role').disabled, '"Change role"');
    button(editor, 'Change role').click();
    await until(editor, () => !!root().querySelector('[part="confirm"]'), 'the confirmation');
    button(editor, 'Apply').click();
    await until(
      editor,
      () => WITH_REFERENCE.test(root().querySelector('dialog')?.textContent ?? ''),
      'the 503 message',
    );
    expect(radio('role-service_admin').checked).toBe(true);
  });

  it('a customer create: everything typed stays, and after the retry exactly one customer exists', async () => {
    const harness = lossyFetch();
    const form = document.createElement('onramp-customer-onboarding');
    form.client = mockClient('partner-full-admin', harness);
    document.body.append(form);
    await form.updateComplete;
    const input = (id: string) =>
      form.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    const typed: Record<string, string> = {
      'customerInfo-name': 'Fault Tolerant GmbH',
      'customerInfo-primaryEmail': 'owner@fault-tolerant.example.com',
      externalId: 'ext-fault-tolerant',
      provisioningId: 'prov-fault',
      'address-addressLine1': 'Unter den Linden 1',
      'address-city': 'Berlin',
      'address-country': 'DE',
      'address-zipOrPostalCode': '10117',
      'qty-webex_suite': '12',
    };
    for (const [id, value] of Object.entries(typed)) {
      input(id).value = value;
      input(id).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    const accepted: string[] = [];
    form.addEventListener('onramp-customer-accepted', (event) => accepted.push(event.customerId));
    const submit = async () => {
      await until(form, () => !button(form, 'Onboard customer').disabled, '"Onboard customer"');
      button(form, 'Onboard customer').click();
    };

    await failEachWay(
      harness,
      'provisionWholesaleCustomer',
      /\/wholesale\/customers$/,
      submit,
      () => form.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '',
      (failure) => {
        for (const [id, value] of Object.entries(typed))
          expect(input(id).value, `${id} after ${failure}`).toBe(value);
      },
    );
    await expectNoAxeViolations(form);

    // The retry, slowed down and clicked twice: one request, replayed under the same key.
    await setFault(harness, 'provisionWholesaleCustomer', { latencyMs: 150 });
    await submit();
    button(form, 'Onboard customer').click();
    await until(form, () => accepted.length > 0, 'the accepted customer');
    const customers = [...harness.app.store.customers.values()].filter(
      (c) => c.externalId === 'ext-fault-tolerant',
    );
    expect(customers, 'exactly one customer').toHaveLength(1);
    expect(accepted).toEqual([customers[0]?.id]);
  });
});
