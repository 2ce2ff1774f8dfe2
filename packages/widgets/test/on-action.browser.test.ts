/**
 * What only a user's action needs loads on that action (decision 0073), and the widget budgets in
 * `pnpm bench` count only what the page loads to show a widget. This holds the premise in a real
 * browser: a widget's first screen fetches none of the on-action modules; the action fetches its own.
 * Each module is a request of its own here (Vite serves the sources unbundled), seen in the page's
 * resource timing.
 */
import { WAIT_MS, waitUntil } from '@onramp/devkit/waits';
import { WORLD } from '@onramp/mock-server';
import { createOnrampClient } from '@onramp/sdk';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../src/role-editor/onramp-role-editor.js';
import '../src/subscription-panel/onramp-subscription-panel.js';
import { BASE_URL, mockFetch } from './mock-fetch.js';
import { buttonLabelled, shadowText } from './widget-harness.js';

type Harness = ReturnType<typeof mockFetch>;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The modules each action loads, as the paths of their sources. */
const ON_ACTION = {
  userDialog: ['/role-editor/user-dialog.ts', '/role-editor/user-editor.ts'],
  csvImport: ['/role-editor/csv-import-view.ts', '/role-editor/csv-import.ts'],
  addForms: ['/role-editor/add-forms.ts'],
  addressEditor: ['/subscription-panel/address-editor.ts', '/customer-onboarding/address-fields.ts'],
  // The onboarding form's schema compiler: on-action-onboarding.browser.test.ts (that form imports
  // the address fields itself, so it cannot share this page).
  schemaCompiler: ['/api/json-schema.ts'],
};
const ALL = Object.values(ON_ACTION).flat();

/** The on-action modules the page has fetched so far. */
const fetched = () =>
  ALL.filter((path) =>
    performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(path)),
  );

beforeAll(() => {
  // Room for every module request of the page (the default buffer holds 250).
  performance.setResourceTimingBufferSize(100_000);
  // This file imports none of them: what is fetched below, a widget fetched.
  expect(fetched()).toEqual([]);
});

afterEach(() => {
  document.body.innerHTML = '';
});

const clientFor = (harness: Harness, token: string) =>
  createOnrampClient({ baseUrl: BASE_URL, retry: false, fetch: harness.fetch, token });

function until(widget: Widget, condition: () => boolean, what: string) {
  return waitUntil(condition, {
    what,
    interval: 5,
    timeout: WAIT_MS,
    before: () => widget.updateComplete,
    shown: () => shadowText(widget).slice(0, 800),
  });
}

function mount<T extends Widget>(tag: string, props: Record<string, unknown>): T {
  const widget = document.createElement(tag) as T;
  Object.assign(widget, props);
  document.body.append(widget);
  return widget;
}

// One test, in order: a module fetched by an earlier step stays fetched for the page.
describe('on-action modules (decision 0073)', () => {
  it('the role editor shows its users without them; opening a user and the CSV import fetch their own', async () => {
    const harness = mockFetch();

    const editor = mount<Widget>('onramp-role-editor', {
      client: clientFor(harness, 'customer-full-admin'),
      orgId: WORLD.provisionedCustomer,
    });
    await until(editor, () => !!editor.shadowRoot?.querySelector('[part="row"]'), 'the users list');
    expect(fetched()).toEqual([]);

    const row = editor.shadowRoot?.querySelector<HTMLButtonElement>('[part="row"] button.name');
    row?.click();
    await until(editor, () => editor.shadowRoot?.querySelector('dialog')?.open === true, 'the user dialog');
    expect(fetched()).toEqual(ON_ACTION.userDialog);
    editor.shadowRoot?.querySelector('dialog')?.close();

    buttonLabelled(editor, 'Import from CSV').click();
    await until(editor, () => !!editor.shadowRoot?.querySelector('#import-file'), 'the CSV import');
    expect(fetched()).toEqual([...ON_ACTION.userDialog, ...ON_ACTION.csvImport]);

    buttonLabelled(editor, 'Add user').click();
    await until(editor, () => !!editor.shadowRoot?.querySelector('#new-email'), 'the add-user form');
    expect(fetched()).toEqual([...ON_ACTION.userDialog, ...ON_ACTION.csvImport, ...ON_ACTION.addForms]);
  });

  it('the subscription panel shows the billing address without the form, which Change fetches', async () => {
    const harness = mockFetch();
    const customers = clientFor(harness, 'partner-full-admin').customers;
    const accepted = await customers.create({
      provisioningId: 'prov-1',
      packages: ['webex_suite'],
      externalId: 'ext-on-action',
      address: { addressLine1: '1 Main St', city: 'Town', zipOrPostalCode: '10115', country: 'DE' },
      customerInfo: { name: 'On Action Bakery', primaryEmail: 'admin@example.com' },
      provisioningParameters: { packages: { limits: { webex_suite: 25 } } },
    });
    // Provisioned (the mock's clock moved on), so its address may change.
    await harness.fetch(`${new URL(BASE_URL).origin}/_mock/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ms: 3 * 60_000 }),
    });
    const panel = mount<Widget>('onramp-subscription-panel', {
      client: clientFor(harness, 'partner-full-admin'),
      customerId: accepted.customerId,
    });
    await until(panel, () => !!panel.shadowRoot?.querySelector('#change-address'), 'the billing address');
    expect(panel.shadowRoot?.querySelector('#billing-address')?.textContent).toContain('1 Main St');
    expect(fetched()).not.toContain(ON_ACTION.addressEditor[0]);

    buttonLabelled(panel, 'Change billing address').click();
    await until(panel, () => !!panel.shadowRoot?.querySelector('#address-city'), 'the address form');
    expect(fetched()).toEqual(expect.arrayContaining(ON_ACTION.addressEditor));
  });
});
