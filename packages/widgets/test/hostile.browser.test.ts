import { WORLD } from '@onramp/mock-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../src/customer-onboarding/onramp-customer-onboarding.js';
import '../src/role-editor/onramp-role-editor.js';
import '../src/setup-prompt/onramp-setup-prompt.js';
import '../src/setup-wizard/onramp-setup-wizard.js';
import '../src/status-badge/onramp-status-badge.js';
import '../src/subscription-panel/onramp-subscription-panel.js';
import { expectRenderedAsText, HOSTILE, settle, visibleText } from './hostile-dom.js';
import { mockFetch } from './mock-fetch.js';
import { mockClient, until } from './widget-harness.js';

/**
 * Hostile strings in every user-controlled field render as text in every widget (issue #10). The
 * values go into the mock's store through the API (user names, a trial's customer name, a wholesale
 * customer's name and address), then each widget is rendered in a 480 px column and checked: the
 * text is there literally, nothing in it became an element or ran (`window.__pwned` stays unset, in
 * real Chromium), and the 180-character word does not push out of the widget's box.
 */
type Harness = ReturnType<typeof mockFetch>;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const BERLIN = WORLD.provisionedCustomer;
const USERS = [
  {
    first: HOSTILE.img + HOSTILE.rtl,
    last: HOSTILE.script + HOSTILE.emoji,
    email: 'hostile.one@berlin-bakery.example.com',
  },
  { first: HOSTILE.long, last: HOSTILE.svg, email: 'hostile.two@berlin-bakery.example.com' },
  { first: HOSTILE.jsUrl, last: 'Z', email: 'hostile.three@berlin-bakery.example.com' },
];
const CUSTOMER_NAME = `${HOSTILE.img}${HOSTILE.emoji}`;

async function ok<T>(what: string, request: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data, error } = await request;
  if (data === undefined) throw new Error(`${what}: ${JSON.stringify(error)}`);
  return data;
}

/** Puts the hostile values into the mock through the contract's operations, as a portal would. */
async function seedHostile(harness: Harness) {
  const customerAdmin = mockClient('customer-full-admin', harness).raw;
  const partner = mockClient('partner-full-admin', harness).raw;
  const orgId = { params: { path: { orgId: BERLIN } } };
  for (const user of USERS) {
    const created = await ok(
      'addUser',
      customerAdmin.POST('/organizations/{orgId}/users', {
        ...orgId,
        body: { email: user.email, firstName: user.first, lastName: user.last },
      }),
    );
    user.email = created.email;
  }
  const first = harness.app.store.directory.userByEmail(USERS[0]?.email ?? '');
  await ok(
    'setUserAdminRole',
    customerAdmin.PUT('/organizations/{orgId}/users/{userId}/adminRole', {
      params: { path: { orgId: BERLIN, userId: first?.id ?? '' } },
      body: { role: 'read_only_admin' },
    }),
  );
  const trial = await ok(
    'startTrial',
    partner.POST('/trials', {
      body: {
        customerName: `${HOSTILE.svg}${HOSTILE.script}`,
        customerAdminEmail: 'admin@hostile-trial.example.com',
        services: ['contact_center'],
        trialDays: 30,
        country: 'US',
        ccai: false,
      },
    }),
  );
  const accepted = await ok(
    'provisionWholesaleCustomer',
    partner.POST('/wholesale/customers', {
      body: {
        provisioningId: 'prov-hostile',
        packages: ['webex_suite'],
        externalId: `ext-${HOSTILE.rtl}`,
        address: {
          addressLine1: HOSTILE.script,
          addressLine2: HOSTILE.long,
          city: `${HOSTILE.svg}${HOSTILE.rtl}`,
          zipOrPostalCode: '10115',
          country: 'DE',
        },
        customerInfo: { name: CUSTOMER_NAME, primaryEmail: 'admin@hostile.example.com' },
        provisioningParameters: { packages: { limits: { webex_suite: 5 } } },
      },
    }),
  );
  return { trialOrgId: trial.customerOrgId, customerId: accepted.url?.split('/').pop() ?? '' };
}

/** Mounts a widget in a 480 px column, the width of a narrow portal sidebar. */
async function mount<T extends Widget>(element: T, ready: (widget: T) => boolean, what: string): Promise<T> {
  const column = document.createElement('div');
  column.style.width = '480px';
  column.append(element);
  document.body.append(column);
  await until(element, () => ready(element), what);
  return element;
}

let harness: Harness;
beforeEach(async () => {
  harness = mockFetch();
  delete (window as Window & { __pwned?: string }).__pwned;
});
afterEach(() => {
  document.body.innerHTML = '';
  delete (window as Window & { __pwned?: string }).__pwned;
});

