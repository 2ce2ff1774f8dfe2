// The portal on a phone: at 375 px every screen fits the width; a wide table scrolls in its own
// region (which a keyboard user can scroll too), not the whole page. With the portal's stylesheet.
import '../src/portal.css';
import type { OnrampSetupWizard } from '@onramp/widgets';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from './axe.js';
import { boot, choose, connectedAs, navTo, text, unmount, until } from './harness.js';

afterEach(unmount);
beforeAll(() => page.viewport(375, 700));
afterAll(() => page.viewport(414, 896));

const pageWidth = () => document.documentElement.scrollWidth;

/** The elements under `root`, shadow roots included. */
const all = (root: Element | ShadowRoot): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? all(element.shadowRoot) : []),
  ]);

/** The elements that stick out past the viewport (to say what is too wide when the test fails). */
const tooWide = (root: HTMLElement) =>
  all(root)
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > 375.5 || box.left < -0.5) && !element.closest('.table-scroll');
    })
    .slice(0, 8)
    .map(
      (element) =>
        `${element.localName}${element.id ? `#${element.id}` : ''}.${element.className} "${text(element).slice(0, 60)}"`,
    );

async function expectFits(root: HTMLElement, label: string) {
  expect(document.documentElement.clientWidth).toBe(375);
  expect(pageWidth(), `${label}: ${tooWide(root).join(', ')}`).toBeLessThanOrEqual(375);
}

describe('the portal at 375 px wide', () => {
  it.each(['en', 'he'])('fits every screen (in %s), the wide tables scrolling on their own', async (lang) => {
    const { root, portal } = boot();
    await connectedAs(root, 'Acme Telecom');
    if (lang === 'he') choose(root.querySelector<HTMLSelectElement>('#lang')!, 'he');
    await until(() => root.querySelectorAll('#customers tbody tr').length > 0, 'the customer list');
    await portal.settled();
    await expectFits(root, 'customers');
    for (const id of ['customers']) {
      const region = root.querySelector(`#${id}`)?.parentElement;
      expect(region?.classList.contains('table-scroll')).toBe(true);
      expect(region?.getAttribute('role')).toBe('region');
      expect(region?.getAttribute('tabindex')).toBe('0');
      expect(region?.getAttribute('aria-label')).toBe(text(root.querySelector(`#${id} caption`)));
      expect(getComputedStyle(region!).overflowX).toBe('auto');
    }
    // John's Pizza: the wizard screen with its Summary.
    const john = [...root.querySelectorAll<HTMLButtonElement>('#customers tbody th button')].find(
      (button) => text(button) === "John's Pizza",
    )!;
    john.click();
    const labels = [...root.querySelectorAll<HTMLAnchorElement>('nav a')].map((link) => text(link));
    for (const label of labels) {
      navTo(root, label);
      await portal.settled();
      if (root.querySelector('onramp-setup-wizard'))
        await until(
          () => root.querySelector<OnrampSetupWizard>('onramp-setup-wizard')?.shadowRoot?.querySelector('h3'),
          'the wizard',
        );
      if (root.querySelector('#orders button.secondary')) {
        root.querySelector<HTMLButtonElement>('#orders button.secondary')!.click();
        await expectFits(root, `${label} with the mapping form`);
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await expectFits(root, label);
    }
    await expectNoAxeViolations(root, 'the About page at 375 px');
  });
});
