import { WORLD } from '@onramp/mock-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { mockFetch } from '../../test/mock-fetch.js';
import { buttonLabelled, mockClient, shadowText, until } from '../../test/widget-harness.js';
import '../customer-onboarding/onramp-customer-onboarding.js';
import '../role-editor/onramp-role-editor.js';
import '../setup-wizard/onramp-setup-wizard.js';
import '../subscription-panel/onramp-subscription-panel.js';
import type { OnrampClient } from '../api/client.js';

type Widget = HTMLElement & { client?: OnrampClient; updateComplete: Promise<boolean> };

/** A host's `client` that is no SDK client: each resource method throws, or answers a rejected promise. */
const notAnSdk = (fail: () => unknown) =>
  new Proxy(
    {},
    {
      get: (_, resource) =>
        resource === 'then'
          ? undefined
          : new Proxy({}, { get: (_, method) => (method === 'then' ? undefined : fail) }),
    },
  ) as OnrampClient;

const clients: Record<string, () => OnrampClient> = {
  'an object without the resources': () => ({}) as OnrampClient,
  'resource methods that throw a TypeError': () =>
    notAnSdk(() => {
      throw new TypeError('sdk.customers.get is not a function');
    }),
  'resource methods that answer a rejected promise': () =>
    notAnSdk(() => Promise.reject(new TypeError('Failed to construct the request'))),
};

const widgets: Record<string, { tag: string; props: () => object; token: string; loaded: string }> = {
  '<onramp-subscription-panel>': {
    tag: 'onramp-subscription-panel',
    props: () => ({ orgId: WORLD.provisionedCustomer }),
    token: 'partner-full-admin',
    loaded: 'section h3',
  },
  '<onramp-setup-wizard>': {
    tag: 'onramp-setup-wizard',
    props: () => ({ orgId: WORLD.trialCustomer }),
    token: 'partner-full-admin',
    loaded: '#step-heading',
  },
  '<onramp-role-editor>': {
    tag: 'onramp-role-editor',
    props: () => ({ orgId: WORLD.provisionedCustomer }),
    token: 'customer-full-admin',
    loaded: '[part="row"]',
  },
};

const rejections: unknown[] = [];
const record = (event: PromiseRejectionEvent) => rejections.push(event.reason);
beforeEach(() => {
  rejections.length = 0;
  window.addEventListener('unhandledrejection', record);
});
afterEach(() => {
  window.removeEventListener('unhandledrejection', record);
  document.body.innerHTML = '';
});

