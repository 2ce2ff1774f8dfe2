/// <reference types="@vitest/browser-playwright" />
import type { ProvisionCustomerRequest } from '@onramp/contract';
import { WORLD } from '@onramp/mock-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import '../src/customer-onboarding/onramp-customer-onboarding.js';
import '../src/setup-prompt/onramp-setup-prompt.js';
import '../src/setup-wizard/onramp-setup-wizard.js';
import '../src/status-badge/onramp-status-badge.js';
import '../src/subscription-panel/onramp-subscription-panel.js';
import { expectNoAxeViolations } from './axe.js';
import { BASE_URL, mockFetch } from './mock-fetch.js';
import { mountEditor } from './role-editor-harness.js';
import { mockClient, until } from './widget-harness.js';

// Forced colours (Windows contrast themes) and the high-contrast preset (issue 22, decision 0065):
// every control keeps a visible edge, the focus ring shows, and a state drawn with a background (the
// chosen filter, the provisioning bar, a badge's dot) is still told apart. Chromium emulates
// `forced-colors: active` through the DevTools protocol, as a Windows contrast theme sets it.

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function mounted<T extends Widget>(tag: string, props: object, ready: (w: T) => boolean) {
  const widget = Object.assign(document.createElement(tag), props) as T;
  document.body.append(widget);
  await until(widget, () => ready(widget), `${tag} rendered`);
  return widget;
}

const shows = (selector: string) => (w: Widget) => !!w.shadowRoot?.querySelector(selector);

