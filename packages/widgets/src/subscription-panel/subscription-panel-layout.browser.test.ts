import { WORLD } from '@onramp/mock-server';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/axe.js';
import { mockFetch } from '../../test/mock-fetch.js';
import { mockClient, until } from '../../test/widget-harness.js';
import './onramp-subscription-panel.js';
import type { OnrampSubscriptionPanel } from './subscription-panel.js';

// The panel's layout (issue 22) on a phone and a desktop, left to right and right to left: the
// summary comes first, and nothing (a long e-mail, a service's message, a usage table) reaches out of
// the panel's frame or makes the page scroll sideways. Both views: a wholesale customer (its
// lifecycle, billing address and account) and an org's account with six administrators.

/** Both panels, mounted in a page with margins as a portal shows them, loaded to their admins. */
async function mountBoth(width: number, lang: string) {
  await page.viewport(width, 900);
  document.documentElement.lang = lang;
  const harness = mockFetch();
  const client = mockClient('partner-full-admin', harness);
  const { data } = await client.raw.GET('/wholesale/customers', {
    params: { query: { status: ['provisioned'] } },
  });
  const main = document.createElement('main');
  main.style.padding = '0 1rem';
  document.body.append(main);
  const panels = [{ customerId: data?.items?.[0]?.id }, { orgId: WORLD.provisionedCustomer }].map((props) => {
    const panel = document.createElement('onramp-subscription-panel');
    Object.assign(panel, { client, pollInterval: 60_000, ...props });
    main.append(panel);
    return panel;
  });
  for (const panel of panels)
    await until(
      panel,
      () =>
        !!panel.shadowRoot?.querySelector('#admins') &&
        panel.shadowRoot.querySelector('[part="base"]')?.getAttribute('lang') === lang,
      `the ${lang} panel`,
    );
  return panels;
}

/** Every box of the panel that reaches outside its frame or the viewport. */
function outside(panel: OnrampSubscriptionPanel, width: number): string[] {
  const frame = panel.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
  const problems: string[] = [];
  for (const element of panel.shadowRoot!.querySelectorAll<HTMLElement>(
    'h2, h3, h4, h5, p, dt, dd, li, span, bdi, table, th, td, meter, onramp-status-badge, button',
  )) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || element.classList.contains('visually-hidden')) continue;
    if (box.left < Math.max(0, frame.left) - 1 || box.right > Math.min(width, frame.right) + 1)
      problems.push(
        `<${element.localName} id="${element.id}"> "${element.textContent?.trim().slice(0, 30)}": ${box.left}–${box.right}`,
      );
  }
  return problems;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('<onramp-subscription-panel> layout', () => {
  it.each([
    [375, 'en'],
    [1280, 'en'],
    [375, 'he'],
    [1280, 'he'],
  ])('at %ipx (%s): the summary first, no horizontal overflow, axe-clean', async (width, lang) => {
    const panels = await mountBoth(width, lang);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    for (const panel of panels) {
      const root = panel.shadowRoot!;
      expect(outside(panel, width)).toEqual([]);
      // The summary is the first thing under the title, above every section, in reading order too.
      const summary = root.querySelector('#summary')!;
      const sections = [...root.querySelectorAll('[part="section"]')];
      expect(sections.length).toBeGreaterThan(0);
      expect(root.querySelector('h2')?.nextElementSibling).toBe(summary);
      for (const section of sections) {
        expect(summary.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
        expect(summary.getBoundingClientRect().bottom).toBeLessThanOrEqual(
          section.getBoundingClientRect().top,
        );
      }
      // On a desktop the cards sit side by side; on a phone they still fit the frame.
      const cards = [...summary.children].map((card) => card.getBoundingClientRect());
      if (width === 1280) expect(cards[1]?.top).toBe(cards[0]?.top);
      // The numbers of a usage table line up: tabular figures.
      const cell = root.querySelector('#packages td')!;
      expect(getComputedStyle(cell).fontVariantNumeric).toBe('tabular-nums');
      // Each administrator's role and verification start at the same place on every row.
      const starts = [...root.querySelectorAll('#admins li')].map((row) =>
        Math.round(row.children[1]!.getBoundingClientRect()[lang === 'he' ? 'right' : 'left']),
      );
      expect(new Set(starts).size).toBe(1);
      expect(getComputedStyle(root.querySelector('[part="base"]')!).direction).toBe(
        lang === 'he' ? 'rtl' : 'ltr',
      );
      await expectNoAxeViolations(panel);
    }
  });

  it.each(['light', 'dark', 'high-contrast'] as const)('theme="%s": both views axe-clean', async (theme) => {
    const panels = await mountBoth(1280, 'en');
    for (const panel of panels) {
      panel.theme = theme;
      await panel.updateComplete;
      await expectNoAxeViolations(panel);
    }
    const surface = getComputedStyle(panels[1]!.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
    expect(surface).toBe(
      { light: 'rgb(255, 255, 255)', dark: 'rgb(22, 27, 34)', 'high-contrast': 'rgb(0, 0, 0)' }[theme],
    );
  });
});

describe('<onramp-subscription-panel> status badges in a themed panel', () => {
  it("follow the panel's theme: dark badges in a dark panel, and back when the theme goes", async () => {
    const [panel] = await mountBoth(1280, 'en');
    const badges = () => [...panel!.shadowRoot!.querySelectorAll<HTMLElement>('onramp-status-badge')];
    const surface = (badge: HTMLElement) => getComputedStyle(badge).getPropertyValue('--_surface').trim();
    expect(badges().length).toBeGreaterThan(0);
    const light = surface(badges()[0]!);
    panel!.theme = 'dark';
    await panel!.updateComplete;
    for (const badge of badges()) expect(badge.getAttribute('theme')).toBe('dark');
    expect(surface(badges()[0]!)).not.toBe(light);
    await expectNoAxeViolations(panel!);
    panel!.theme = undefined;
    await panel!.updateComplete;
    for (const badge of badges()) expect(badge.hasAttribute('theme')).toBe(false);
    expect(surface(badges()[0]!)).toBe(light);
  });
});
