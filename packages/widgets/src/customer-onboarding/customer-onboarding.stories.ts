import type { ProvisionCustomerRequest } from '@onramp/contract';
import {
  DROPPED,
  designPage,
  designPageParameters,
  expect,
  expectOk,
  fn,
  inside,
  type Meta,
  mockWorld,
  OUTAGE,
  playDesignPage,
  renderWidget,
  type StoryObj,
  shows,
  textOf,
  userEvent,
  waitFor,
  widgetIn,
  worldOf,
} from '@onramp/story-kit';
import './onramp-customer-onboarding.js';
import type { OnrampCustomerOnboarding } from './customer-onboarding.js';

/**
 * The partner's form to onboard a wholesale customer (DOMAIN §3), against the mock: the schema and
 * the country's address rules in the form, then the server's precheck and the idempotent submit.
 */
const meta = {
  title: 'Widgets/Customer onboarding',
  component: 'onramp-customer-onboarding',
  args: { onAccepted: fn() },
  render: (args, context) => {
    const form = renderWidget('onramp-customer-onboarding')(args, context);
    form.addEventListener('onramp-customer-accepted', args.onAccepted as (event: Event) => void);
    return form;
  },
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** What a partner types for a customer in Germany; `name` and `externalId` vary per story. */
const customer = (name: string, externalId: string) => ({
  'customerInfo-name': name,
  'customerInfo-primaryEmail': 'owner@example.com',
  externalId,
  provisioningId: 'prov-1',
  'address-addressLine1': 'Hauptstraße 1',
  'address-city': 'Berlin',
  'address-country': 'DE',
  'address-zipOrPostalCode': '10115',
  'qty-webex_suite': '25',
});

/** Types each value into its field (by id), or picks it from its list, as a user would. */
async function fill(form: HTMLElement, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) {
    const field = form.shadowRoot!.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
    if (!field) throw new Error(`The form has no field #${id}`);
    if (field instanceof HTMLSelectElement) await userEvent.selectOptions(field, value);
    else
      await userEvent.type(field, value, {
        initialSelectionStart: 0,
        initialSelectionEnd: field.value.length,
      });
    await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
}
const notice = (form: HTMLElement) => textOf(form, '#notice');
const posts = (requests: readonly string[]) => requests.filter((r) => r === 'POST /wholesale/customers');

/** The empty form, as a partner opens it. */
export const Empty: Story = {
  loaders: [mockWorld()],
  play: async ({ canvasElement }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    await expect(inside(form).getByRole('button', { name: 'Onboard customer' })).toBeEnabled();
  },
};

/** "Check" on an empty form: every issue on its field, the first one focused; nothing is sent. */
export const ValidationErrors: Story = {
  loaders: [mockWorld()],
  play: async ({ canvasElement, loaded }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    await userEvent.click(inside(form).getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(textOf(form, '[role="alert"]')).toMatch(/fields? needs? attention/));
    await expect(form.shadowRoot!.getElementById('customerInfo-name')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(worldOf(loaded).requests).toHaveLength(0);
  },
};

/** The same, in Hebrew: right to left, translated messages. */
export const ValidationErrorsInHebrew: Story = {
  ...ValidationErrors,
  globals: { locale: 'he' },
  play: async ({ canvasElement }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    const base = form.shadowRoot!.querySelector('[part~="base"]')!;
    await waitFor(() => expect(base.getAttribute('dir')).toBe('rtl'));
    await userEvent.click(inside(form).getByRole('button', { name: 'בדיקה' }));
    await waitFor(() => expect(textOf(form, '#customerInfo-name-error')).toBe('שדה חובה.'));
  },
};

/** US rules: a state from the list and a five-digit ZIP code, said on the fields before any call. */
export const CountryAddressRules: Story = {
  loaders: [mockWorld()],
  play: async ({ canvasElement, loaded }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    await fill(form, { ...customer('Lone Star Tacos', 'ext-tx'), 'address-country': 'US' });
    await fill(form, { 'address-zipOrPostalCode': '7870' });
    await userEvent.click(inside(form).getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(textOf(form, '#address-zipOrPostalCode-error')).toContain('e.g. 95035'));
    await expect(posts(worldOf(loaded).requests)).toHaveLength(0);
  },
};

/** The server's precheck passes. */
export const PrecheckPassed: Story = {
  loaders: [mockWorld()],
  play: async ({ canvasElement }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    await fill(form, customer('Clean Bakery', 'ext-clean'));
    await userEvent.click(inside(form).getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(notice(form)).toBe('The check passed: the customer can be onboarded.'));
  },
};

/** The precheck finds the customer on the restricted parties list: a review will follow the submit. */
export const PrecheckRplReview: Story = {
  loaders: [mockWorld()],
  play: async ({ canvasElement }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    await fill(form, customer('Tulip rpl-listed BV', 'ext-tulip'));
    await userEvent.click(inside(form).getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(notice(form)).toContain('compliance review of up to 72 hours'));
  },
};

/** The partner's system already onboarded this external ID: the conflict lands on its field. */
export const ExternalIdTaken: Story = {
  loaders: [
    mockWorld({
      prepare: async (world) => {
        const body: ProvisionCustomerRequest = {
          provisioningId: 'prov-1',
          packages: ['webex_suite'],
          externalId: 'ext-bakery',
          address: { addressLine1: 'Hauptstraße 1', city: 'Berlin', zipOrPostalCode: '10115', country: 'DE' },
          customerInfo: { name: 'Bakery One', primaryEmail: 'one@example.com' },
          provisioningParameters: { packages: { limits: { webex_suite: 10 } } },
        };
        await expectOk('onboard', world.as('partner-full-admin').POST('/wholesale/customers', { body }));
        return undefined;
      },
    }),
  ],
  play: async ({ canvasElement }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    await fill(form, customer('Bakery Two', 'ext-bakery'));
    await userEvent.click(inside(form).getByRole('button', { name: 'Check' }));
    await waitFor(() =>
      expect(textOf(form, '#externalId-error')).toBe('A customer with this external ID already exists.'),
    );
  },
};

/** Precheck, then submit: the server accepts one customer, the portal gets one event. */
export const PrecheckAndSubmit: Story = {
  loaders: [mockWorld()],
  play: async ({ canvasElement, args, loaded, step }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    const screen = inside(form);
    await fill(form, customer('Clean Bakery', 'ext-clean'));
    await step('Check', async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Check' }));
      await waitFor(() => expect(notice(form)).toMatch(/^The check passed/));
    });
    await step('Onboard', async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Onboard customer' }));
      await waitFor(() => expect(notice(form)).toBe('The customer was accepted. Provisioning has started.'));
    });
    await expect(args.onAccepted).toHaveBeenCalledTimes(1);
    await expect(posts(worldOf(loaded).requests)).toHaveLength(1);
    const list = await expectOk(
      'customers',
      worldOf(loaded)
        .as('partner-full-admin')
        .GET('/wholesale/customers', { params: { query: { externalId: 'ext-clean' } } }),
    );
    await expect(list.items).toHaveLength(1);
  },
};

