// The portal's main journeys in real Chromium, on the in-page mock (see harness.ts).
import { createMockFetch, type MockApp, WORLD } from '@onramp/mock-server';
import type { OnrampSetupPrompt, OnrampSetupWizard } from '@onramp/widgets';
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../src/settings.js';
import { expectNoAxeViolations } from './axe.js';
import { BASE_URL, boot, buttonIn, choose, connectedAs, navTo, text, unmount, until } from './harness.js';

afterEach(unmount);

const wizardOf = (root: HTMLElement) => root.querySelector<OnrampSetupWizard>('onramp-setup-wizard');

/** The trial form, once the countries of operation it offers have arrived. */
async function trialForm(root: HTMLElement) {
  await until(() => root.querySelector('#trial-form'), 'the trial form');
  return root.querySelector<HTMLFormElement>('#trial-form')!;
}

/** The countries of operation as the mock's catalogue lists them (`GET /catalog/countries`). */
async function catalogueCodes(app: MockApp) {
  const response = await createMockFetch({ baseUrl: BASE_URL, app })(`${BASE_URL}/catalog/countries`, {
    headers: { authorization: 'Bearer partner-full-admin' },
  });
  const { items } = (await response.json()) as { items: { code: string }[] };
  return items.map((country) => country.code).sort();
}

/** What a request goes to, whether the client passed a `Request` or a URL and init. */
const requestOf = (input: RequestInfo | URL, init?: RequestInit) =>
  input instanceof Request
    ? { url: input.url, method: input.method }
    : { url: String(input), method: init?.method ?? 'GET' };

const optionsOf = (select: HTMLSelectElement | null) =>
  [...(select?.options ?? [])].map((option) => [option.value, text(option)] as const);

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
    const form = await trialForm(root);
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
    expect(text(root.querySelector('.card p'))).toMatch(/is mapped to a new customer, Mapped Order Ltd\.$/);
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
    // The toggle names the theme it switches to: back to light now.
    expect(text(root.querySelector('#theme'))).toBe('Temă luminoasă');
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

describe('starting a trial', () => {
  it('offers exactly the countries of operation, named (and sorted) in the portal language', async () => {
    const { root, app } = boot();
    await connectedAs(root, 'Acme Telecom');
    navTo(root, 'Start a trial');
    const country = () => root.querySelector<HTMLSelectElement>('#trial-form [name="country"]');
    await trialForm(root);
    const offered = optionsOf(country());
    // Israel and Romania were offered once: a trial there could never pass the wizard's country step.
    expect(offered.map(([code]) => code).sort()).toEqual(await catalogueCodes(app));
    expect(offered.map(([code]) => code)).not.toContain('IL');
    expect(offered.map(([code]) => code)).not.toContain('RO');
    expect(country()?.value).toBe('US');
    expect(offered).toContainEqual(['DE', 'Germany']);
    const labels = offered.map(([, label]) => label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('en').compare));

    choose(root.querySelector<HTMLSelectElement>('#lang')!, 'ru');
    await until(() => country(), 'the trial form in Russian');
    expect(optionsOf(country())).toContainEqual(['DE', 'Германия']);
  });

  it('asks for a service before sending anything, on the services group, and moves focus there', async () => {
    const sent: string[] = [];
    const { root, portal } = boot({
      wrapFetch: (mock) => (input, init) => {
        const request = requestOf(input, init);
        if (request.url.endsWith('/trials')) sent.push(request.method);
        return mock(input, init);
      },
    });
    await connectedAs(root, 'Acme Telecom');
    navTo(root, 'Start a trial');
    const form = await trialForm(root);
    form.querySelector<HTMLInputElement>('[name="customerName"]')!.value = 'No Service Cafe';
    form.querySelector<HTMLInputElement>('[name="customerAdminEmail"]')!.value =
      'owner@noservice.example.com';
    const boxes = [...form.querySelectorAll<HTMLInputElement>('[name="services"]')];
    for (const box of boxes) box.click();
    form.requestSubmit();
    await portal.settled();

    expect(sent).toEqual([]);
    const group = form.querySelector('fieldset#trial-services')!;
    const error = group.querySelector('[role="alert"]');
    expect(text(error)).toBe('Choose at least one service.');
    const describedBy = document.getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(text(describedBy)).toBe('Choose at least one service.');
    expect(boxes.map((box) => box.getAttribute('aria-invalid'))).toEqual(['true', 'true']);
    expect(document.activeElement).toBe(boxes[0]);
    expect(text(form)).not.toMatch(/too_small|400/);
    await expectNoAxeViolations(root, 'the trial form with its services error');

    // Choosing one clears the error; the trial then goes out.
    boxes[1]!.click();
    expect(group.querySelector('[role="alert"]')).toBeNull();
    expect(group.hasAttribute('aria-describedby')).toBe(false);
    form.requestSubmit();
    await until(() => root.querySelector('onramp-setup-prompt'), 'the prompt');
    expect(sent).toEqual(['POST']);
  });

  it('says until when the trial runs as a date of the portal language, not an ISO string', async () => {
    let endDate = '';
    const { root } = boot({
      wrapFetch: (mock) => async (input, init) => {
        const response = await mock(input, init);
        const request = requestOf(input, init);
        if (request.url.endsWith('/trials') && request.method === 'POST')
          endDate = ((await response.clone().json()) as { endDate: string }).endDate;
        return response;
      },
    });
    await connectedAs(root, 'Acme Telecom');
    choose(root.querySelector<HTMLSelectElement>('#lang')!, 'ru');
    navTo(root, 'Начать пробный период');
    const form = await trialForm(root);
    form.querySelector<HTMLInputElement>('[name="customerName"]')!.value = 'Кафе Дата';
    form.querySelector<HTMLInputElement>('[name="customerAdminEmail"]')!.value = 'owner@date.example.com';
    form.requestSubmit();
    await until(() => root.querySelector('onramp-setup-prompt'), 'the prompt');
    expect(endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [year, month, day] = endDate.split('-').map(Number) as [number, number, number];
    const inRussian = new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, day)),
    );
    const started = text(root.querySelector('.card p'));
    expect(started).toContain(`действует до ${inRussian};`);
    expect(started).not.toContain(endDate);
  });
});

