// The start command's page for real: Vite serves the portal, headless Chromium opens it, and the
// mock answers from the MSW service worker (public/mockServiceWorker.js), exactly as after `npm start`.
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findBrowser } from '@onramp/devkit/browser';
import { startMockServer } from '@onramp/mock-server/node';
import { type Browser, chromium, type Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Room for a loaded runner, not a budget: on CI these pages open while Turborepo tests every other
// package on the same 2 cores (a page there has taken ten times as long as alone). A step that cannot
// happen still fails, with its locator named, before the test's own timeout.
const WAIT = 45_000;
const TEST_TIMEOUT = 150_000;
/** The first visit: Vite transforms and pre-bundles the portal's whole graph (minutes on a loaded runner). */
const WARM_UP = 240_000;

let server: ViteDevServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  server = await createServer({
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'silent',
    // No file watching: a page under test is never reloaded because a file changed (another
    // package rebuilding its dist in the same tree reloaded it mid-journey). HMR stays on: Vite
    // reloads the page itself once it has pre-bundled the dependencies it discovered late.
    server: { port: 5180, strictPort: false, host: '127.0.0.1', watch: null },
  });
  await server.listen();
  url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5180/';
  const found = findBrowser();
  if (!found) throw new Error('no Chromium found');
  browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS] });
  // Warm-up: the first visit makes Vite pre-bundle what it discovers (msw, lit, zod…) and reload;
  // the journeys then start on a settled server.
  const page = await browser.newPage();
  page.setDefaultTimeout(WARM_UP);
  await page.goto(url);
  await page.locator('#org-name', { hasText: 'Acme Telecom' }).waitFor({ timeout: WARM_UP });
  await page.close();
}, WARM_UP + 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(WAIT);
  await page.goto(url);
  return page;
}

/** Whether the in-browser mock's saved world (IndexedDB, src/mock-snapshot.ts) mentions `name`. */
const keptInIndexedDb = (page: Page, name: string) =>
  page.evaluate(
    (name) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('onramp-portal', 1);
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('mock')) return resolve(false);
          const get = db.transaction('mock').objectStore('mock').get('state');
          get.onerror = () => resolve(false);
          get.onsuccess = () => resolve(JSON.stringify(get.result ?? null).includes(name));
        };
      }),
    name,
  );