/** One of each widget, in a state that shows its controls and the states it draws with colour. */
const widgets: Record<string, () => Promise<Widget>> = {
  'setup-prompt': () => mounted('onramp-setup-prompt', { kind: 'trial' }, shows('button')),
  'status-badge': async () => {
    const badge = await mounted('onramp-status-badge', { tone: 'success' }, shows('[part="dot"]'));
    badge.textContent = 'Provisioned';
    return badge;
  },
  'role-editor': async () => (await mountEditor('partner-full-admin')).editor,
  'subscription-panel': async () => {
    // A wholesale customer's panel, its billing address open for editing: fields, lists, buttons.
    const harness = mockFetch();
    const client = mockClient('partner-full-admin', harness);
    const body: ProvisionCustomerRequest = {
      provisioningId: 'prov-1',
      packages: ['webex_suite'],
      externalId: 'ext-contrast',
      address: { addressLine1: '1 Main St', city: 'Town', zipOrPostalCode: '10115', country: 'DE' },
      customerInfo: { name: 'Contrast Bakery', primaryEmail: 'admin@example.com' },
      provisioningParameters: { packages: { limits: { webex_suite: 25 } } },
    };
    const { data } = await client.raw.POST('/wholesale/customers', { body });
    const customerId = data?.url?.split('/').pop();
    // Provisioned after three minutes of the mock's clock: only then may the address change.
    await harness.fetch(`${new URL(BASE_URL).origin}/_mock/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ms: 3 * 60_000 }),
    });
    const panel = await mounted<Widget>(
      'onramp-subscription-panel',
      { client, customerId, pollInterval: 60_000 },
      shows('#change-address'),
    );
    panel.shadowRoot!.querySelector<HTMLButtonElement>('#change-address')!.click();
    await until(panel, () => !!panel.shadowRoot!.querySelector('#address-save'), 'the address form');
    return panel;
  },
  'setup-wizard': () =>
    mounted(
      'onramp-setup-wizard',
      { client: mockClient('partner-full-admin'), orgId: WORLD.trialCustomer, pollInterval: 60_000 },
      shows('[part="steps"] [aria-current="step"]'),
    ),
  'setup-wizard, provisioning': () =>
    mounted(
      'onramp-setup-wizard',
      { client: mockClient('partner-full-admin'), orgId: WORLD.provisioningCustomer, pollInterval: 60_000 },
      shows('[part="progress-bar"]'),
    ),
  'customer-onboarding': () =>
    mounted('onramp-customer-onboarding', { client: mockClient('partner-full-admin') }, shows('select')),
};

/** The controls a user sees and operates (not the hidden, not the native radio and check boxes). */
function controls(widget: Widget): HTMLElement[] {
  return [
    ...widget.shadowRoot!.querySelectorAll<HTMLElement>(
      'button, select, textarea, input:not([type="radio"], [type="checkbox"], [type="hidden"], [type="file"])',
    ),
  ].filter((element) => element.getBoundingClientRect().width > 0);
}

const opaque = (colour: string) => colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour);

/** How a control's edge shows: every side's border, or else an outline, or a link's underline. */
function edgeOf(element: HTMLElement): string | undefined {
  const style = getComputedStyle(element);
  const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
  const bordered = sides.every(
    (side) =>
      style[`border${side}Style`] !== 'none' &&
      Number.parseFloat(style[`border${side}Width`]) >= 1 &&
      opaque(style[`border${side}Color`]),
  );
  const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1;
  // A button drawn as a link (a user's name in the role editor) shows as forced colours draw links.
  const link = style.textDecorationLine.includes('underline');
  return bordered ? 'border' : outlined ? 'outline' : link ? 'underline' : undefined;
}

function describeControl(element: HTMLElement) {
  return `<${element.localName}${element.id ? `#${element.id}` : ''}> "${element.textContent?.trim().slice(0, 30) ?? ''}"`;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('under forced-colors: active', () => {
  beforeAll(async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
  });
  afterAll(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  it('is emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  });

  it.each(Object.keys(widgets))(
    '%s: every control has an edge and a focus ring, and is axe-clean',
    async (name) => {
      const widget = await widgets[name]!();
      const found = controls(widget);
      if (!['status-badge', 'setup-wizard, provisioning'].includes(name))
        expect(found.length).toBeGreaterThan(0);
      expect(found.filter((c) => !edgeOf(c)).map(describeControl)).toEqual([]);
      for (const control of found.slice(0, 12)) {
        if ((control as HTMLButtonElement).disabled) continue;
        control.focus({ focusVisible: true } as FocusOptions);
        const style = getComputedStyle(control);
        expect(
          style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
          `focus ring of ${describeControl(control)}`,
        ).toBe(true);
      }
      await expectNoAxeViolations(widget);
    },
  );

  it('role editor: the chosen filter is told apart from the others', async () => {
    const editor = await widgets['role-editor']!();
    const chosen = editor.shadowRoot!.querySelector('.segment.on')!;
    const other = editor.shadowRoot!.querySelector('.segment:not(.on):not(.off)')!;
    expect(getComputedStyle(chosen).backgroundColor).not.toBe(getComputedStyle(other).backgroundColor);
  });

  it('setup wizard: the current step is outlined and the progress bar painted', async () => {
    const wizard = await widgets['setup-wizard, provisioning']!();
    const current = wizard.shadowRoot!.querySelector('[aria-current="step"]')!;
    expect(getComputedStyle(current).outlineStyle).not.toBe('none');
    const bar = wizard.shadowRoot!.querySelector('[part="progress-bar"]')!;
    const track = wizard.shadowRoot!.querySelector('[part="progress"]')!;
    expect(getComputedStyle(bar).backgroundColor).not.toBe(getComputedStyle(track).backgroundColor);
  });

  it("status badge: the tone's dot stays painted", async () => {
    const badge = await widgets['status-badge']!();
    const dot = badge.shadowRoot!.querySelector('[part="dot"]')!;
    const base = badge.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(dot).backgroundColor).not.toBe(getComputedStyle(base).backgroundColor);
  });
});

describe('theme="high-contrast"', () => {
  it.each(Object.keys(widgets))('%s: white on black, edges on every control, axe-clean', async (name) => {
    const widget = await widgets[name]!();
    widget.setAttribute('theme', 'high-contrast');
    await widget.updateComplete;
    expect(getComputedStyle(widget).color).toBe('rgb(255, 255, 255)');
    expect(
      controls(widget)
        .filter((c) => !edgeOf(c))
        .map(describeControl),
    ).toEqual([]);
    await expectNoAxeViolations(widget);
  });
});

// The user's own `prefers-contrast: more` selects the same preset, unless the page set a theme on
// the element (decision 0070). Chromium emulates the preference through the DevTools protocol.
describe('under prefers-contrast: more', () => {
  beforeAll(async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-contrast', value: 'more' }],
    });
  });
  afterAll(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  it('is emulated', () => {
    expect(matchMedia('(prefers-contrast: more)').matches).toBe(true);
  });

  it.each(Object.keys(widgets))(
    '%s, no theme set: the high-contrast preset, edges on every control, axe-clean',
    async (name) => {
      const widget = await widgets[name]!();
      expect(widget.hasAttribute('theme')).toBe(false);
      expect(getComputedStyle(widget).color).toBe('rgb(255, 255, 255)');
      expect(getComputedStyle(widget).getPropertyValue('--_border-width').trim()).toBe('2px');
      expect(
        controls(widget)
          .filter((c) => !edgeOf(c))
          .map(describeControl),
      ).toEqual([]);
      await expectNoAxeViolations(widget);
    },
  );

  it.each(['light', 'dark'] as const)(
    'a theme set by the page (%s) wins over the preference',
    async (theme) => {
      const widget = await widgets['subscription-panel']!();
      widget.setAttribute('theme', theme);
      await widget.updateComplete;
      expect(getComputedStyle(widget).color).toBe(
        theme === 'light' ? 'rgb(27, 35, 48)' : 'rgb(232, 237, 243)',
      );
      expect(getComputedStyle(widget).getPropertyValue('--_border-width').trim()).toBe('1px');
      await expectNoAxeViolations(widget);
    },
  );
});
