import type { CustomerStatus, ProvisionCustomerRequest } from '@onramp/contract';
import {
  designPage,
  designPageParameters,
  expect,
  expectOk,
  fn,
  inside,
  type Meta,
  type MockWorld,
  mockWorld,
  NEVER_ANSWERS,
  OUTAGE,
  playDesignPage,
  renderWidget,
  type StoryObj,
  shows,
  textOf,
  userEvent,
  WORLD,
  waitFor,
  widgetIn,
  worldOf,
} from '@onramp/story-kit';
import './onramp-subscription-panel.js';

/**
 * A customer's subscriptions and wholesale onboarding, read-only, as the partner's full admin sees
 * them. Each status is a wholesale customer of the mock's default scenario (or one created through
 * the API); stories that follow a change move the mock's clock.
 */
const meta = {
  title: 'Widgets/Subscription panel',
  component: 'onramp-subscription-panel',
  render: renderWidget('onramp-subscription-panel'),
  args: { pollInterval: 100 },
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const status = (panel: HTMLElement) => textOf(panel, '#customer-status');

/** The first seeded wholesale customer in `wanted` status (seeded customers stay in their status). */
async function seededCustomer(world: MockWorld, wanted: CustomerStatus) {
  const list = await expectOk(
    `customers in ${wanted}`,
    world.as('partner-full-admin').GET('/wholesale/customers', { params: { query: { status: [wanted] } } }),
  );
  const id = list.items?.[0]?.id;
  if (!id) throw new Error(`The default scenario has no wholesale customer in status ${wanted}.`);
  return { customerId: id };
}

/** Onboards a wholesale customer through the API, as the partner's own system would. */
/** A valid billing address per country (the mock applies each country's postcode rules). */
const ADDRESSES = {
  DE: { addressLine1: 'Hauptstraße 1', city: 'Berlin', zipOrPostalCode: '10115', country: 'DE' },
  NL: { addressLine1: 'Damrak 1', city: 'Amsterdam', zipOrPostalCode: '1012 JS', country: 'NL' },
} as const;

async function onboard(world: MockWorld, name: string, country: keyof typeof ADDRESSES) {
  const body: ProvisionCustomerRequest = {
    provisioningId: 'prov-storybook',
    packages: ['webex_suite', 'common_area_calling'],
    externalId: `ext-${name.toLowerCase().replace(/\W+/g, '-')}`,
    address: { ...ADDRESSES[country] },
    customerInfo: { name, primaryEmail: 'admin@example.com' },
    provisioningParameters: { packages: { limits: { webex_suite: 25, common_area_calling: 5 } } },
  };
  const accepted = await expectOk(
    'onboard',
    world.as('partner-full-admin').POST('/wholesale/customers', { body }),
  );
  return { customerId: accepted.url?.split('/').pop() ?? '' };
}

const inStatus = (wanted: CustomerStatus, label: string): Story => ({
  loaders: [mockWorld({ prepare: (world) => seededCustomer(world, wanted) })],
  play: async ({ canvasElement }) => {
    const panel = await widgetIn(canvasElement, 'onramp-subscription-panel');
    await waitFor(() => expect(status(panel)).toBe(label));
  },
});

export const Provisioned = inStatus('provisioned', 'Provisioned');
export const ProvisionedWithErrors = inStatus('provisioned_with_errors', 'Provisioned with errors');
export const PendingRplReview = inStatus('pending_rpl_review', 'Pending compliance review');
export const ProvisioningError = inStatus('error', 'Error');
export const Provisioning = inStatus('provisioning', 'Provisioning');

/** John's Pizza is on a trial: the days left, and its licenses. */
export const Trial: Story = {
  args: { orgId: WORLD.trialCustomer },
  loaders: [mockWorld()],
  play: async ({ canvasElement }) => {
    const panel = await widgetIn(canvasElement, 'onramp-subscription-panel');
    await waitFor(() => expect(textOf(panel, '#days-left')).toMatch(/^\d+ days? left$/));
  },
};

/** Berlin Bakery GmbH's account: subscription, license and package usage, add-ons, platform, services. */
export const CustomerAccount: Story = {
  args: { orgId: WORLD.provisionedCustomer },
  loaders: [mockWorld()],
  play: async ({ canvasElement }) => {
    const panel = await widgetIn(canvasElement, 'onramp-subscription-panel');
    await waitFor(() => expect(textOf(panel, '#licenses')).toContain('Webex Contact Center'));
  },
};

/** The customer has not answered yet. */
export const Loading: Story = {
  loaders: [
    mockWorld({
      prepare: (world) => seededCustomer(world, 'provisioned'),
      faults: [{ route: 'getWholesaleCustomer', rule: NEVER_ANSWERS }],
    }),
  ],
  play: async ({ canvasElement }) =>
    shows(await widgetIn(canvasElement, 'onramp-subscription-panel'), 'Loading'),
};

/** The service is down (503): what went wrong, and a retry that works once it is back. */
export const LoadError: Story = {
  loaders: [
    mockWorld({
      prepare: (world) => seededCustomer(world, 'provisioned'),
      faults: [{ route: 'getWholesaleCustomer', rule: OUTAGE }],
    }),
  ],
  play: async ({ canvasElement }) => {
    const panel = await widgetIn(canvasElement, 'onramp-subscription-panel');
    await waitFor(() => expect(inside(panel).getByRole('alert')).toBeVisible());
    await expect(inside(panel).getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

/** A new customer is onboarded, and the panel follows it to provisioned as the clock moves on. */
export const FollowsProvisioning: Story = {
  args: { onStatusChange: fn() },
  loaders: [mockWorld({ prepare: (world) => onboard(world, 'Clean Bakery', 'DE') })],
  render: (args, context) => {
    const panel = renderWidget('onramp-subscription-panel')(args, context);
    panel.addEventListener('onramp-subscription-status-change', args.onStatusChange as (e: Event) => void);
    return panel;
  },
  play: async ({ canvasElement, args, loaded, step }) => {
    const panel = await widgetIn(canvasElement, 'onramp-subscription-panel');
    await waitFor(() => expect(status(panel)).toBe('Provisioning'));
    await step('Three virtual minutes later', async () => {
      worldOf(loaded).advance(3 * 60_000);
      await waitFor(() => expect(status(panel)).toBe('Provisioned'));
    });
    await expect(textOf(panel, '#live')).toBe('Onboarding status changed: Provisioned');
    const statuses = (args.onStatusChange as ReturnType<typeof fn>).mock.calls.map(
      ([event]) => (event as { status: string }).status,
    );
    await expect(statuses).toEqual(['provisioned']);
  },
};

/** A customer on the restricted parties list waits for review; approved, it moves on to provisioning. */
export const RplReviewApproved: Story = {
  loaders: [mockWorld({ prepare: (world) => onboard(world, 'Tulip rpl-listed BV', 'NL') })],
  play: async ({ canvasElement, loaded }) => {
    const panel = await widgetIn(canvasElement, 'onramp-subscription-panel');
    await waitFor(() => expect(status(panel)).toBe('Pending compliance review'));
    const { customerId } = loaded.props as { customerId: string };
    const decided = await worldOf(loaded).control(`/_mock/rpl/${customerId}`, { decision: 'approved' });
    await expect(decided.status).toBe(200);
    await waitFor(() => expect(status(panel)).toBe('Provisioning'));
    await expect(textOf(panel, '#timeline')).toContain('Review approved');
  },
};

/** The reviewer denies a customer on the restricted parties list: onboarding stops, and says why. */
export const RplReviewDenied: Story = {
  loaders: [mockWorld({ prepare: (world) => onboard(world, 'Tulip rpl-listed BV', 'NL') })],
  play: async ({ canvasElement, loaded }) => {
    const panel = await widgetIn(canvasElement, 'onramp-subscription-panel');
    await waitFor(() => expect(status(panel)).toBe('Pending compliance review'));
    const { customerId } = loaded.props as { customerId: string };
    const decided = await worldOf(loaded).control(`/_mock/rpl/${customerId}`, { decision: 'denied' });
    await expect(decided.status).toBe(200);
    await waitFor(() => expect(textOf(panel, '#timeline')).toContain('Review denied'));
    await expect(status(panel)).toBe('Error');
  },
};

/** A read-only admin of the customer has no access to the contact-center service: the reason, no retry. */
export const Forbidden: Story = {
  args: { orgId: WORLD.provisionedCustomer },
  loaders: [mockWorld({ actor: 'customer-read-only-admin' })],
  play: async ({ canvasElement }) => {
    const panel = await widgetIn(canvasElement, 'onramp-subscription-panel');
    await waitFor(() =>
      expect(textOf(panel, '[role="alert"]')).toBe(
        'A read-only admin of the customer organization has no access to the contact-center service.',
      ),
    );
    await expect(inside(panel).queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/** A wholesale customer's org has no contact-center licenses: a sentence says so, not an empty table. */
export const WithoutLicenses: Story = {
  loaders: [
    mockWorld({
      prepare: async (world) => {
        const { customerId } = await onboard(world, 'Lone Mill GmbH', 'DE');
        world.advance(3 * 60_000);
        const orgId = world.app.store.customers.get(customerId)?.orgId;
        if (!orgId) throw new Error('The onboarded customer has no org yet.');
        return { orgId };
      },
    }),
  ],
  play: async ({ canvasElement }) => {
    const panel = await widgetIn(canvasElement, 'onramp-subscription-panel');
    await waitFor(() =>
      expect(textOf(panel, '#licenses')).toBe('This subscription has no contact-center licenses.'),
    );
    await expect(panel.shadowRoot!.querySelector('table#licenses')).toBeNull();
  },
};

/** Nobody decides the review in 72 hours: onboarding ends in an error. */
export const RplReviewTimesOut: Story = {
  loaders: [mockWorld({ prepare: (world) => onboard(world, 'Shuk rpl-timeout Ltd', 'DE') })],
  play: async ({ canvasElement, loaded }) => {
    const panel = await widgetIn(canvasElement, 'onramp-subscription-panel');
    await waitFor(() => expect(status(panel)).toBe('Pending compliance review'));
    worldOf(loaded).advance(72 * 60 * 60_000 + 60_000);
    await waitFor(() => expect(status(panel)).toBe('Error'));
  },
};

/** Retry after an outage: the same panel loads once the service is back. */
export const RetryAfterOutage: Story = {
  ...LoadError,
  play: async (context) => {
    await LoadError.play?.(context);
    const panel = await widgetIn(context.canvasElement, 'onramp-subscription-panel');
    worldOf(context.loaded).app.faults.clear();
    await userEvent.click(inside(panel).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(status(panel)).toBe('Provisioned'));
  },
};

/** Opens *Change billing address* on a provisioned customer and puts `city` in the city field. */
async function openAddressForm(panel: HTMLElement, city: string) {
  await userEvent.click(await inside(panel).findByRole('button', { name: 'Change billing address' }));
  const field = await waitFor(() => {
    const found = panel.shadowRoot?.querySelector<HTMLInputElement>('#address-city');
    if (!found) throw new Error('the address form is not open yet');
    return found;
  });
  // What is there, selected and typed over (userEvent.clear cannot focus inside a shadow root).
  await userEvent.type(field, city || '{Backspace}', {
    initialSelectionStart: 0,
    initialSelectionEnd: field.value.length,
  });
}

/**
 * *Change billing address* with the city left empty: the error sits on its field, which takes the
 * focus; the note says the change re-runs the restricted-party check.
 */
export const ChangeAddressWithError: Story = {
  loaders: [mockWorld({ prepare: (world) => seededCustomer(world, 'provisioned') })],
  play: async ({ canvasElement }) => {
    const panel = await widgetIn(canvasElement, 'onramp-subscription-panel');
    await openAddressForm(panel, '');
    await userEvent.click(inside(panel).getByRole('button', { name: 'Save address' }));
    await shows(panel, 'This field is required.', '#address-city-error');
    await expect(panel.shadowRoot!.activeElement?.id).toBe('address-city');
  },
};

/**
 * Save meets a 429 asking to wait 30 seconds: Save waits with a countdown beside it (its start and
 * end said in the section's status region); what was typed stays.
 */
export const ChangeAddressRateLimited: Story = {
  loaders: [
    mockWorld({
      prepare: (world) => seededCustomer(world, 'provisioned'),
      faults: [{ route: 'updateWholesaleCustomer', rule: { forceStatus: 429, retryAfterSeconds: 30 } }],
    }),
  ],
  play: async ({ canvasElement }) => {
    const panel = await widgetIn(canvasElement, 'onramp-subscription-panel');
    await openAddressForm(panel, 'Potsdam');
    await userEvent.click(inside(panel).getByRole('button', { name: 'Save address' }));
    await shows(panel, 'Too many requests; you can try again in', '#address-rate-limit');
    await expect(inside(panel).getByRole('button', { name: 'Save address' })).toBeDisabled();
    await expect(panel.shadowRoot!.getElementById('address-city')).toHaveValue('Potsdam');
  },
};

/**
 * The design page (issue 22): this state in light, dark and high-contrast, English and Hebrew,
 * comfortable and compact, at 375 and 1280 px side by side, for a designer to review in one place.
 */
export const Design: Story = {
  loaders: [mockWorld({ prepare: (world) => seededCustomer(world, 'provisioned') })],
  render: (args, context) => designPage(() => meta.render(args, context)),
  parameters: designPageParameters,
  play: (context) => playDesignPage(context, 'onramp-subscription-panel'),
};
