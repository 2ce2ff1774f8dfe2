// Mapping an order in real Chromium (issue 21): an unambiguous target, no silent overwrite of a live
// customer, the country rules said before the click, refusals in words, the table updated after.
import { WORLD } from '@onramp/mock-server';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.js';
import { boot, connectedAs, navTo, text, unmount, until } from './harness.js';

afterEach(unmount);

async function openMapping(reference: string) {
  const booted = boot();
  const { root } = booted;
  await connectedAs(root, 'Acme Telecom');
  navTo(root, 'Map an order');
  const button = () => root.querySelector<HTMLButtonElement>(`#orders button[aria-label="Map ${reference}"]`);
  await until(button, `the order ${reference}`);
  button()!.click();
  const form = root.querySelector<HTMLFormElement>('#mapping-form')!;
  const input = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  const type = (name: string, value: string) => {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
  };
  const choose = (name: string, value: string) => {
    select(name).value = value;
    select(name).dispatchEvent(new Event('change'));
  };
  const alert = () => text(form.querySelector('[role="alert"]'));
  return { ...booted, form, input, select, type, choose, alert };
}

describe('mapping an order', () => {
  it('preselects no customer, and typing a new customer chooses "A new customer"', async () => {
    const { form, input, select, type } = await openMapping('CCW-104612');
    expect(input('target').checked).toBe(false);
    expect(form.querySelector<HTMLInputElement>('#target-existing')!.checked).toBe(false);
    expect(select('customerOrgId').value).toBe('');
    expect(input('name').maxLength).toBe(200);
    expect(input('adminEmail').maxLength).toBe(320);
    type('name', 'Lakeside Clinic');
    expect(form.querySelector<HTMLInputElement>('#target-new')!.checked).toBe(true);
    await expectNoAxeViolations(form, 'mapping form');
  });

  it('never drops what was typed for a new customer: choosing an existing one then is refused', async () => {
    const { root, form, type, choose, alert, app } = await openMapping('CCW-104612');
    type('name', 'Lakeside Clinic');
    type('adminEmail', 'lee@lakeside.example.com');
    choose('customerOrgId', WORLD.gulfCustomer);
    expect(form.querySelector<HTMLInputElement>('#target-existing')!.checked).toBe(true);
    form.requestSubmit();
    expect(alert()).toMatch(/You typed a new customer’s name or e-mail but chose an existing customer/);
    expect(app.store.orders.get('ord_1002')?.status).toBe('unmapped');
    expect(root.querySelector('onramp-setup-prompt')).toBeNull();
  });

  it('maps onto a customer that is set up only when confirmed, with its confirmed country, then shows it', async () => {
    const { root, form, input, select, choose, alert, app } = await openMapping('CCW-104612');
    choose('customerOrgId', WORLD.provisionedCustomer);
    const replace = form.querySelector<HTMLInputElement>('#mapping-replace')!;
    expect(replace.closest('label')!.hidden).toBe(false);
    expect(text(replace.closest('label'))).toContain('Berlin Bakery GmbH');
    // Berlin Bakery's country of operation is confirmed as Germany; the order says United Kingdom.
    await until(() => select('country').getAttribute('aria-invalid') === 'true', 'the country warning');
    expect(text(form.querySelector('#mapping-country-note'))).toMatch(
      /confirmed as Germany and can never change/,
    );
    form.requestSubmit();
    expect(alert()).toMatch(/tick the box to confirm that the order replaces its subscription/);
    expect(app.store.orders.get('ord_1002')?.status).toBe('unmapped');
    choose('country', 'DE');
    expect(select('country').hasAttribute('aria-invalid')).toBe(false);
    expect(text(form.querySelector('#mapping-country-note'))).toBe('');
    input('replaceSubscription').click();
    form.requestSubmit();
    await until(() => root.querySelector('#mapping-done'), 'the mapping');
    expect(text(root.querySelector('#mapping-done'))).toBe('CCW-104612 is mapped to Berlin Bakery GmbH.');
    const row = () => root.querySelector('#order-ord_1002');
    await until(() => text(row()).includes('Mapped') && !text(row()).includes('Not mapped'), 'the row');
    expect(text(row())).toContain('Berlin Bakery GmbH');
    await expectNoAxeViolations(root, 'orders after the mapping');
  });

  it('says before the click that a PSTN add-on order is US only, and the refusal in words', async () => {
    const { form, type, choose, select, alert } = await openMapping('CCW-104611');
    const note = () => text(form.querySelector('#mapping-country-note'));
    expect(note()).toMatch(/Cisco PSTN add-on, sold for the United States only/);
    expect(select('country').hasAttribute('aria-invalid')).toBe(false);
    choose('country', 'DE');
    expect(select('country').getAttribute('aria-invalid')).toBe('true');
    type('name', 'Lakeside Clinic');
    type('adminEmail', 'lee@lakeside.example.com');
    form.requestSubmit();
    await until(() => alert(), 'the refusal');
    expect(alert()).toBe(
      'The order was not mapped: This order includes the Cisco PSTN add-on, sold for the United States only: choose the United States.',
    );
    expect(alert()).not.toMatch(/422|pstn_add_on_us_only|DOMAIN|§/);
  });

  it('isolates a hostile name in the sentence that reports the mapping', async () => {
    const { root, form, type } = await openMapping('CCW-104612');
    const hostile = '\u202EevilCorp';
    type('name', hostile);
    type('adminEmail', 'evil@corp.example.com');
    form.requestSubmit();
    await until(() => root.querySelector('#mapping-done'), 'the mapping');
    const isolates = [...root.querySelectorAll('#mapping-done bdi')].map((bdi) => bdi.textContent);
    expect(isolates).toEqual(['CCW-104612', hostile]);
    // The sentence's own words stay outside the isolate, in their order.
    expect(
      text(root.querySelector('#mapping-done')).startsWith('CCW-104612 is mapped to a new customer,'),
    ).toBe(true);
  });
});
