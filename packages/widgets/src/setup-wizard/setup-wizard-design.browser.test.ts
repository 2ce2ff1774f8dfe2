import { WORLD } from '@onramp/mock-server';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/axe.js';
import { mockFetch } from '../../test/mock-fetch.js';
import { buttonLabelled, mockClient, shadowText, until } from '../../test/widget-harness.js';
import './onramp-setup-wizard.js';
import type { OnrampSetupWizard } from './setup-wizard.js';

// The wizard laid out (issue 22): provisioning as a timeline of the domain's stages, each state in
// words, the running one current, a stage said once when it starts; Review as a grid of sections,
// two columns on a wide wizard and one on a phone, in both directions.

const MINUTE = 60_000;
const root = (wizard: OnrampSetupWizard) => wizard.shadowRoot!;
const heading = (wizard: OnrampSetupWizard) =>
  root(wizard).querySelector('#step-heading')?.textContent?.trim();

async function mount(orgId: string, lang = 'en', harness = mockFetch()) {
  document.documentElement.lang = lang;
  const wizard = Object.assign(document.createElement('onramp-setup-wizard'), {
    client: mockClient('partner-full-admin', harness),
    orgId,
    pollInterval: 10,
  });
  document.body.append(wizard);
  const dir = lang === 'he' ? 'rtl' : 'ltr';
  await until(
    wizard,
    () => !!heading(wizard) && root(wizard).querySelector('[part="base"]')?.getAttribute('dir') === dir,
    'the first step, in its language',
  );
  return { wizard, harness };
}

/** Each stage of the timeline as "name: state in words", the current one marked. */
const timeline = (wizard: OnrampSetupWizard) =>
  [...root(wizard).querySelectorAll('[part="timeline"] li')].map((li) => {
    const [name, state] = [...li.querySelectorAll('span')].map((span) => span.textContent?.trim());
    return `${name}: ${state}${li.getAttribute('aria-current') === 'step' ? ' (current)' : ''}`;
  });

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
  sessionStorage.clear();
});
afterAll(() => page.viewport(414, 896));

describe('<onramp-setup-wizard>: the provisioning timeline', () => {
  it('shows a failed run on Review, then each stage of a new run as it starts, said once each', async () => {
    const { wizard, harness } = await mount(WORLD.failedCustomer);
    await until(wizard, () => heading(wizard) === 'Review', 'Review');
    expect(timeline(wizard)).toEqual([
      'Contact-center tenant: Failed',
      'Webex Engage and Webex Connect: Not started',
      'Admin sync with Webex Connect: Not started',
    ]);
    await expectNoAxeViolations(wizard);

    const said: string[] = [];
    const region = root(wizard).querySelector('#announcement')!;
    new MutationObserver(() => said.push(region.textContent?.trim() ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    buttonLabelled(wizard, 'Submit').click();
    await until(wizard, () => heading(wizard) === 'Provisioning', 'provisioning');
    expect(timeline(wizard)).toEqual([
      'Contact-center tenant: In progress (current)',
      'Webex Engage and Webex Connect: Not started',
      'Admin sync with Webex Connect: Not started',
    ]);
    await expectNoAxeViolations(wizard);

    harness.app.clock.advance(2 * MINUTE);
    await until(wizard, () => timeline(wizard)[1]?.endsWith('(current)') === true, 'the digital services');
    expect(timeline(wizard)).toEqual([
      'Contact-center tenant: Done',
      'Webex Engage and Webex Connect: In progress (current)',
      'Admin sync with Webex Connect: Not started',
    ]);
    harness.app.clock.advance(2.5 * MINUTE);
    await until(wizard, () => timeline(wizard)[2]?.endsWith('(current)') === true, 'the admin sync');
    // Polls every 10 ms meanwhile: the percent changed many times and was never said.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(said.filter(Boolean)).toEqual([
      'Provisioning. Step 8 of 9',
      'In progress: Webex Engage and Webex Connect',
      'In progress: Admin sync with Webex Connect',
    ]);
    await expectNoAxeViolations(wizard);

    harness.app.clock.advance(MINUTE);
    await until(wizard, () => heading(wizard) === 'Order summary', 'the end');
    expect(root(wizard).querySelector('[part="timeline"]')).toBeNull();
  });

  it.each(['light', 'dark', 'high-contrast'])('is axe-clean in the %s theme, in Hebrew', async (theme) => {
    const { wizard } = await mount(WORLD.provisioningCustomer, 'he');
    wizard.setAttribute('theme', theme);
    await until(wizard, () => timeline(wizard).length === 3, 'the timeline');
    expect(root(wizard).querySelectorAll('[part="timeline"] [aria-current="step"]')).toHaveLength(1);
    await expectNoAxeViolations(wizard);
  });
});

describe('<onramp-setup-wizard>: Review as a summary', () => {
  const sections = (wizard: OnrampSetupWizard) => [
    ...root(wizard).querySelectorAll<HTMLElement>('[part="review-section"]'),
  ];

  it.each([
    [1280, 'en'],
    [1280, 'he'],
    [375, 'en'],
    [375, 'he'],
  ] as const)(
    'at %i px (%s): two columns when wide, one on a phone, nothing overflows',
    async (width, lang) => {
      await page.viewport(width, 900);
      const { wizard } = await mount(WORLD.failedCustomer, lang);
      await until(wizard, () => sections(wizard).length > 0, 'Review');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const boxes = sections(wizard).map((section) => section.getBoundingClientRect());
      const columns = new Set(boxes.map((box) => Math.round(box.left)));
      // The order spans the grid; the answers after it pair up when wide.
      expect(columns.size, shadowText(wizard)).toBe(width > 600 ? 2 : 1);
      if (width > 600) {
        const [order, calling, country] = boxes;
        expect(Math.round(calling!.top)).toBe(Math.round(country!.top));
        expect(order!.width).toBeGreaterThan(calling!.width * 1.8);
        // The reading order follows the direction: the first of a pair is on the start side.
        expect(lang === 'he' ? calling!.left > country!.left : calling!.left < country!.left).toBe(true);
      }
      const base = root(wizard).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      for (const section of sections(wizard))
        expect(section.scrollWidth, section.textContent ?? '').toBeLessThanOrEqual(section.clientWidth + 1);
      // "Go back and edit" for each answer a step changes, named after its step; the order, the SIP
      // address and the confirmed country have none.
      const edits = [...root(wizard).querySelectorAll('[part="review-section"] button')].map((b) =>
        b.getAttribute('aria-label'),
      );
      expect(edits).toHaveLength(3);
      await expectNoAxeViolations(wizard);
    },
  );
});