describe('the portal served by Vite, against the MSW worker', () => {
  it(
    'walks customer → trial → Yes → wizard Summary, then a service admin is refused',
    async () => {
      const page = await open();
      await expect
        .poll(() => page.locator('#org-name').textContent(), { timeout: WAIT })
        .toBe('Acme Telecom');
      // The MSW worker answers (no fallback to the in-page fetch).
      const backend = await page.locator('.backend').textContent();
      expect(backend).toContain(new URL('v1', url).href);
      expect(backend).not.toContain('without the service worker');
      expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      await page.getByRole('button', { name: "John's Pizza", exact: true }).click();
      await expect
        .poll(() => page.locator('#selected-customer').textContent(), { timeout: WAIT })
        .toContain("John's Pizza");

      await page.getByRole('link', { name: 'Start a trial' }).click();
      await page.getByLabel('Customer name').fill('Worker Test Cafe');
      await page.getByLabel('Customer admin e-mail').fill('owner@worker-cafe.example.com');
      await page.getByRole('button', { name: 'Start the trial' }).click();
      await page.getByRole('button', { name: 'Yes' }).click();
      await expect
        .poll(() => page.locator('onramp-setup-wizard #step-heading').textContent(), { timeout: WAIT })
        .toBe('Summary');

      // The address names the screen and the customer; the trial is kept in IndexedDB: a reload
      // comes back to the same wizard, and Back to the screen before (decisions/0038, 0039).
      expect(new URL(page.url()).searchParams.get('screen')).toBe('setup');
      await expect.poll(() => keptInIndexedDb(page, 'Worker Test Cafe'), { timeout: WAIT }).toBe(true);
      await page.reload();
      await expect
        .poll(() => page.locator('onramp-setup-wizard #step-heading').textContent(), { timeout: WAIT })
        .toBe('Summary');
      await expect
        .poll(() => page.locator('#selected-customer').textContent(), { timeout: WAIT })
        .toContain('Worker Test Cafe');
      await page.goBack();
      await expect
        .poll(() => page.locator('#content h1').textContent(), { timeout: WAIT })
        .toBe('Start a trial');
      await page.goForward();
      await expect
        .poll(() => page.locator('onramp-setup-wizard #step-heading').textContent(), { timeout: WAIT })
        .toBe('Summary');

      await page.locator('#actor').selectOption('customer-service-admin');
      await expect
        .poll(() => page.locator('#org-name').textContent(), { timeout: WAIT })
        .toBe('Berlin Bakery GmbH');
      await expect
        .poll(() => page.locator('onramp-setup-wizard [role="alert"]').textContent(), { timeout: WAIT })
        .toMatch(/Only full administrators/);
      await page.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'onboards an RPL-listed wholesale customer and approves its review with the demo controls',
    async () => {
      const page = await open();
      await expect
        .poll(() => page.locator('#org-name').textContent(), { timeout: WAIT })
        .toBe('Acme Telecom');
      await page.getByRole('link', { name: 'Onboard wholesale' }).click();
      const form = page.locator('onramp-customer-onboarding');
      // Playwright's locators pierce the widget's open shadow root, as a user's eyes do.
      await form.getByLabel('Customer name').fill('E2E rpl-listed Tulip BV');
      await form.getByLabel('Primary e-mail').fill('owner@e2e-tulip.example.com');
      await form.getByLabel('External ID').fill('ext-e2e-tulip');
      await form.getByLabel('Provisioning ID').fill('prov-e2e-tulip');
      await form.getByLabel('Address line 1').fill('1 Main St');
      await form.getByLabel('City').fill('Berlin');
      // The country is a list now; the postal code's label follows the country chosen.
      await form.locator('#address-country').selectOption('DE');
      await form.locator('#address-zipOrPostalCode').fill('10115');
      await form.getByLabel('Webex Suite').fill('25');
      await form.getByRole('button', { name: 'Onboard customer' }).click();

      const history = page.locator('#status-history li');
      await expect
        .poll(() => history.first().getAttribute('data-status'), { timeout: WAIT })
        .toBe('pending_rpl_review');
      const demo = page.getByRole('region', { name: 'Demo controls' });
      await demo.getByRole('button', { name: 'Approve the RPL review' }).click();
      await expect
        .poll(() => history.nth(1).getAttribute('data-status'), { timeout: WAIT })
        .toBe('provisioning');
      await demo.getByRole('button', { name: '+5 min' }).click();
      await expect
        .poll(() => history.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.status)), {
          timeout: WAIT,
        })
        .toEqual(['pending_rpl_review', 'provisioning', 'provisioned']);
      // The panel beside the history follows the same customer.
      await expect
        .poll(() => page.locator('onramp-subscription-panel h2').first().textContent(), { timeout: WAIT })
        .toBe('E2E rpl-listed Tulip BV');
      await page.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'runs the shell in Hebrew, right to left, with the widgets following',
    async () => {
      const page = await open();
      await expect
        .poll(() => page.locator('#org-name').textContent(), { timeout: WAIT })
        .toBe('Acme Telecom');
      await page.locator('#lang').selectOption('he');
      expect(
        await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).toEqual(['he', 'rtl']);
      await expect.poll(() => page.locator('h1').textContent(), { timeout: WAIT }).toBe('לקוחות');
      await page.getByRole('link', { name: 'צירוף סיטונאי' }).click();
      await expect
        .poll(() => page.locator('onramp-customer-onboarding form').getAttribute('dir'), { timeout: WAIT })
        .toBe('rtl');
      await expect
        .poll(() => page.locator('#demo-title').textContent(), { timeout: WAIT })
        .toBe('פקדי הדגמה');
      // The choice is remembered: a reload comes back in Hebrew, on the same screen (its address).
      await page.reload();
      await expect.poll(() => page.locator('h1').textContent(), { timeout: WAIT }).toBe('צירוף לקוח סיטונאי');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await page.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'points at the standalone mock from Settings, demo controls included',
    async () => {
      const standalone = await startMockServer({ port: 0, speed: 0 });
      try {
        const page = await open();
        await expect
          .poll(() => page.locator('#org-name').textContent(), { timeout: WAIT })
          .toBe('Acme Telecom');
        await page.getByRole('link', { name: 'Settings' }).click();
        await page.getByLabel('Another base URL').check();
        await page.getByLabel('Base URL', { exact: true }).fill(standalone.url);
        await page.getByRole('button', { name: 'Save' }).click(); // the page reloads without the worker
        await expect
          .poll(() => page.locator('.backend code').textContent(), { timeout: WAIT })
          .toBe(standalone.url);
        await expect
          .poll(() => page.locator('#org-name').textContent(), { timeout: WAIT })
          .toBe('Acme Telecom');
        await page.getByRole('link', { name: 'Onboard wholesale' }).click();
        const before = standalone.app.clock.now();
        await page
          .getByRole('region', { name: 'Demo controls' })
          .getByRole('button', { name: '+1 h' })
          .click();
        await expect.poll(() => standalone.app.clock.now(), { timeout: WAIT }).toBe(before + 60 * 60_000);
        await page.close();
      } finally {
        await standalone.close();
      }
    },
    TEST_TIMEOUT,
  );
});