/** The service is down (503) on submit: the error is shown, and everything typed stays. */
export const ServiceDown: Story = {
  loaders: [mockWorld({ faults: [{ route: 'provisionWholesaleCustomer', rule: OUTAGE }] })],
  play: async ({ canvasElement, args }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    await fill(form, customer('Clean Bakery', 'ext-clean'));
    await userEvent.click(inside(form).getByRole('button', { name: 'Onboard customer' }));
    await waitFor(() => expect(textOf(form, '[role="alert"]')).not.toBe(''));
    await expect(form.shadowRoot!.getElementById('customerInfo-name')).toHaveValue('Clean Bakery');
    await expect(args.onAccepted).not.toHaveBeenCalled();
  },
};

/** The connection drops: "could not be reached", values kept, ready to retry. */
export const ConnectionLost: Story = {
  loaders: [mockWorld({ faults: [{ route: 'precheckWholesaleCustomer', rule: DROPPED }] })],
  play: async ({ canvasElement }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    await fill(form, customer('Clean Bakery', 'ext-clean'));
    await userEvent.click(inside(form).getByRole('button', { name: 'Check' }));
    await shows(form, 'could not be reached', '[role="alert"]');
    await expect(form.shadowRoot!.getElementById('qty-webex_suite')).toHaveValue(25);
  },
};

/** A read-only partner admin may check but not onboard: the server's refusal, nothing created. */
export const NotAllowed: Story = {
  loaders: [mockWorld({ actor: 'partner-read-only-admin' })],
  play: async ({ canvasElement, args }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    await fill(form, customer('Clean Bakery', 'ext-clean'));
    await userEvent.click(inside(form).getByRole('button', { name: 'Onboard customer' }));
    await waitFor(() => expect(textOf(form, '[role="alert"]')).not.toBe(''));
    await expect(args.onAccepted).not.toHaveBeenCalled();
  },
};

