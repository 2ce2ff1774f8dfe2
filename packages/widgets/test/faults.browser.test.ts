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

const OFFLINE = /the service could not be reached/i;
const WITH_REFERENCE = /Something went wrong\. Reference: ONRAMP_/;
/** A 429: retried once by itself after its 1 second, refused again, then the countdown (decisions/0011). */
const RATE_LIMITED = /Too many requests; you can try again in 1 second\./;

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
const FAILURES: { name: string; rule?: FaultRule; network: boolean }[] = [
  { name: '429', rule: { forceStatus: 429, retryAfterSeconds: 1 }, network: false },
  { name: '503', rule: { forceStatus: 503 }, network: false },
  { name: 'dropped connection', rule: { drop: true, latencyMs: 20 }, network: true },
  { name: 'answer lost after the write', network: true },
];
const LOST = 'answer lost after the write';

/** What the widget says for a refusal (429, 503) and for no answer at all. */
interface Messages {
  refused: RegExp;
  network: RegExp;
  /** For the 429, when the widget says more than `refused`. */
  rateLimited?: RegExp;
  /** For an answer lost after the write, when the widget reads back what happened. */
  lost?: RegExp;
}
const USUAL: Messages = { refused: WITH_REFERENCE, network: OFFLINE };
/** The setup wizard and the onboarding form say when a 429 may be tried again. */
const SAYS_WHEN: Messages = { ...USUAL, rateLimited: RATE_LIMITED };
/** What a widget shows of a failure: its alert, and the countdown of a 429's wait. */
const failureShown = (widget: Element) =>
  [...(widget.shadowRoot?.querySelectorAll('[role="alert"], #rate-limit') ?? [])]
    .map((element) => element.textContent ?? '')
    .join(' ');

async function failEachWay(
  harness: Harness,
  target: { route: string; path: RegExp; messages: Messages },
  act: () => Promise<void>,
  shown: () => string,
  verify: (failure: string, network: boolean) => void,
) {
  for (const failure of FAILURES) {
    if (failure.rule) await setFault(harness, target.route, failure.rule);
    else harness.loseAnswers(target.path);
    await act();
    const { refused, network, rateLimited, lost } = target.messages;
    const expected =
      failure.name === LOST
        ? (lost ?? network)
        : failure.network
          ? network
          : failure.name === '429'
            ? (rateLimited ?? refused)
            : refused;
    try {
      await until(
        document.body.lastElementChild as Widget,
        () => expected.test(shown()),
        `the ${failure.name} message`,
      );
    } catch (error) {
      throw new Error(`${failure.name}: the widget says "${shown().replace(/\s+/g, ' ').slice(0, 600)}"`, {
        cause: error,
      });
    } finally {
      if (failure.rule) await setFault(harness, target.route, undefined);
      else harness.loseAnswers(undefined);
    }
    verify(failure.name, failure.network);
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
      { route: 'submitSetup', path: /\/setup\/submission$/, messages: SAYS_WHEN },
      () => press('Submit'),
      () => failureShown(wizard),
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

  it('a role change: each failure is shown and changes nothing; the lost answer is read back: changed once', async () => {
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
      {
        route: 'setUserAdminRole',
        path: /\/adminRole$/,
        // No answer: the editor reads the user back and says whether the change was saved.
        messages: {
          ...SAYS_WHEN,
          network: /shows that it was not saved/,
          lost: /shows that it was saved/,
        },
      },
      apply,
      () => root().querySelector('dialog')?.textContent ?? '',
      (failure, network) => {
        const anna = harness.app.store.directory.userByEmail('anna.schmidt@berlin-bakery.example.com');
        if (failure !== LOST) expect(anna?.version, `unchanged after ${failure}`).toBe(versionBefore);
        if (network) expect(radio('role-service_admin').checked, `the choice after ${failure}`).toBe(true);
        // Reported: at aa221c8 a 429 or 503 puts the choice back to the user's role; choose again.
        else if (!radio('role-service_admin').checked) radio('role-service_admin').click();
      },
    );
    await expectNoAxeViolations(editor);

    // The lost answer's change was made: read back, it is shown as done, with no error to retry.
    const after = harness.app.store.directory.userByEmail('anna.schmidt@berlin-bakery.example.com');
    expect(after?.roles).toEqual(['service_admin']);
    expect(after?.version, 'changed once').toBe(versionBefore + 1);
    expect(root().querySelector('dialog [role="alert"]')).toBeNull();
    expect(radio('role-service_admin').checked).toBe(true);
    expect(button(editor, 'Change role').disabled).toBe(true);
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
      { route: 'provisionWholesaleCustomer', path: /\/wholesale\/customers$/, messages: SAYS_WHEN },
      submit,
      () => failureShown(form),
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
