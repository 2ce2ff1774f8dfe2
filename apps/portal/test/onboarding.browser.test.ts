// Wholesale onboarding in the portal: the widget, the live status history and the demo controls,
// on a mock whose clock stands still (speed 0) so only the demo controls move it.
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.js';
import {
  boot,
  buttonIn,
  choose,
  connectedAs,
  history,
  navTo,
  text,
  typeInto,
  unmount,
  until,
} from './harness.js';

afterEach(unmount);

const onboardingForm = (root: HTMLElement) => root.querySelector('onramp-customer-onboarding');

function fill(root: HTMLElement, name: string, externalId: string) {
  const form = onboardingForm(root)!;
  typeInto(form, 'customerInfo-name', name);
  typeInto(form, 'customerInfo-primaryEmail', 'owner@tulip.example.com');
  typeInto(form, 'externalId', externalId);
  typeInto(form, 'provisioningId', `prov-${externalId}`);
  typeInto(form, 'address-addressLine1', '1 Main St');
  typeInto(form, 'address-city', 'Berlin');
  typeInto(form, 'address-zipOrPostalCode', '10115');
  typeInto(form, 'address-country', 'DE');
  typeInto(form, 'qty-webex_suite', '25');
}

async function onboard(root: HTMLElement, name: string, externalId: string) {
  navTo(root, 'Onboard wholesale');
  await until(() => onboardingForm(root)?.shadowRoot?.querySelector('form'), 'the onboarding form');
  await until(() => root.querySelector('#demo-controls'), 'the demo controls');
  fill(root, name, externalId);
  buttonIn(onboardingForm(root)!.shadowRoot, 'Onboard customer').click();
  // On a timeout, the form's own text says why it did not submit.
  await until(() => root.querySelector('#status-history li'), 'the watched customer').catch((error) => {
    throw new Error(
      `${error.message} / form: ${text(onboardingForm(root)?.shadowRoot)} / watch: ${text(root.querySelector('.onboarding'))}`,
    );
  });
}

const demoButton = (root: HTMLElement, label: string) =>
  buttonIn(root.querySelector('#demo-controls'), label);
const panelText = (root: HTMLElement) => text(root.querySelector('onramp-subscription-panel')?.shadowRoot);

