import {
  designPage,
  designPageParameters,
  expect,
  type Meta,
  playDesignPage,
  renderWidget,
  type StoryObj,
  widgetIn,
} from '@onramp/story-kit';
import './onramp-status-badge.js';
import { statusTones } from './status-badge.js';

/** A presentational element: its state is its `tone` and its slotted text, so args are the state. */
const meta = {
  title: 'Widgets/Status badge',
  component: 'onramp-status-badge',
  render: renderWidget('onramp-status-badge', { slot: 'label' }),
  argTypes: {
    tone: { control: 'select', options: [...statusTones] },
    label: { control: 'text', description: 'The slotted status text' },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Neutral: Story = { args: { tone: 'neutral', label: 'Trial' } };
export const Info: Story = { args: { tone: 'info', label: 'Provisioning' } };
export const Success: Story = { args: { tone: 'success', label: 'Provisioned' } };
export const Warning: Story = { args: { tone: 'warning', label: 'Pending compliance review' } };
export const Danger: Story = { args: { tone: 'danger', label: 'Error' } };

/** Long labels wrap and keep the dot round; the tone is never conveyed by colour alone. */
export const LongLabel: Story = {
  args: { tone: 'warning', label: 'Provisioned with errors: two services need attention before go-live' },
  play: async ({ canvasElement }) => {
    const badge = await widgetIn(canvasElement, 'onramp-status-badge');
    const dot = badge.shadowRoot!.querySelector<HTMLElement>('[part="dot"]')!;
    const { width, height } = dot.getBoundingClientRect();
    await expect(width).toBeCloseTo(height, 0);
  },
};

/** Every tone side by side, as the subscription panel uses them. */
export const AllTones: Story = {
  render: () => {
    const row = document.createElement('div');
    row.style.cssText = 'display: flex; gap: 0.5rem; flex-wrap: wrap';
    for (const tone of statusTones) {
      const badge = Object.assign(document.createElement('onramp-status-badge'), { tone });
      badge.textContent = tone;
      row.append(badge);
    }
    return row;
  },
};

/**
 * The design page (issue 22): this state in light, dark and high-contrast, English and Hebrew,
 * comfortable and compact, at 375 and 1280 px side by side, for a designer to review in one place.
 */
export const Design: Story = {
  args: { tone: 'success', label: 'Provisioned' },
  render: (args, context) => designPage(() => meta.render(args, context)),
  parameters: designPageParameters,
  play: (context) => playDesignPage(context, 'onramp-status-badge'),
};