describe('mapping an order', () => {
  it("offers the countries of operation (and the order's own) for the tenant", async () => {
    const { root, portal, app } = boot();
    await connectedAs(root, 'Acme Telecom');
    navTo(root, 'Map an order');
    await until(() => root.querySelector('#orders button.secondary'), 'an unmapped order');
    await portal.settled();
    root.querySelector<HTMLButtonElement>('#orders button.secondary')!.click();
    const country = root.querySelector<HTMLSelectElement>('#mapping-form [name="country"]')!;
    const offered = optionsOf(country).map(([code]) => code);
    expect(offered.sort()).toEqual([...new Set([...(await catalogueCodes(app)), country.value])].sort());
    expect(offered).not.toContain('IL');
    expect(offered).not.toContain('RO');
  });
});

describe('the customer list', () => {
  it('offers "Set up services" only for the orgs that have a services setup', async () => {
    const { root } = boot();
    await connectedAs(root, 'Acme Telecom');
    await until(() => root.querySelectorAll('#customers tbody tr').length > 0, 'the customer list');
    const rows = [...root.querySelectorAll<HTMLTableRowElement>('#customers tbody tr')];
    const setUpIn = (row: Element) => row.querySelector('button[aria-label^="Set up services"]');
    const withoutSetup = rows.filter((row) => text(row.querySelector('onramp-status-badge')) === 'No setup');
    // The seed's wholesale customers (e.g. Tiny Shop) have no setup: the wizard would answer 404.
    expect(withoutSetup.map((row) => text(row.querySelector('th')))).toContain('Tiny Shop');
    for (const row of withoutSetup) expect(setUpIn(row), text(row)).toBeNull();
    for (const row of rows.filter((row) => !withoutSetup.includes(row)))
      expect(setUpIn(row), text(row)).not.toBeNull();
    expect(setUpIn(rows.find((row) => text(row.querySelector('th')) === "John's Pizza")!)).not.toBeNull();
  });
});