describe('hostile strings render as text in every widget, in Chromium', () => {
  it('the sentinel works: the same payload parsed as HTML does run', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = HOSTILE.img;
    document.body.append(probe);
    await until(
      probe as unknown as Widget,
      () => (window as Window & { __pwned?: string }).__pwned === 'img',
      'the payload to run',
    );
    expect((window as Window & { __pwned?: string }).__pwned).toBe('img');
  });

  it('<onramp-role-editor>: hostile names in the list and in the user dialog', async () => {
    await seedHostile(harness);
    const editor = Object.assign(document.createElement('onramp-role-editor'), {
      client: mockClient('customer-full-admin', harness),
      orgId: BERLIN,
      searchDelay: 0,
    });
    const names = USERS.map((user) => `${user.first} ${user.last}`);
    await mount(editor, (e) => names.every((name) => visibleText(e).includes(name)), 'the hostile rows');
    await expectRenderedAsText(editor, names);
    const row = [...(editor.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.name') ?? [])].find(
      (button) => button.textContent?.includes(HOSTILE.long),
    );
    row?.click();
    await until(editor, () => editor.shadowRoot?.querySelector('dialog')?.open === true, 'the dialog');
    await expectRenderedAsText(editor, [names[1] as string]);
  });

  it('<onramp-subscription-panel>: a customer with a hostile name and address; the org view with hostile users', async () => {
    const { customerId } = await seedHostile(harness);
    const panel = Object.assign(document.createElement('onramp-subscription-panel'), {
      client: mockClient('partner-full-admin', harness),
      customerId,
      pollInterval: 10,
    });
    await mount(panel, (p) => visibleText(p).includes(CUSTOMER_NAME), 'the customer');
    await expectRenderedAsText(panel, [CUSTOMER_NAME]);
    const org = Object.assign(document.createElement('onramp-subscription-panel'), {
      client: mockClient('partner-full-admin', harness),
      orgId: BERLIN,
      pollInterval: 10,
    });
    await mount(org, (p) => !!p.shadowRoot?.querySelector('section h3, [role="alert"]'), 'the org panel');
    await settle();
    await expectRenderedAsText(org, []);
  });

  it('<onramp-setup-wizard> and <onramp-setup-prompt>: an org with a hostile name, a hostile org-id', async () => {
    const { trialOrgId } = await seedHostile(harness);
    const wizard = Object.assign(document.createElement('onramp-setup-wizard'), {
      client: mockClient('partner-full-admin', harness),
      orgId: trialOrgId,
      pollInterval: 10,
    });
    await mount(
      wizard,
      (w) => !!w.shadowRoot?.querySelector('#step-heading, [role="alert"]'),
      'the first step',
    );
    await expectRenderedAsText(wizard, []);
    const prompt = document.createElement('onramp-setup-prompt');
    prompt.setAttribute('org-id', `${HOSTILE.img}${HOSTILE.jsUrl}`);
    const requested: string[] = [];
    prompt.addEventListener('onramp-setup-requested', (event) => requested.push(event.orgId));
    await mount(prompt, (p) => !!p.shadowRoot?.querySelector('button'), 'the prompt');
    await expectRenderedAsText(prompt, []);
    [...(prompt.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].pop()?.click();
    expect(requested).toEqual([`${HOSTILE.img}${HOSTILE.jsUrl}`]);
  });

  it('<onramp-status-badge>: hostile slotted text and an unknown tone', async () => {
    const badge = document.createElement('onramp-status-badge');
    badge.setAttribute('tone', HOSTILE.svg);
    badge.textContent = `${HOSTILE.script}${HOSTILE.long}`;
    await mount(badge, (b) => !!b.shadowRoot?.querySelector('[part="base"]'), 'the badge');
    expect(badge.tone).toBe('neutral');
    await expectRenderedAsText(badge, [`${HOSTILE.script}${HOSTILE.long}`]);
  });

  it('<onramp-customer-onboarding>: hostile values typed in every field stay values, and a refusal shows no markup', async () => {
    const form = Object.assign(document.createElement('onramp-customer-onboarding'), {
      client: mockClient('partner-full-admin', harness),
    });
    await mount(form, (f) => !!f.shadowRoot?.querySelector('input'), 'the form');
    const inputs = [
      ...(form.shadowRoot?.querySelectorAll<HTMLInputElement>('input:not([type="number"])') ?? []),
    ];
    const values = [
      HOSTILE.img,
      HOSTILE.script,
      HOSTILE.svg,
      HOSTILE.jsUrl,
      HOSTILE.rtl,
      HOSTILE.emoji,
      HOSTILE.long,
    ];
    inputs.forEach((input, index) => {
      input.value = values[index % values.length] as string;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    });
    const check = [...(form.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent?.trim() === 'Check',
    );
    check?.click();
    await until(form, () => !!form.shadowRoot?.querySelector('[aria-invalid="true"]'), 'the refusal');
    inputs.forEach((input, index) => {
      expect(input.value, input.id).toBe(values[index % values.length]);
    });
    await expectRenderedAsText(form, []);
  });
});
