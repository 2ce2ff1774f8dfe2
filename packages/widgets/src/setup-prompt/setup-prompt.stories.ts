import {
  designPage,
  designPageParameters,
  expect,
  fn,
  inside,
  type Meta,
  playDesignPage,
  renderWidget,
  type StoryObj,
  userEvent,
  WORLD,
  waitFor,
  widgetIn,
} from '@onramp/story-kit';
import './onramp-setup-prompt.js';

/**
 * The last screen of the partner's two ways in (DOMAIN §1.1). It calls no API: its state is which
 * way the partner came (`kind`), and its answer is an event the portal acts on.
 */
const meta = {
  title: 'Widgets/Setup prompt',
  component: 'onramp-setup-prompt',
  args: { orgId: WORLD.trialCustomer, onSetupRequested: fn(), onClose: fn() },
  argTypes: { kind: { control: 'inline-radio', options: ['trial', 'order'] } },
  render: (args, context) => {
    const prompt = renderWidget('onramp-setup-prompt')(args, context);
    prompt.addEventListener('onramp-setup-requested', args.onSetupRequested as (event: Event) => void);
    prompt.addEventListener('onramp-setup-close', args.onClose as (event: Event) => void);
    return prompt;
  },
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const primaryButton = (prompt: HTMLElement) =>
  prompt.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="primary"]')!;

/** After starting a trial: set up services now, or not now. */
export const AfterTrial: Story = {
  args: { kind: 'trial' },
  play: async ({ canvasElement, args }) => {
    const prompt = await widgetIn(canvasElement, 'onramp-setup-prompt');
    await userEvent.click(inside(prompt).getByRole('button', { name: 'Not now' }));
    await expect(args.onClose).toHaveBeenCalledTimes(1);
    await userEvent.click(primaryButton(prompt));
    await expect(args.onSetupRequested).toHaveBeenCalledTimes(1);
  },
};

/** After mapping a subscription order: only "Next", which opens the setup. */
export const AfterOrderMapping: Story = {
  args: { kind: 'order', orgId: WORLD.pstnCustomer },
  play: async ({ canvasElement, args }) => {
    const prompt = await widgetIn(canvasElement, 'onramp-setup-prompt');
    await expect(inside(prompt).queryByRole('button', { name: 'Not now' })).toBeNull();
    await userEvent.click(primaryButton(prompt));
    const [event] = (args.onSetupRequested as ReturnType<typeof fn>).mock.calls[0] ?? [];
    await expect((event as { orgId: string }).orgId).toBe(WORLD.pstnCustomer);
  },
};

/** The prompt in Hebrew and the dark theme: right to left, the kit's dark scheme (axe checks contrast). */
export const HebrewDark: Story = {
  args: { kind: 'trial' },
  globals: { locale: 'he', theme: 'dark' },
  play: async ({ canvasElement }) => {
    const prompt = await widgetIn(canvasElement, 'onramp-setup-prompt');
    const base = prompt.shadowRoot!.querySelector('[part~="base"]')!;
    await waitFor(() => expect(base.getAttribute('dir')).toBe('rtl'));
    await expect(getComputedStyle(base).direction).toBe('rtl');
    await expect(prompt.getAttribute('theme')).toBe('dark');
    await expect(inside(prompt).getByRole('button', { name: 'לא עכשיו' })).toBeEnabled();
  },
};

/**
 * The design page (issue 22): this state in light, dark and high-contrast, English and Hebrew,
 * comfortable and compact, at 375 and 1280 px side by side, for a designer to review in one place.
 */
export const Design: Story = {
  args: { kind: 'trial' },
  render: (args, context) => designPage(() => meta.render(args, context)),
  parameters: designPageParameters,
  play: (context) => playDesignPage(context, 'onramp-setup-prompt'),
};
