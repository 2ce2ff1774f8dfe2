// Refusals before the click (issue 21): what the effective permissions refuse is not offered, and
// the reason is said once per screen, in words; no form is filled in vain.
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.js';
import { boot, choose, connectedAs, navTo, text, unmount, until } from './harness.js';

afterEach(unmount);

async function signedInAs(token: string, orgName: string) {
  const booted = boot();
  await connectedAs(booted.root, 'Acme Telecom');
  choose(booted.root.querySelector<HTMLSelectElement>('#actor')!, token);
  await connectedAs(booted.root, orgName);
  return booted;
}

const READ_ONLY = 'Read-only admins can look but not change anything.';

describe('refusals before the click', () => {
  it('a partner read-only admin is told once, instead of the trial and onboarding forms and the Map buttons', async () => {
    const { root } = await signedInAs('partner-read-only-admin', 'Acme Telecom');
    navTo(root, 'Start a trial');
    await until(() => root.querySelector('#not-allowed'), 'the trial refusal');
    expect(text(root.querySelector('#not-allowed'))).toBe(READ_ONLY);
    expect(root.querySelector('#trial-form')).toBeNull();

    navTo(root, 'Onboard wholesale');
    await until(() => root.querySelector('#not-allowed'), 'the onboarding refusal');
    expect(text(root.querySelector('#not-allowed'))).toBe(READ_ONLY);
    expect(root.querySelector('onramp-customer-onboarding')).toBeNull();

    navTo(root, 'Map an order');
    await until(() => root.querySelector('#orders'), 'the orders');
    expect(root.querySelectorAll('#not-allowed')).toHaveLength(1);
    expect(text(root.querySelector('#not-allowed'))).toBe(READ_ONLY);
    expect(root.querySelectorAll('#orders button')).toHaveLength(0);
    expect(text(root.querySelector('#orders'))).toContain('Not mapped');
    await expectNoAxeViolations(root, 'orders for a read-only admin');
  });

  it('customer service admins and external admins see no "Set up services", and why, once', async () => {
    for (const [token, orgName] of [
      ['customer-service-admin', 'Berlin Bakery GmbH'],
      ['external-full-admin', 'Contoso Consulting'],
    ] as const) {
      const { root } = await signedInAs(token, orgName);
      navTo(root, 'Customers');
      await until(() => root.querySelector('#customers'), `the customers of ${token}`);
      expect(root.querySelectorAll('#customers button.secondary')).toHaveLength(0);
      expect(root.querySelectorAll('#not-allowed')).toHaveLength(1);
      expect(text(root.querySelector('#not-allowed'))).toBe(
        'Only full admins and partner provisioning admins set up services.',
      );
      unmount();
    }
  });

  it('a partner full admin still gets every button', async () => {
    const { root } = boot();
    await connectedAs(root, 'Acme Telecom');
    await until(() => root.querySelectorAll('#customers button.secondary').length > 0, 'Set up services');
    expect(root.querySelector('#not-allowed')).toBeNull();
    navTo(root, 'Map an order');
    await until(() => root.querySelector('#orders button.secondary'), 'Map');
    expect(root.querySelector('#not-allowed')).toBeNull();
  });
});