/** Lets the page report what it would (an unhandled rejection is reported after the microtasks). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('a client that is not the SDK: the load fails into the problem state, in Chromium', () => {
  for (const [widgetName, { tag, props, token, loaded }] of Object.entries(widgets))
    for (const [clientName, client] of Object.entries(clients))
      it(`${widgetName}, ${clientName}: the generic error and Try again, no unhandled rejection`, async () => {
        const widget = document.createElement(tag) as Widget;
        Object.assign(widget, props(), { client: client() });
        document.body.append(widget);
        await until(widget, () => !!widget.shadowRoot?.querySelector('[role="alert"]'), 'the problem state');
        expect(widget.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
          'Something went wrong.',
        );
        expect(shadowText(widget)).not.toContain('Loading…');
        buttonLabelled(widget, 'Try again');
        await expectNoAxeViolations(widget);
        await settled();
        expect(rejections).toEqual([]);
        // A client that works, handed over afterwards, loads as usual.
        widget.client = mockClient(token);
        await until(widget, () => !!widget.shadowRoot?.querySelector(loaded), 'loaded with an SDK client');
        expect(widget.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
      });
});

describe("<onramp-role-editor>'s list, from a client whose users resource throws, in Chromium", () => {
  it('the permissions load, then the list says the generic error with Try again; no unhandled rejection', async () => {
    const sdk = mockClient('customer-full-admin');
    const client = {
      ...sdk,
      users: notAnSdk(() => {
        throw new TypeError('users.list is not a function');
      }).users,
    };
    const editor = Object.assign(document.createElement('onramp-role-editor'), {
      client,
      orgId: WORLD.provisionedCustomer,
    });
    document.body.append(editor);
    await until(editor, () => !!editor.shadowRoot?.querySelector('[role="alert"]'), "the list's problem");
    // The toolbar is there (the permissions loaded); the list in its place says what went wrong.
    expect(editor.shadowRoot?.querySelector('input[type="search"]')).not.toBeNull();
    expect(editor.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Something went wrong.',
    );
    buttonLabelled(editor, 'Try again');
    await settled();
    expect(rejections).toEqual([]);
  });
});

describe('inputs changed while a load runs: only the latest load is shown, in Chromium', () => {
  it('<onramp-setup-wizard>: the answers for the previous org, arriving last, are dropped', async () => {
    const harness = mockFetch();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let heldCalls = 0;
    // The trial customer's answers wait until released; the provisioned customer's come at once.
    const client = mockClient('partner-full-admin', harness, async (input, init) => {
      if (new Request(input, init).url.includes(WORLD.trialCustomer)) {
        heldCalls++;
        await held;
      }
      return harness.fetch(input, init);
    });
    const heading = (widget: Widget) => widget.shadowRoot?.querySelector('#step-heading')?.textContent ?? '';
    // What each org shows on its own, for comparison.
    const alone = async (orgId: string) => {
      const wizard = Object.assign(document.createElement('onramp-setup-wizard'), {
        client: mockClient('partner-full-admin', mockFetch()),
        orgId,
      });
      document.body.append(wizard);
      await until(wizard, () => heading(wizard) !== '', `${orgId} alone`);
      const shown = heading(wizard);
      wizard.remove();
      return shown;
    };
    const [trial, provisioned] = [await alone(WORLD.trialCustomer), await alone(WORLD.provisionedCustomer)];
    expect(trial).not.toBe(provisioned);

    const wizard = Object.assign(document.createElement('onramp-setup-wizard'), {
      client,
      orgId: WORLD.trialCustomer,
    });
    const steps: string[] = [];
    wizard.addEventListener('onramp-setup-step-change', (event) => steps.push(event.step));
    document.body.append(wizard);
    await until(wizard, () => heldCalls > 0, 'the trial customer load under way');
    wizard.orgId = WORLD.provisionedCustomer;
    await until(wizard, () => heading(wizard) === provisioned, 'the provisioned customer shown');
    release();
    await settled();
    await wizard.updateComplete;
    expect(heading(wizard)).toBe(provisioned);
    expect(steps).toEqual([]);
    expect(rejections).toEqual([]);
  });
});

describe('a 429 on the load, with the setup wizard, in Chromium', () => {
  type Harness = ReturnType<typeof mockFetch>;
  async function setFault(harness: Harness, route: string, rule: Record<string, unknown>) {
    const response = await harness.fetch('http://onramp.test/_mock/faults', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route, rule }),
    });
    expect(response.ok, `fault on ${route}`).toBe(true);
  }
  const mountWizard = (harness: Harness) => {
    const wizard = Object.assign(document.createElement('onramp-setup-wizard'), {
      client: mockClient('partner-full-admin', harness),
      orgId: WORLD.trialCustomer,
    });
    document.body.append(wizard);
    return wizard;
  };
  const shown = (wizard: Widget, selector: string) =>
    wizard.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? '';
  const setupReads = (harness: Harness) =>
    harness.calls.filter((call) => call.method === 'GET' && call.path.endsWith('/setup')).length;

  it('a short wait is said and waited out: the same load once more, then the first step', async () => {
    const harness = mockFetch();
    await setFault(harness, 'getSetup', { forceStatus: 429, retryAfterSeconds: 1, times: 1 });
    const wizard = mountWizard(harness);
    await until(wizard, () => shown(wizard, '#announcement') !== '', 'the announcement');
    expect(shown(wizard, '#announcement')).toBe('Too many requests; trying again by itself in 1 second.');
    await until(wizard, () => shown(wizard, '#step-heading') !== '', 'the first step', 1000);
    expect(setupReads(harness)).toBe(2);
    expect(wizard.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
  });

  it('a longer wait is counted down with Try again disabled, then the wizard loads by itself', async () => {
    const harness = mockFetch();
    await setFault(harness, 'getSetup', { forceStatus: 429, retryAfterSeconds: 6, times: 1 });
    const wizard = mountWizard(harness);
    await until(wizard, () => shown(wizard, '#rate-limit') !== '', 'the countdown');
    // The time left is shown, not live: the polite announcement says the start and the end.
    expect(shown(wizard, '#rate-limit')).toMatch(/^Too many requests; you can try again in \d+ seconds?\.$/);
    expect(wizard.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
    expect(buttonLabelled(wizard, 'Try again').disabled).toBe(true);
    expect(shown(wizard, '#announcement')).toBe('Too many requests; you can try again in 6 seconds.');
    await expectNoAxeViolations(wizard);
    await until(wizard, () => shown(wizard, '#step-heading') !== '', 'loaded after the wait', 6000);
    expect(setupReads(harness)).toBe(2);
    expect(rejections).toEqual([]);
  });
});

describe('<onramp-customer-onboarding>, from a client that is not the SDK, in Chromium', () => {
  for (const [clientName, client] of Object.entries(clients))
    it(`${clientName}: Check says the generic error, the form stays usable; no unhandled rejection`, async () => {
      const form = Object.assign(document.createElement('onramp-customer-onboarding'), { client: client() });
      document.body.append(form);
      await until(form, () => !!form.shadowRoot?.querySelector('input'), 'the form');
      const type = (id: string, value: string) => {
        const input = form.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`);
        if (!input) throw new Error(`no #${id}`);
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      };
      type('customerInfo-name', 'Thrown Bakery');
      type('customerInfo-primaryEmail', 'owner@example.com');
      type('externalId', 'ext-thrown');
      type('provisioningId', 'prov-1');
      type('address-addressLine1', '1 Main St');
      type('address-city', 'Berlin');
      type('address-country', 'DE');
      type('address-zipOrPostalCode', '10115');
      type('qty-webex_suite', '25');
      buttonLabelled(form, 'Check').click();
      await until(
        form,
        () => (form.shadowRoot?.querySelector('#error-summary')?.textContent ?? '').trim() !== '',
        'the problem',
      );
      expect(form.shadowRoot?.querySelector('#error-summary')?.textContent?.trim()).toBe(
        'Something went wrong.',
      );
      expect(buttonLabelled(form, 'Check').disabled).toBe(false);
      await settled();
      expect(rejections).toEqual([]);
    });
});
