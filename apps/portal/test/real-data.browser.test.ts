// The portal on real data (issue 21): a customer name as long as the server accepts, every screen at
// 375 and 1280 px in English and Hebrew; the selected row, the dark theme and its toggle.
import '../src/portal.css';
import { createMockFetch } from '@onramp/mock-server';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from './axe.js';
import { BASE_URL, boot, choose, connectedAs, navTo, text, unmount, until, WAIT_MS } from './harness.js';

afterEach(unmount);
afterAll(() => page.viewport(414, 896));

/** As long as `customerName` may be (200), and one word: the worst a layout can be given. */
const LONG_NAME = `Z${'a'.repeat(189)}Pizzeria`.slice(0, 200);

/** Starts a trial for `name` straight on the mock, as another tab of the portal would have. */
async function trialFor(app: ReturnType<typeof boot>['app'], name: string) {
  const response = await createMockFetch({ baseUrl: BASE_URL, app })(`${BASE_URL}/trials`, {
    method: 'POST',
    headers: { authorization: 'Bearer partner-full-admin', 'content-type': 'application/json' },
    body: JSON.stringify({
      customerName: name,
      customerAdminEmail: 'owner@long.example.com',
      country: 'US',
      trialDays: 30,
      services: ['contact_center'],
      ccai: false,
      licenses: [{ license: 'cc_standard', quantity: 25 }],
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { customerOrgId: string }).customerOrgId;
}

/** The page is no wider than the window: nothing makes the reader scroll sideways. */
function expectNoSidewaysScroll(label: string) {
  const { scrollWidth, clientWidth } = document.documentElement;
  expect(scrollWidth, `${label}: the page is ${scrollWidth} px wide in ${clientWidth}`).toBeLessThanOrEqual(
    clientWidth,
  );
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe.each([375, 1280])('the portal at %i px on real data', (width) => {
  it.each(['en', 'he'])('holds a 200-character customer name on every screen (%s)', async (lang) => {
    await page.viewport(width, 800);
    const { root, portal, app } = boot();
    const orgId = await trialFor(app, LONG_NAME);
    await connectedAs(root, 'Acme Telecom');
    if (lang === 'he') choose(root.querySelector<HTMLSelectElement>('#lang')!, 'he');
    await until(() => root.querySelector(`#pick-${CSS.escape(orgId)}`), 'the long-named customer');
    root.querySelector<HTMLButtonElement>(`#pick-${CSS.escape(orgId)}`)!.click();
    await portal.settled();
    await until(() => text(root.querySelector('#selected-customer')).includes(LONG_NAME), 'the selection');
    const labels = [...root.querySelectorAll<HTMLAnchorElement>('nav a')].map((link) => text(link));
    for (const label of labels) {
      navTo(root, label);
      await portal.settled();
      await frame();
      expectNoSidewaysScroll(`${label} (${lang}, ${width} px)`);
      // The whole name is there to read (wrapped, not cut): in the nav, and in the list.
      expect(text(root.querySelector('#selected-customer'))).toContain(LONG_NAME);
    }
    navTo(root, labels[0]!);
    await until(() => root.querySelector(`#pick-${CSS.escape(orgId)}`), 'the list again', WAIT_MS);
    await frame();
    const pick = root.querySelector<HTMLElement>(`#pick-${CSS.escape(orgId)}`)!;
    expect(text(pick)).toBe(LONG_NAME);
    // Contained: the name's button is no wider than the table's scrolling region around it.
    const region = pick.closest('.table-scroll')!;
    expect(pick.getBoundingClientRect().width).toBeLessThanOrEqual(region.getBoundingClientRect().width);
    expectNoSidewaysScroll(`customers (${lang}, ${width} px)`);
    await expectNoAxeViolations(root, `customers with a long name (${lang}, ${width} px)`);
  });
});

describe('the customer list and the theme', () => {
  it('keeps the selected row the size of the others (no nav style leaks into it)', async () => {
    await page.viewport(1280, 800);
    const { root, portal } = boot();
    await connectedAs(root, 'Acme Telecom');
    await until(() => root.querySelectorAll('#customers tbody tr').length > 1, 'the customer list');
    root.querySelector<HTMLButtonElement>('#customers tbody tr th button')!.click();
    await portal.settled();
    await until(() => root.querySelector('#customers tr.selected'), 'the selected row');
    const selected = root.querySelector<HTMLElement>('#customers tr.selected')!;
    const other = root.querySelector<HTMLElement>('#customers tbody tr:not(.selected)')!;
    for (const property of ['fontSize', 'marginTop', 'marginInlineStart'] as const)
      expect(getComputedStyle(selected)[property], property).toBe(getComputedStyle(other)[property]);
    expect(getComputedStyle(selected.querySelector('th')!).fontSize).toBe(
      getComputedStyle(other.querySelector('th')!).fontSize,
    );
  });

  it('darkens the badges with the theme, and the toggle says which theme it gives', async () => {
    const { root } = boot();
    await connectedAs(root, 'Acme Telecom');
    await until(() => root.querySelector('#customers onramp-status-badge'), 'the badges');
    const theme = () => root.querySelector<HTMLButtonElement>('#theme')!;
    expect(text(theme())).toBe('Dark theme');
    const background = () => {
      const badge = root.querySelector('#customers onramp-status-badge')!;
      return getComputedStyle(badge.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
    };
    const lightBadge = luminance(background());
    theme().click();
    await until(() => root.querySelector('#customers onramp-status-badge'), 'the badges again');
    expect(text(theme())).toBe('Light theme');
    expect(lightBadge).toBeGreaterThan(0.5);
    expect(luminance(background())).toBeLessThan(0.25);
    await expectNoAxeViolations(root, 'the customer list in the dark theme');
    theme().click();
    expect(text(theme())).toBe('Dark theme');
  });
});

/** Relative luminance (0 black – 1 white) of an `rgb()` / `rgba()` / `color(srgb …)` value. */
function luminance(color: string): number {
  const numbers = color.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r, g, b] = color.startsWith('color(') ? numbers : numbers.map((n) => n / 255);
  const linear = (c = 0) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