describe('wholesale onboarding with RPL review', () => {
  it('follows an RPL-listed customer: pending review → approved by the demo controls → provisioning → provisioned', async () => {
    const { root, portal } = boot({ speed: 0 });
    await connectedAs(root, 'Acme Telecom');
    await onboard(root, 'Tulip rpl-listed BV', 'ext-tulip-portal');
    expect(history(root)).toEqual(['pending_rpl_review']);
    expect(text(root.querySelector('#status-history'))).toBe('Pending compliance review');
    await until(() => panelText(root).includes('Tulip rpl-listed BV'), 'the panel on the new customer');
    const approve = demoButton(root, 'Approve the RPL review');
    expect(approve.disabled).toBe(false);
    await portal.settled();
    await expectNoAxeViolations(root, 'onboarding, pending review');

    expect(document.activeElement).toBe(root.querySelector('#watch-title'));
    approve.focus();
    approve.click();
    await until(() => history(root).length === 2, 'the approval');
    // The approve button is now disabled: the focus goes to what the action did.
    expect(document.activeElement).toBe(root.querySelector('#demo-result'));
    expect(history(root)).toEqual(['pending_rpl_review', 'provisioning']);
    expect(text(root.querySelector('#demo-result'))).toBe('The RPL review was approved.');
    // No decision once the review is over.
    expect(demoButton(root, 'Approve the RPL review').disabled).toBe(true);

    // A keyboard user's focus stays on the button used, though the card was drawn anew.
    const clockBefore = text(root.querySelector('#demo-clock'));
    demoButton(root, '+5 min').focus();
    demoButton(root, '+5 min').click();
    await until(() => history(root).length === 3, 'provisioning to finish');
    expect(document.activeElement).toBe(demoButton(root, '+5 min'));
    expect(history(root)).toEqual(['pending_rpl_review', 'provisioning', 'provisioned']);
    // The status can arrive before the card shows the new time (two answers): wait for both.
    await until(() => text(root.querySelector('#demo-clock')) !== clockBefore, 'the clock to show the jump');
    await until(
      () => /^The clock moved on: /.test(text(root.querySelector('#demo-result'))),
      'the jump reported',
    );
    await until(() => panelText(root).includes('Provisioned'), 'the panel to show it provisioned');
    await portal.settled();
    await expectNoAxeViolations(root, 'onboarding, provisioned');

    // Another customer starts from an empty form.
    buttonIn(root, 'Onboard another customer').click();
    expect(root.querySelector('#status-history')).toBeNull();
    expect(
      onboardingForm(root)?.shadowRoot?.querySelector<HTMLInputElement>('#customerInfo-name')?.value ?? '',
    ).toBe('');
  });

  it('shows a denied review and a timed-out one ending in error', async () => {
    const { root } = boot({ speed: 0 });
    await connectedAs(root, 'Acme Telecom');
    await onboard(root, 'Denied rpl-listed GmbH', 'ext-denied-portal');
    demoButton(root, 'Deny the RPL review').click();
    await until(() => history(root).length === 2, 'the denial');
    expect(history(root)).toEqual(['pending_rpl_review', 'error']);
    expect(text(root.querySelector('#status-history li:last-child onramp-status-badge'))).toBe('Error');
    expect(
      root.querySelector('#status-history li:last-child onramp-status-badge')?.getAttribute('tone'),
    ).toBe('danger');

    buttonIn(root, 'Onboard another customer').click();
    await until(() => onboardingForm(root)?.shadowRoot?.querySelector('form'), 'a new form');
    fill(root, 'Slow rpl-timeout AG', 'ext-timeout-portal');
    buttonIn(onboardingForm(root)!.shadowRoot, 'Onboard customer').click();
    await until(() => root.querySelector('#status-history li'), 'the watched customer');
    demoButton(root, '+72 h').click();
    await until(() => text(root.querySelector('#demo-result')).startsWith('The clock moved on'), 'the clock');
    // Exactly 72 h is still within the review window ("over 72 hours" times out): one more hour.
    demoButton(root, '+1 h').click();
    await until(() => history(root).at(-1) === 'error', 'the timeout');
    expect(history(root)).toEqual(['pending_rpl_review', 'error']);
  });

  it('reports a refused demo action, and shows where the customer really is', async () => {
    const { root, app } = boot({ speed: 0 });
    await connectedAs(root, 'Acme Telecom');
    await onboard(root, 'Race rpl-listed Oy', 'ext-race-portal');
    // The review is decided behind the portal's back: the button is still offered, the mock refuses.
    const id = app.store.listCustomers({ externalId: 'ext-race-portal', offset: 0, max: 1 })[0]!.id;
    app.scheduler.wholesale.decide(app.store.customers.get(id)!, 'approved');
    demoButton(root, 'Approve the RPL review').click();
    await until(() => root.querySelector('#demo-controls [role="alert"]'), 'the refusal');
    // In words, without the status or the server's English (issue 21).
    expect(text(root.querySelector('#demo-controls [role="alert"]'))).toBe(
      'The mock did not do it: It changed meanwhile: reload and try again.',
    );
    expect(history(root)).toEqual(['pending_rpl_review', 'provisioning']);
  });

  it('shows no demo controls on a backend without the mock control API (a real service)', async () => {
    const { root, portal } = boot({
      wrapFetch: (mock) => async (input, init) => {
        const request = new Request(input, init);
        if (new URL(request.url).pathname.startsWith('/_mock/'))
          return new Response('<h1>Not found</h1>', {
            status: 404,
            headers: { 'content-type': 'text/html' },
          });
        return mock(request);
      },
    });
    await connectedAs(root, 'Acme Telecom');
    navTo(root, 'Onboard wholesale');
    await portal.settled();
    expect(onboardingForm(root)).not.toBeNull();
    expect(root.querySelector('#demo-controls')).toBeNull();
  });

  it('is for partner actors: a customer admin is told why, and gets no form', async () => {
    const { root } = boot();
    await connectedAs(root, 'Acme Telecom');
    choose(root.querySelector<HTMLSelectElement>('#actor')!, 'customer-full-admin');
    await connectedAs(root, 'Berlin Bakery GmbH');
    navTo(root, 'Onboard wholesale');
    expect(text(root.querySelector('#partner-only'))).toMatch(/^Only partner administrators onboard/);
    expect(onboardingForm(root)).toBeNull();
  });
});