describe('the partner-only screens', () => {
  it.each([
    ['customer-full-admin', 'Berlin Bakery GmbH'],
    ['trial-customer-admin', "John's Pizza"],
    ['external-full-admin', 'Contoso Consulting'],
  ])('tell a %s why, instead of a form the server refuses', async (token, org) => {
    const { root, portal } = boot();
    await connectedAs(root, 'Acme Telecom');
    choose(root.querySelector<HTMLSelectElement>('#actor')!, token);
    await connectedAs(root, org);

    navTo(root, 'Start a trial');
    await portal.settled();
    expect(text(root.querySelector('#partner-only'))).toBe(
      'Only partner administrators start trials. Sign in as a partner admin to try it.',
    );
    expect(root.querySelector('#trial-form')).toBeNull();

    navTo(root, 'Map an order');
    await portal.settled();
    expect(text(root.querySelector('#partner-only'))).toBe(
      'Only partner administrators map orders. Sign in as a partner admin to try it.',
    );
    expect(root.querySelector('#orders, #mapping-form')).toBeNull();
    expect(text(root.querySelector('main'))).not.toMatch(/403|partner_only/);
    await expectNoAxeViolations(root, 'the order screen for a non-partner');

    // In the portal's other languages too.
    choose(root.querySelector<HTMLSelectElement>('#lang')!, 'he');
    expect(text(root.querySelector('#partner-only'))).toBe(
      'רק מנהלי השותף משייכים הזמנות. התחברו כמנהל שותף כדי לנסות.',
    );
  });
});

describe('keyboard focus', () => {
  const active = () => document.activeElement;

  it('stays on the actor switch, though the shell draws it anew', async () => {
    const { root } = boot();
    await connectedAs(root, 'Acme Telecom');
    const actor = root.querySelector<HTMLSelectElement>('#actor')!;
    actor.focus();
    choose(actor, 'customer-full-admin');
    await connectedAs(root, 'Berlin Bakery GmbH');
    const rebuilt = root.querySelector<HTMLSelectElement>('#actor')!;
    expect(rebuilt).not.toBe(actor);
    expect(active()).toBe(rebuilt);
    expect(rebuilt.value).toBe('customer-full-admin');
  });

  it('stays on the customer picker once the screen has drawn it anew', async () => {
    const { root, portal } = boot();
    await connectedAs(root, 'Acme Telecom');
    navTo(root, 'Admins and licenses');
    await until(() => root.querySelector('#customer-picker'), 'the customer picker');
    const picker = root.querySelector<HTMLSelectElement>('#customer-picker')!;
    const chosen = picker.options[1]!.value;
    picker.focus();
    choose(picker, chosen);
    await until(
      () => root.querySelector('#customer-picker') && root.querySelector('#customer-picker') !== picker,
      'the picker drawn anew',
    );
    await portal.settled();
    const rebuilt = root.querySelector<HTMLSelectElement>('#customer-picker')!;
    expect(rebuilt.value).toBe(chosen);
    expect(active()).toBe(rebuilt);
  });

  it('stays on the customer picked in the list, though the list is drawn anew', async () => {
    const { root, portal } = boot();
    await connectedAs(root, 'Acme Telecom');
    await until(() => root.querySelectorAll('#customers tbody tr').length > 0, 'the customer list');
    const pick = buttonIn(root.querySelector('#customers'), "John's Pizza");
    pick.focus();
    pick.click();
    await portal.settled();
    const again = buttonIn(root.querySelector('#customers'), "John's Pizza");
    expect(again).not.toBe(pick);
    expect(again.getAttribute('aria-pressed')).toBe('true');
    expect(active()).toBe(again);
  });

  it('goes to the wizard screen\'s heading after "Set up services" in the customer list', async () => {
    const { root, portal } = boot();
    await connectedAs(root, 'Acme Telecom');
    await until(() => root.querySelectorAll('#customers tbody tr').length > 0, 'the customer list');
    const setUp = root.querySelector<HTMLButtonElement>(
      // The name is isolated in the label too (FSI … PDI, decision 0036).
      '#customers button[aria-label="Set up services: \u2068John\'s Pizza\u2069"]',
    )!;
    setUp.focus();
    setUp.click();
    expect(portal.view).toBe('setup');
    await portal.settled();
    const heading = root.querySelector('#content h1');
    expect(text(heading)).toBe('Set up services');
    expect(heading?.getAttribute('tabindex')).toBe('-1');
    expect(active()).toBe(heading);
  });

  it('goes to the started line after the trial is started', async () => {
    const { root } = boot();
    await connectedAs(root, 'Acme Telecom');
    navTo(root, 'Start a trial');
    const form = await trialForm(root);
    form.querySelector<HTMLInputElement>('[name="customerName"]')!.value = 'Focus Bistro';
    form.querySelector<HTMLInputElement>('[name="customerAdminEmail"]')!.value = 'owner@focus.example.com';
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    submit.focus();
    submit.click();
    await until(() => root.querySelector('onramp-setup-prompt'), 'the prompt');
    const started = root.querySelector('#trial-started');
    expect(text(started)).toMatch(/^Trial .* for Focus Bistro runs until /);
    expect(active()).toBe(started);
  });

  it('goes to the first error when the trial is refused, and to the mapping result after Map', async () => {
    const { root, portal } = boot();
    await connectedAs(root, 'Acme Telecom');
    navTo(root, 'Start a trial');
    const form = await trialForm(root);
    // John's Pizza's admin already has an account: the server refuses (409).
    form.querySelector<HTMLInputElement>('[name="customerName"]')!.value = 'Twice Pizza';
    form.querySelector<HTMLInputElement>('[name="customerAdminEmail"]')!.value =
      'john.anderson@johns-pizza.example.com';
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    submit.focus();
    submit.click();
    await until(() => form.querySelector('[role="alert"]'), 'the refusal');
    expect(active()).toBe(form.querySelector('[role="alert"]'));

    navTo(root, 'Map an order');
    await until(() => root.querySelector('#orders button.secondary'), 'an unmapped order');
    await portal.settled();
    root.querySelector<HTMLButtonElement>('#orders button.secondary')!.click();
    const mapping = root.querySelector<HTMLFormElement>('#mapping-form')!;
    // Nothing is preselected: typing a new customer's details chooses "A new customer".
    for (const [field, value] of [
      ['name', 'Focus Foods'],
      ['adminEmail', 'admin@focus-foods.example.com'],
    ]) {
      const input = mapping.querySelector<HTMLInputElement>(`[name="${field}"]`)!;
      input.value = value!;
      input.dispatchEvent(new Event('input'));
    }
    const map = mapping.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    map.focus();
    map.click();
    await until(() => root.querySelector('onramp-setup-prompt'), 'the prompt');
    const done = root.querySelector('#mapping-done');
    expect(text(done)).toMatch(/is mapped/);
    expect(active()).toBe(done);
  });
});

