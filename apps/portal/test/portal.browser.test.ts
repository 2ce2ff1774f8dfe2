// The portal's main journeys in real Chromium, on the in-page mock (see harness.ts).
import { WORLD } from '@onramp/mock-server';
import type { OnrampSetupPrompt, OnrampSetupWizard } from '@onramp/widgets';
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../src/settings.js';
import { expectNoAxeViolations } from './axe.js';
import { boot, buttonIn, choose, connectedAs, navTo, text, unmount, until } from './harness.js';

afterEach(unmount);

const wizardOf = (root: HTMLElement) => root.querySelector<OnrampSetupWizard>('onramp-setup-wizard');

describe('the demo partner portal', () => {
  it('walks a partner from the customer list through a new trial into the setup wizard', async () => {
    const { root, portal } = boot();
    await connectedAs(root, 'Acme Telecom');
    await until(() => root.querySelectorAll('#customers tbody tr').length > 0, 'the customer list');
    const rows = [...root.querySelectorAll('#customers tbody tr')];
    expect(rows.map((row) => text(row.querySelector('th')))).toContain("John's Pizza");
    const badge = rows
      .find((row) => text(row).includes('Berlin Bakery'))
      ?.querySelector('onramp-status-badge');
    expect(badge?.getAttribute('tone')).toBe('success');
    expect(text(badge)).toBe('Active');

    buttonIn(root.querySelector('#customers'), "John's Pizza").click();
    expect(portal.selectedOrgId).toBe(WORLD.trialCustomer);
    await until(
      () => text(root.querySelector('#selected-customer')).includes("John's Pizza"),
      'the selection',
    );

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
    expect(text(root.querySelector('.card p'))).toMatch(/^Trial .* for Portal Test Bistro runs until /);

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
    choose(root.querySelector<HTMLSelectElement>('#actor')!, 'customer-service-admin');
    await connectedAs(root, 'Berlin Bakery GmbH');
    expect(portal.selectedOrgId).toBe(WORLD.provisionedCustomer);
    await until(() => wizardOf(root)?.shadowRoot?.querySelector('[role="alert"]'), 'the refusal');
    expect(text(wizardOf(root)?.shadowRoot?.querySelector('[role="alert"]'))).toMatch(
      /Only full administrators/,
    );
  });

  it('maps an order to a new customer and opens the wizard with Next', async () => {
    const { root, portal } = boot();
    await connectedAs(root, 'Acme Telecom');
    navTo(root, 'Map an order');
    await until(() => root.querySelector('#orders button.secondary'), 'an unmapped order');
    root.querySelector<HTMLButtonElement>('#orders button.secondary')!.click();
    const form = root.querySelector<HTMLFormElement>('#mapping-form')!;
    // A new customer without a name is refused before any call, and says why.
    form.querySelector<HTMLInputElement>('input[value="new"]')!.checked = true;
    form.requestSubmit();
    expect(text(form.querySelector('[role="alert"]'))).toBe(
      'Give the new customer a name and an admin e-mail.',
    );
    form.querySelector<HTMLInputElement>('[name="name"]')!.value = 'Mapped Order Ltd';
    form.querySelector<HTMLInputElement>('[name="adminEmail"]')!.value = 'admin@mapped.example.com';
    form.requestSubmit();
    await until(
      () => root.querySelector('onramp-setup-prompt')?.shadowRoot?.querySelector('button'),
      'the prompt',
    );
    expect(text(root.querySelector('.card p'))).toMatch(/is mapped to a new customer\.$/);
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
    await connectedAs(root, 'Acme Telecom');
    choose(root.querySelector<HTMLSelectElement>('#lang')!, 'ro');
    expect(document.documentElement.lang).toBe('ro');
    expect(document.documentElement.dir).toBe('ltr');
    expect(text(root.querySelector('h1'))).toBe('Clienți');
    root.querySelector<HTMLButtonElement>('#theme')!.click();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(root.querySelector('#theme')?.getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toMatchObject({ lang: 'ro', theme: 'dark' });
    choose(root.querySelector<HTMLSelectElement>('#lang')!, 'en');
    expect(text(root.querySelector('h1'))).toBe('Customers');
  });

  it('keeps the package list on the About page', async () => {
    const { root } = boot();
    navTo(root, 'About');
    const names = [...root.querySelectorAll('#packages tbody tr code')].map((code) => text(code));
    expect(names).toContain('@onramp/portal');
    expect(names).toContain('@onramp/widgets');
  });

  it('manages admins and shows the subscription of the selected customer with the widgets', async () => {
    const { root, portal } = boot();
    await portal.settled();
    navTo(root, 'Admins and licenses');
    expect(root.querySelector('onramp-role-editor')).toBeNull();
    await until(() => root.querySelector('#customer-picker'), 'the customer picker');
    const picker = root.querySelector<HTMLSelectElement>('#customer-picker')!;
    choose(picker, picker.options[1]!.value);
    const editor = root.querySelector('onramp-role-editor')!;
    expect(editor.orgId).toBe(picker.options[1]!.value);
    navTo(root, 'Subscription');
    expect(root.querySelector('onramp-subscription-panel')?.orgId).toBe(editor.orgId);
  });

  it('passes axe on every screen, for a partner', async () => {
    const { root, portal } = boot();
    await connectedAs(root, 'Acme Telecom');
    await portal.settled();
    const screens = ['Customers', 'Start a trial', 'Map an order', 'Set up services', 'Admins and licenses'];
    for (const label of [...screens, 'Subscription', 'Onboard wholesale', 'Settings', 'About']) {
      navTo(root, label);
      await portal.settled();
      expect(text(root.querySelector('h1')), label).not.toBe('');
      await expectNoAxeViolations(root, label);
    }
  });
});