describe('the actor switch', () => {
  it('shows the permission rules: whom each admin sees, and who may onboard', async () => {
    const { root, portal } = boot({ speed: 0 });
    await connectedAs(root, 'Acme Telecom');
    await until(
      () => root.querySelectorAll('#customers tbody tr').length === 9,
      "the partner's 9 customers (7 orgs, and 2 seeded wholesale customers past the start of provisioning)",
    );

    // An external admin sees only the customer org that granted them a role.
    choose(root.querySelector<HTMLSelectElement>('#actor')!, 'external-full-admin');
    await connectedAs(root, 'Contoso Consulting');
    expect(text(root.querySelector('.tagline'))).toBe('Ella External · external org · powered by Onramp');
    await until(() => root.querySelector('#customers tbody tr'), 'the customer list');
    expect([...root.querySelectorAll('#customers tbody th')].map((th) => text(th))).toEqual([
      'Berlin Bakery GmbH',
    ]);

    // A read-only partner admin is told why before filling anything: no form the server would refuse.
    choose(root.querySelector<HTMLSelectElement>('#actor')!, 'partner-read-only-admin');
    await connectedAs(root, 'Acme Telecom');
    navTo(root, 'Onboard wholesale');
    await until(() => root.querySelector('#not-allowed'), 'the refusal');
    await portal.settled();
    expect(text(root.querySelector('#not-allowed'))).toBe(
      'Read-only admins can look but not change anything.',
    );
    expect(onboardingForm(root)).toBeNull();
    expect(root.querySelector('#status-history')).toBeNull();
  });
});

describe('the shell in Hebrew', () => {
  it('runs right to left, in Hebrew, widgets included, and keeps what was typed across the switch', async () => {
    const { root, portal } = boot({ speed: 0 });
    await connectedAs(root, 'Acme Telecom');
    navTo(root, 'Onboard wholesale');
    await until(() => onboardingForm(root)?.shadowRoot?.querySelector('form'), 'the onboarding form');
    typeInto(onboardingForm(root)!, 'customerInfo-name', 'Typed before the switch');

    choose(root.querySelector<HTMLSelectElement>('#lang')!, 'he');
    expect(document.documentElement.lang).toBe('he');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.title).toBe('פורטל שותפים · הדגמת Onramp');
    expect(text(root.querySelector('h1'))).toBe('צירוף לקוח סיטונאי');
    const nav = [...root.querySelectorAll('nav a')].map((b) => text(b));
    expect(nav.slice(0, 3)).toEqual(['לקוחות', 'התחלת ניסיון', 'שיוך הזמנה']);
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('פורטל');
    expect(getComputedStyle(root.querySelector('.layout')!).direction).toBe('rtl');

    // The widget: the same element (what was typed stays), now in Hebrew and right to left.
    const form = onboardingForm(root)!;
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#customerInfo-name')!.value).toBe(
      'Typed before the switch',
    );
    await until(
      () => form.shadowRoot!.querySelector('form')?.getAttribute('dir') === 'rtl',
      'the widget in RTL',
    );
    expect(form.shadowRoot!.querySelector('form')?.getAttribute('lang')).toBe('he');
    await until(() => text(root.querySelector('#demo-title')) === 'פקדי הדגמה', 'the demo controls');
    await portal.settled();
    await expectNoAxeViolations(root, 'onboarding in Hebrew');

    navTo(root, 'לקוחות');
    await until(() => root.querySelector('#customers tbody tr'), 'the customer list');
    expect(text(root.querySelector('#customers thead'))).toContain('לקוח');
    expect(text(root.querySelector('#customers onramp-status-badge[tone="success"]'))).toBe('פעיל');
    await portal.settled();
    await expectNoAxeViolations(root, 'customers in Hebrew');
  });
});
