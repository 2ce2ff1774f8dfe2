import type { SetupStep } from '@onramp/contract';
import {
  type ActorToken,
  designPage,
  designPageParameters,
  expect,
  expectOk,
  fn,
  inside,
  type Meta,
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
  walkSetupTo,
  widgetIn,
  worldOf,
} from '@onramp/story-kit';
import './onramp-setup-wizard.js';
import type { OnrampSetupWizard } from './setup-wizard.js';

/**
 * The services setup wizard (DOMAIN §1.2) of a seeded customer org, as the partner's full admin.
 * Each step is reached through the mock's API, the way an admin's earlier answers got there.
 */
const meta = {
  title: 'Widgets/Setup wizard',
  component: 'onramp-setup-wizard',
  render: renderWidget('onramp-setup-wizard'),
  args: { orgId: WORLD.trialCustomer, pollInterval: 200 },
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const currentStep = (wizard: HTMLElement) => textOf(wizard, '[part="steps"] [aria-current="step"]');
const settled = (wizard: HTMLElement, step: string) => waitFor(() => expect(currentStep(wizard)).toBe(step));

/** The wizard of `orgId`, walked to `step` through the API before it renders. */
const atStep = (
  step: SetupStep,
  label: string,
  { orgId = WORLD.trialCustomer, actor = 'partner-full-admin' as ActorToken } = {},
): Story => ({
  args: { orgId },
  loaders: [
    mockWorld({
      actor,
      prepare: async (world) => {
        await walkSetupTo(world.as(actor), orgId, step);
        return undefined;
      },
    }),
  ],
  play: async ({ canvasElement }) => settled(await widgetIn(canvasElement, 'onramp-setup-wizard'), label),
});

export const Summary = atStep('summary', 'Summary');
export const CallingSetup = atStep('calling', 'Calling setup');
export const CountryOfOperation = atStep('country', 'Country of operation');
export const TenantTimeZone = atStep('time_zone', 'Tenant time zone');
export const Platform = atStep('platform', 'Platform');
export const Telephony = atStep('telephony', 'Telephony');
/** India takes no trials: Save answers "incompatible location", said beside the country (DOMAIN §1.2). */
export const IncompatibleLocation: Story = {
  ...atStep('country', 'Country of operation'),
  play: async ({ canvasElement }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await settled(wizard, 'Country of operation');
    const select = wizard.shadowRoot!.querySelector<HTMLSelectElement>('#country')!;
    await userEvent.selectOptions(select, 'IN');
    await userEvent.click(inside(wizard).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(textOf(wizard, '#country-error')).toMatch(/^Incompatible location/));
    await expect(select).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Back at the country once it is confirmed: it can never change, and the list says so. */
export const CountryLocked: Story = {
  args: { orgId: WORLD.trialCustomer },
  loaders: [
    mockWorld({
      prepare: async (world) => {
        const client = world.as('partner-full-admin');
        await walkSetupTo(client, WORLD.trialCustomer, 'time_zone');
        await expectOk(
          'back to the country',
          client.PUT('/organizations/{orgId}/setup/currentStep', {
            params: { path: { orgId: WORLD.trialCustomer } },
            body: { step: 'country' },
          }),
        );
        return undefined;
      },
    }),
  ],
  play: async ({ canvasElement }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await settled(wizard, 'Country of operation');
    await expect(wizard.shadowRoot!.querySelector('#country')).toBeDisabled();
    await expect(textOf(wizard, '#country-locked')).toBe(
      'The country of operation is confirmed and can no longer be changed.',
    );
    await expect(inside(wizard).queryByRole('button', { name: 'Save' })).toBeNull();
  },
};

/** The Cisco PSTN add-on is sold for the US only: another country is refused before Save, with why. */
export const CountryRefusedByPstnAddOn: Story = {
  ...atStep('country', 'Country of operation', { orgId: WORLD.pstnCustomer }),
  play: async ({ canvasElement }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await settled(wizard, 'Country of operation');
    await userEvent.selectOptions(wizard.shadowRoot!.querySelector<HTMLSelectElement>('#country')!, 'CA');
    await waitFor(() =>
      expect(wizard.shadowRoot!.querySelector('#country-pstn')).toHaveAttribute('part', 'error'),
    );
    await expect(inside(wizard).getByRole('button', { name: 'Save' })).toBeDisabled();
  },
};

/** Harbour Freight US ordered the Cisco PSTN add-on: the telephony option is fixed. */
export const TelephonyLockedByPstnAddOn = atStep('telephony', 'Telephony', { orgId: WORLD.pstnCustomer });
/**
 * Gulf Trading Co (Kuwait): the Gulf region offers no VPOP telephony, and the org has no Webex
 * Calling subscription, so Webex Calling is shown disabled, with why (DOMAIN §1.3).
 */
export const TelephonyInTheGulfRegion: Story = {
  ...atStep('telephony', 'Telephony', { orgId: WORLD.gulfCustomer }),
  play: async ({ canvasElement }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await settled(wizard, 'Telephony');
    const webexCalling = wizard.shadowRoot!.querySelector<HTMLInputElement>('input[value="webex_calling"]');
    await expect(webexCalling).toBeDisabled();
    await expect(textOf(wizard, '#telephony-note-webex_calling')).toBe(
      'Not available: this organization has no active Webex Calling subscription.',
    );
    await expect(wizard.shadowRoot!.querySelector('input[value="third_party_via_vpop"]')).toBeNull();
  },
};
/** Insight AI Corp has CCAI: the wizard has no time-zone step. */
export const CcaiWithoutTimeZoneStep = atStep('platform', 'Platform', { orgId: WORLD.ccaiCustomer });
export const Review = atStep('review', 'Review');
/** Submitted: the tenant is being provisioned (the mock's clock stands still in this story). */
export const Provisioning = atStep('provisioning', 'Provisioning');

/** The irreversible country confirmation, opened by saving the country. */
export const CountryConfirmation: Story = {
  ...atStep('country', 'Country of operation'),
  play: async ({ canvasElement }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await settled(wizard, 'Country of operation');
    await userEvent.click(inside(wizard).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(wizard.shadowRoot!.querySelector('dialog')?.open).toBe(true));
  },
};

/** Berlin Bakery GmbH finished its setup: the order summary to download. */
export const Completed: Story = {
  args: { orgId: WORLD.provisionedCustomer },
  loaders: [mockWorld()],
  play: async ({ canvasElement }) =>
    settled(await widgetIn(canvasElement, 'onramp-setup-wizard'), 'Order summary'),
};

/**
 * Gulf Trading Co, provisioned on the 1.0 platform: "Set up Webex Contact Center" is left to do.
 * As the partner's admin, chat is refused before the click (the customer's admin must); without
 * chat it runs, and the wizard says the tenant is set up.
 */
export const SetUpWebexContactCenter: Story = {
  args: { orgId: WORLD.gulfCustomer },
  loaders: [
    mockWorld({
      prepare: async (world) => {
        await walkSetupTo(world.as('partner-full-admin'), WORLD.gulfCustomer, 'provisioning');
        world.advance(60 * 60_000);
        return undefined;
      },
    }),
  ],
  play: async ({ canvasElement, step }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await settled(wizard, 'Order summary');
    const run = () => inside(wizard).getByRole('button', { name: 'Set up Webex Contact Center' });
    await step('Chat, asked by the partner', async () => {
      await waitFor(() => expect(run()).toBeEnabled());
      await userEvent.click(inside(wizard).getByRole('checkbox', { name: 'The customer needs chat' }));
      await waitFor(() =>
        expect(textOf(wizard, '#tenant-refusal')).toBe('With chat, a customer administrator must do this.'),
      );
      await expect(run()).toBeDisabled();
    });
    await step('Without chat', async () => {
      await userEvent.click(inside(wizard).getByRole('checkbox', { name: 'The customer needs chat' }));
      await userEvent.click(run());
      await waitFor(() => expect(textOf(wizard, '#tenant-status')).toBe('Webex Contact Center is set up.'));
    });
  },
};

/** Broken Arrow Inc's provisioning failed. */
export const ProvisioningFailed: Story = {
  args: { orgId: WORLD.failedCustomer },
  loaders: [mockWorld()],
  play: async ({ canvasElement }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await waitFor(() => expect(wizard.shadowRoot!.querySelector('#step-heading')).not.toBeNull());
  },
};

/** The setup has not answered yet. */
export const Loading: Story = {
  loaders: [mockWorld({ faults: [{ route: 'getSetup', rule: NEVER_ANSWERS }] })],
  play: async ({ canvasElement }) => shows(await widgetIn(canvasElement, 'onramp-setup-wizard'), 'Loading'),
};

/** The service is down (503): what went wrong, and a retry. */
export const LoadError: Story = {
  loaders: [mockWorld({ faults: [{ route: 'getSetup', rule: OUTAGE }] })],
  play: async ({ canvasElement }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await waitFor(() => expect(inside(wizard).getByRole('alert')).toBeVisible());
    await expect(inside(wizard).getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

/** An admin of another org may not set this one up (403): no retry is offered. */
export const NotAllowed: Story = {
  loaders: [mockWorld({ actor: 'external-read-only-admin' })],
  play: async ({ canvasElement }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await waitFor(() => expect(inside(wizard).getByRole('alert')).toBeVisible());
    await expect(inside(wizard).queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/** Forward and back through the first steps with the keyboard-reachable buttons; each move is an event. */
export const StepsForwardAndBack: Story = {
  args: { onStepChange: fn() },
  loaders: [mockWorld()],
  render: (args, context) => {
    const wizard = renderWidget('onramp-setup-wizard')(args, context);
    wizard.addEventListener('onramp-setup-step-change', args.onStepChange as (event: Event) => void);
    return wizard;
  },
  play: async ({ canvasElement, args, step }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    const screen = inside(wizard);
    await settled(wizard, 'Summary');
    await step('Set up → Calling setup', async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Set up' }));
      await settled(wizard, 'Calling setup');
    });
    await step('Back → Summary', async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Back' }));
      await settled(wizard, 'Summary');
    });
    await step('Set up, Next → Country of operation', async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Set up' }));
      await settled(wizard, 'Calling setup');
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));
      await settled(wizard, 'Country of operation');
    });
    await step('Save and confirm the country → Tenant time zone', async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      const dialog = await waitFor(() => {
        const found = wizard.shadowRoot!.querySelector('dialog');
        if (!found?.open) throw new Error('the confirmation is not open');
        return found;
      });
      const confirm = [...dialog.querySelectorAll('button')].find((b) => b.matches('[part~="primary"]'));
      await userEvent.click(confirm!);
      await settled(wizard, 'Tenant time zone');
    });
    const steps = (args.onStepChange as ReturnType<typeof fn>).mock.calls.map(
      ([event]) => (event as { step: string }).step,
    );
    await expect(steps).toEqual(['calling', 'summary', 'calling', 'country', 'time_zone']);
  },
};

/** Submit from the review, then follow provisioning as the mock's clock moves on to the order summary. */
export const SubmitAndProvision: Story = {
  ...atStep('review', 'Review'),
  args: { onSubmit: fn(), onComplete: fn() },
  render: (args, context) => {
    const wizard = renderWidget('onramp-setup-wizard')(args, context) as OnrampSetupWizard;
    wizard.addEventListener('onramp-setup-submit', args.onSubmit as (event: Event) => void);
    wizard.addEventListener('onramp-setup-complete', args.onComplete as (event: Event) => void);
    return wizard;
  },
  play: async ({ canvasElement, args, loaded, step }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await settled(wizard, 'Review');
    await step('Submit', async () => {
      await userEvent.click(inside(wizard).getByRole('button', { name: 'Submit' }));
      await settled(wizard, 'Provisioning');
      await expect(args.onSubmit).toHaveBeenCalledTimes(1);
      await expect(worldOf(loaded).requests.filter((r) => r.endsWith('/setup/submission'))).toHaveLength(1);
    });
    await step('Ten virtual minutes later', async () => {
      worldOf(loaded).advance(10 * 60_000);
      await settled(wizard, 'Order summary');
      await expect(args.onComplete).toHaveBeenCalledTimes(1);
    });
  },
};

/**
 * Submit meets a 429 asking to wait 30 seconds: Submit waits with a countdown beside it (its start
 * and end are announced politely, not each second); the answers stay on Review.
 */
export const SubmitRateLimited: Story = {
  ...atStep('review', 'Review'),
  loaders: [
    mockWorld({
      prepare: async (world) => {
        await walkSetupTo(world.as('partner-full-admin'), WORLD.trialCustomer, 'review');
        return undefined;
      },
      faults: [{ route: 'submitSetup', rule: { forceStatus: 429, retryAfterSeconds: 30 } }],
    }),
  ],
  play: async ({ canvasElement }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await settled(wizard, 'Review');
    await userEvent.click(inside(wizard).getByRole('button', { name: 'Submit' }));
    await shows(wizard, 'Too many requests; you can try again in', '#rate-limit');
    await expect(inside(wizard).getByRole('button', { name: 'Submit' })).toBeDisabled();
    await expect(currentStep(wizard)).toBe('Review');
  },
};

/** A 429 asking for 2 seconds: the wizard says it tries again by itself, then submits once. */
export const SubmitRetriedAfterShortWait: Story = {
  ...atStep('review', 'Review'),
  loaders: [
    mockWorld({
      prepare: async (world) => {
        await walkSetupTo(world.as('partner-full-admin'), WORLD.trialCustomer, 'review');
        return undefined;
      },
      faults: [{ route: 'submitSetup', rule: { forceStatus: 429, retryAfterSeconds: 2, times: 1 } }],
    }),
  ],
  play: async ({ canvasElement, loaded }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await settled(wizard, 'Review');
    await userEvent.click(inside(wizard).getByRole('button', { name: 'Submit' }));
    await shows(wizard, 'trying again by itself in 2 seconds', '#announcement');
    await waitFor(() => expect(currentStep(wizard)).toBe('Provisioning'));
    await expect(worldOf(loaded).requests.filter((r) => r.endsWith('/setup/submission'))).toHaveLength(2);
  },
};

const primaryBackground = (wizard: HTMLElement) =>
  getComputedStyle(wizard.shadowRoot!.querySelector('button[part~="primary"]')!).backgroundColor;

/** The toolbar's dark theme: the kit's dark scheme (axe checks its contrast like every story's). */
export const DarkTheme: Story = {
  ...Summary,
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await settled(wizard, 'Summary');
    await expect(wizard.getAttribute('theme')).toBe('dark');
    await expect(primaryBackground(wizard)).toBe('rgb(124, 180, 255)'); // the dark accent, #7cb4ff
  },
};

/** The toolbar's custom theme: a partner's brand through the public `--onramp-*` tokens only. */
export const CustomBrand: Story = {
  ...Summary,
  globals: { theme: 'custom' },
  play: async ({ canvasElement }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    await settled(wizard, 'Summary');
    await expect(primaryBackground(wizard)).toBe('rgb(107, 47, 163)'); // --onramp-color-accent: #6b2fa3
  },
};

/** The toolbar's Hebrew: translated, right to left. */
export const Hebrew: Story = {
  ...Summary,
  globals: { locale: 'he' },
  play: async ({ canvasElement }) => {
    const wizard = await widgetIn(canvasElement, 'onramp-setup-wizard');
    const base = wizard.shadowRoot!.querySelector('[part~="base"]')!;
    await waitFor(() => expect(base.getAttribute('dir')).toBe('rtl'));
    await expect(getComputedStyle(base).direction).toBe('rtl');
    await expect(currentStep(wizard)).not.toBe('Summary');
  },
};

/**
 * The design page (issue 22): this state in light, dark and high-contrast, English and Hebrew,
 * comfortable and compact, at 375 and 1280 px side by side, for a designer to review in one place.
 */
export const Design: Story = {
  ...atStep('review', 'Review'),
  render: (args, context) => designPage(() => meta.render(args, context)),
  parameters: designPageParameters,
  play: (context) => playDesignPage(context, 'onramp-setup-wizard'),
};

/** The design page of provisioning: the timeline of its stages beside the progress bar. */
export const DesignProvisioning: Story = {
  ...atStep('provisioning', 'Provisioning'),
  render: (args, context) => designPage(() => meta.render(args, context)),
  parameters: designPageParameters,
  play: (context) => playDesignPage(context, 'onramp-setup-wizard'),
};
