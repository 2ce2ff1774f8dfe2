// The portal's main journey in real Chromium. Vitest's browser mode serves the test page itself, so
// the MSW service worker (what `npm start` uses) does not run here: the portal gets the in-page mock
// through `createMockFetch` instead (the same core and handlers, without the worker).
import { createMockApp, createMockFetch, WORLD } from '@onramp/mock-server';
import type { OnrampSetupPrompt, OnrampSetupWizard } from '@onramp/widgets';
import { afterEach, describe, expect, it } from 'vitest';
import { startPortal } from '../src/portal.js';
import { STORAGE_KEY } from '../src/settings.js';

const BASE_URL = 'http://localhost:5173/v1';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

let root: HTMLElement | undefined;
afterEach(() => root?.remove());

function boot() {
  root = document.createElement('div');
  document.body.append(root);
  const app = createMockApp();
  const storage = memoryStorage();
  const portal = startPortal({
    root,
    inPageBaseUrl: BASE_URL,
    fetch: createMockFetch({ baseUrl: BASE_URL, app }),
    storage,
    onBackendChange: () => {},
  });
  return { root, portal, storage };
}

async function until(condition: () => unknown, what: string) {
  for (let i = 0; i < 400; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}: ${root?.textContent?.replace(/\s+/g, ' ').slice(0, 800)}`);
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function navTo(root: HTMLElement, label: string) {
  const button = [...root.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => text(b) === label);
  if (!button) throw new Error(`no nav entry ${label}`);
  button.click();
}

function wizardOf(root: HTMLElement) {
  return root.querySelector<OnrampSetupWizard>('onramp-setup-wizard');
}

describe('the demo partner portal', () => {
  it('walks a partner from the customer list through a new trial into the setup wizard', async () => {
    const { root, portal } = boot();
    await until(() => text(root.querySelector('#org-name')) === 'Acme Telecom', 'the partner name');
    await until(() => root.querySelectorAll('#customers tbody tr').length > 0, 'the customer list');
    const rows = [...root.querySelectorAll('#customers tbody tr')];
    expect(rows.map((row) => text(row.querySelector('th')))).toContain("John's Pizza");
    const badge = rows
      .find((row) => text(row).includes('Berlin Bakery'))
      ?.querySelector('onramp-status-badge');
    expect(badge?.getAttribute('tone')).toBe('success');

    // Pick a customer.
    const pizza = [...root.querySelectorAll<HTMLButtonElement>('#customers button.link')].find(
      (b) => text(b) === "John's Pizza",
    )!;
    pizza.click();
    expect(portal.selectedOrgId).toBe(WORLD.trialCustomer);
    await until(
      () => text(root.querySelector('#selected-customer')).includes("John's Pizza"),
      'the selection',
    );

    // Start a trial.
    navTo(root, 'Start a trial');
    const form = root.querySelector<HTMLFormElement>('#trial-form')!;
    form.querySelector<HTMLInputElement>('[name="customerName"]')!.value = 'Portal Test Bistro';
    form.querySelector<HTMLInputElement>('[name="customerAdminEmail"]')!.value = 'owner@bistro.example.com';
    form.requestSubmit();
    await until(
      () => root.querySelector('onramp-setup-prompt')?.shadowRoot?.querySelector('button'),
      'the prompt',
    );
    const prompt = root.querySelector<OnrampSetupPrompt>('onramp-setup-prompt')!;
    expect(prompt.kind).toBe('trial');
    expect(text(prompt.shadowRoot?.querySelector('p'))).toMatch(/trial is ready/i);

    // Yes → the wizard for the new customer, on its first step.
    prompt.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="primary"]')!.click();
    expect(portal.view).toBe('setup');
    expect(portal.selectedOrgId).toBe(prompt.orgId);
    await until(
      () => text(wizardOf(root)?.shadowRoot?.querySelector('h3')) === 'Summary',
      'the Summary step',
    );
    expect(text(wizardOf(root)?.shadowRoot?.querySelector('[part="base"]'))).toContain('Trial');

    // The customer's service admin may not run the wizard: the permission rules at work.
    const actor = root.querySelector<HTMLSelectElement>('#actor')!;
    actor.value = 'customer-service-admin';
    actor.dispatchEvent(new Event('change'));
    await until(() => text(root.querySelector('#org-name')) === 'Berlin Bakery GmbH', 'the customer header');
    expect(portal.selectedOrgId).toBe(WORLD.provisionedCustomer);
    await until(() => wizardOf(root)?.shadowRoot?.querySelector('[role="alert"]'), 'the refusal');
    expect(text(wizardOf(root)?.shadowRoot?.querySelector('[role="alert"]'))).toMatch(
      /Only full administrators/,
    );
  });

  it('maps an order and opens the wizard with Next', async () => {
    const { root, portal } = boot();
    await until(() => text(root.querySelector('#org-name')) === 'Acme Telecom', 'the partner name');
    navTo(root, 'Map an order');
    await until(() => root.querySelector('#orders button.secondary'), 'an unmapped order');
    root.querySelector<HTMLButtonElement>('#orders button.secondary')!.click();
    const form = root.querySelector<HTMLFormElement>('#mapping-form')!;
    form.querySelector<HTMLInputElement>('input[value="new"]')!.checked = true;
    form.querySelector<HTMLInputElement>('[name="name"]')!.value = 'Mapped Order Ltd';
    form.querySelector<HTMLInputElement>('[name="adminEmail"]')!.value = 'admin@mapped.example.com';
    form.requestSubmit();
    await until(
      () => root.querySelector('onramp-setup-prompt')?.shadowRoot?.querySelector('button'),
      'the prompt',
    );
    const prompt = root.querySelector<OnrampSetupPrompt>('onramp-setup-prompt')!;
    expect(prompt.kind).toBe('order');
    prompt.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="primary"]')!.click();
    expect(portal.view).toBe('setup');
    await until(
      () => text(wizardOf(root)?.shadowRoot?.querySelector('h3')) === 'Summary',
      'the Summary step',
    );
  });

  it('switches language (with direction) and theme, and remembers them', async () => {
    const { root, storage } = boot();
    await until(() => text(root.querySelector('#org-name')) === 'Acme Telecom', 'the partner name');
    const lang = root.querySelector<HTMLSelectElement>('#lang')!;
    lang.value = 'he';
    lang.dispatchEvent(new Event('change'));
    expect(document.documentElement.lang).toBe('he');
    expect(document.documentElement.dir).toBe('rtl');
    root.querySelector<HTMLButtonElement>('#theme')!.click();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toMatchObject({ lang: 'he', theme: 'dark' });
    lang.value = 'en';
    const english = root.querySelector<HTMLSelectElement>('#lang')!;
    english.value = 'en';
    english.dispatchEvent(new Event('change'));
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('keeps the package list on the About page', async () => {
    const { root } = boot();
    navTo(root, 'About');
    expect(root.querySelectorAll('#packages tbody tr').length).toBeGreaterThan(5);
    expect(root.querySelectorAll('nav [aria-disabled="true"]')).toHaveLength(0);
  });

  it('manages admins and shows the subscription of the selected customer with the widgets', async () => {
    const { root, portal } = boot();
    await portal.settled();
    navTo(root, 'Admins and licenses');
    expect(root.querySelector('onramp-role-editor')).toBeNull();
    await until(() => root.querySelector('#customer-picker'), 'the customer picker');
    const picker = root.querySelector<HTMLSelectElement>('#customer-picker')!;
    picker.value = picker.options[1]!.value;
    picker.dispatchEvent(new Event('change'));
    const editor = root.querySelector('onramp-role-editor')!;
    expect(editor.orgId).toBe(picker.options[1]!.value);
    navTo(root, 'Subscription');
    expect(root.querySelector('onramp-subscription-panel')?.orgId).toBe(editor.orgId);
  });
});