/**
 * Accepted (202): the form gives way to what was accepted and "Onboard another customer"; there is
 * no second submit to make. The button brings an empty form (a new Idempotency-Key at its submit).
 */
export const Accepted: Story = {
  loaders: [mockWorld()],
  play: async ({ canvasElement, args, step }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    const screen = inside(form);
    await fill(form, customer('Clean Bakery', 'ext-clean'));
    await userEvent.click(screen.getByRole('button', { name: 'Onboard customer' }));
    await waitFor(() => expect(textOf(form, '#accepted-title')).toBe('Customer accepted'));
    await expect(textOf(form, '[part="summary"]')).toContain('ext-clean');
    await expect(screen.queryByRole('button', { name: 'Onboard customer' })).toBeNull();
    await expect(args.onAccepted).toHaveBeenCalledTimes(1);
    await step('The designer may go on: "Onboard another customer" gives an empty form', async () => {
      await expect(screen.getByRole('button', { name: 'Onboard another customer' })).toBeEnabled();
    });
  },
};

/**
 * The server refuses several fields in one 400: each is marked, the first focused, and the alert
 * lists them as links. (A rule the form does not know is emulated: the request reaches the mock
 * without its city and with a malformed postal code, and the mock names both.)
 */
export const SeveralFieldErrors: Story = {
  loaders: [mockWorld()],
  play: async ({ canvasElement, loaded }) => {
    const form = (await widgetIn(canvasElement, 'onramp-customer-onboarding')) as OnrampCustomerOnboarding;
    const client = worldOf(loaded).sdk('partner-full-admin', (fetch) => async (request) => {
      if (request.method !== 'POST' || !request.url.endsWith('/wholesale/customers')) return fetch(request);
      const body = await request.clone().json();
      body.address = { ...body.address, city: undefined, zipOrPostalCode: 'X1' };
      return fetch(new Request(request, { body: JSON.stringify(body) }));
    });
    form.client = client;
    await fill(form, customer('Two Faults GmbH', 'ext-two-faults'));
    await userEvent.click(inside(form).getByRole('button', { name: 'Onboard customer' }));
    await waitFor(() => expect(textOf(form, '#error-summary')).toContain('2 fields need attention.'));
    await expect(textOf(form, '#address-city-error')).toBe('This field is required.');
    await expect(textOf(form, '#address-zipOrPostalCode-error')).toContain('use the format of this country');
  },
};

/** A 429 asking to wait 30 seconds: Check and submit wait with a countdown; everything typed stays. */
export const RateLimited: Story = {
  loaders: [
    mockWorld({
      faults: [{ route: 'provisionWholesaleCustomer', rule: { forceStatus: 429, retryAfterSeconds: 30 } }],
    }),
  ],
  play: async ({ canvasElement }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    await fill(form, customer('Clean Bakery', 'ext-clean'));
    await userEvent.click(inside(form).getByRole('button', { name: 'Onboard customer' }));
    await shows(form, 'Too many requests; you can try again in', '#rate-limit');
    await expect(inside(form).getByRole('button', { name: 'Onboard customer' })).toBeDisabled();
    await expect(form.shadowRoot!.getElementById('customerInfo-name')).toHaveValue('Clean Bakery');
  },
};

/** The same wait in Russian (plural forms of the seconds), right after the first 429. */
export const RateLimitedInRussian: Story = {
  ...RateLimited,
  globals: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    const form = await widgetIn(canvasElement, 'onramp-customer-onboarding');
    await waitFor(() => expect(textOf(form, 'h2')).toBe('Подключение оптового клиента'));
    await fill(form, customer('Clean Bakery', 'ext-clean'));
    await userEvent.click(inside(form).getByRole('button', { name: 'Подключить клиента' }));
    await shows(form, /Слишком много запросов; повторить можно через \d+ секунд/, '#rate-limit');
  },
};

/**
 * The design page (issue 22): this state in light, dark and high-contrast, English and Hebrew,
 * comfortable and compact, at 375 and 1280 px side by side, for a designer to review in one place.
 */
export const Design: Story = {
  loaders: [mockWorld()],
  render: (args, context) => designPage(() => meta.render(args, context)),
  parameters: designPageParameters,
  play: (context) => playDesignPage(context, 'onramp-customer-onboarding'),
};