describe('the licenses of a trial', () => {
  /** Records the bodies of `POST /trials`. */
  function recordTrials() {
    const bodies: Record<string, unknown>[] = [];
    const started: string[] = [];
    const booted = boot({
      wrapFetch: (mock) => async (input, init) => {
        const request = requestOf(input, init);
        const isStart = request.url.endsWith('/trials') && request.method === 'POST';
        if (isStart) {
          const body = input instanceof Request ? await input.clone().text() : String(init?.body);
          bodies.push(JSON.parse(body));
        }
        const response = await mock(input, init);
        if (isStart && response.ok) started.push(((await response.clone().json()) as { id: string }).id);
        return response;
      },
    });
    return { ...booted, bodies, started };
  }

  const quantity = (form: HTMLFormElement, license: string) =>
    form.querySelector<HTMLInputElement>(`[name="license-${license}"]`)!;

  it("sends the contact-center licenses (the seed's by default), and the wizard's Summary shows them", async () => {
    const { root, bodies, started, app } = recordTrials();
    await connectedAs(root, 'Acme Telecom');
    navTo(root, 'Start a trial');
    const form = await trialForm(root);
    expect(quantity(form, 'cc_standard').value).toBe('25');
    expect(quantity(form, 'cc_premium').value).toBe('10');
    expect(quantity(form, 'cc_standard').labels?.[0] && text(quantity(form, 'cc_standard').labels![0])).toBe(
      'Standard',
    );
    form.querySelector<HTMLInputElement>('[name="customerName"]')!.value = 'Licensed Bistro';
    form.querySelector<HTMLInputElement>('[name="customerAdminEmail"]')!.value = 'owner@licensed.example.com';
    quantity(form, 'cc_premium').value = '7';
    form.requestSubmit();
    await until(() => root.querySelector('onramp-setup-prompt'), 'the prompt');
    expect(bodies.at(-1)?.licenses).toEqual([
      { license: 'cc_standard', quantity: 25 },
      { license: 'cc_premium', quantity: 7 },
    ]);
    // The trial the server keeps has them.
    const prompt = root.querySelector<OnrampSetupPrompt>('onramp-setup-prompt')!;
    const response = await createMockFetch({ baseUrl: BASE_URL, app })(`${BASE_URL}/trials/${started[0]}`, {
      headers: { authorization: 'Bearer partner-full-admin' },
    });
    const trial = (await response.json()) as { customerOrgId: string; licenses: unknown[] };
    expect(trial.customerOrgId).toBe(prompt.orgId);
    expect(trial.licenses).toEqual([
      { license: 'cc_standard', quantity: 25 },
      { license: 'cc_premium', quantity: 7 },
    ]);
    await until(() => prompt.shadowRoot?.querySelector('button[part~="primary"]'), 'the Yes button');
    prompt.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="primary"]')!.click();
    await until(
      () => text(wizardOf(root)?.shadowRoot?.querySelector('h3')) === 'Summary',
      'the Summary step',
    );
    const summary = text(wizardOf(root)?.shadowRoot?.querySelector('[part="licenses"]'));
    expect(summary).toMatch(/Standard\D*25/);
    expect(summary).toMatch(/Premium\D*7/);
  });

  it('asks for whole numbers of 0 or more on the quantity itself, and sends nothing until then', async () => {
    const { root, bodies, portal } = recordTrials();
    await connectedAs(root, 'Acme Telecom');
    choose(root.querySelector<HTMLSelectElement>('#lang')!, 'ro');
    navTo(root, 'Începe o probă');
    const form = await trialForm(root);
    form.querySelector<HTMLInputElement>('[name="customerName"]')!.value = 'Cafe Numere';
    form.querySelector<HTMLInputElement>('[name="customerAdminEmail"]')!.value = 'owner@numere.example.com';
    quantity(form, 'cc_standard').value = '2.5';
    quantity(form, 'cc_premium').value = '-1';
    form.requestSubmit();
    await portal.settled();
    expect(bodies).toEqual([]);
    for (const license of ['cc_standard', 'cc_premium']) {
      const input = quantity(form, license);
      expect(input.getAttribute('aria-invalid'), license).toBe('true');
      const error = document.getElementById(input.getAttribute('aria-describedby') ?? '');
      expect(error?.getAttribute('role') ?? error?.querySelector('[role="alert"]')).toBeTruthy();
      expect(text(error)).not.toBe('');
      expect(text(error)).not.toMatch(/whole number/i);
    }
    expect(document.activeElement).toBe(quantity(form, 'cc_standard'));
    await expectNoAxeViolations(root, 'the trial form with its license errors');

    quantity(form, 'cc_standard').value = '0';
    quantity(form, 'cc_premium').value = '3';
    form.requestSubmit();
    await until(() => root.querySelector('onramp-setup-prompt'), 'the prompt');
    expect(bodies.at(-1)?.licenses).toEqual([
      { license: 'cc_standard', quantity: 0 },
      { license: 'cc_premium', quantity: 3 },
    ]);
  });

  it('asks for the quantities only with the contact center', async () => {
    const { root, bodies } = recordTrials();
    await connectedAs(root, 'Acme Telecom');
    navTo(root, 'Start a trial');
    const form = await trialForm(root);
    const contactCenter = form.querySelector<HTMLInputElement>('[name="services"][value="contact_center"]')!;
    contactCenter.click();
    expect(quantity(form, 'cc_standard').checkVisibility()).toBe(false);
    contactCenter.click();
    expect(quantity(form, 'cc_standard').checkVisibility()).toBe(true);
    contactCenter.click();
    quantity(form, 'cc_standard').value = 'many';
    form.querySelector<HTMLInputElement>('[name="customerName"]')!.value = 'Calling Only';
    form.querySelector<HTMLInputElement>('[name="customerAdminEmail"]')!.value = 'owner@calling.example.com';
    form.requestSubmit();
    await until(() => root.querySelector('onramp-setup-prompt'), 'the prompt');
    expect(bodies.at(-1)).toMatchObject({ services: ['calling'], licenses: [] });
  });
});
