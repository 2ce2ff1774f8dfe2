// The start command's page for real: Vite serves the portal, headless Chromium opens it, and the
// mock answers from the MSW service worker (public/mockServiceWorker.js), exactly as after `npm start`.
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findBrowser } from '@onramp/devkit/browser';
import { type Browser, chromium, type Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: ViteDevServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  server = await createServer({
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'silent',
    server: { port: 5180, strictPort: false, host: '127.0.0.1' },
  });
  await server.listen();
  url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5180/';
  const found = findBrowser();
  if (!found) throw new Error('no Chromium found');
  browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  return page;
}

describe('the portal served by Vite, against the MSW worker', () => {
  it('walks customer → trial → Yes → wizard Summary, then a service admin is refused', async () => {
    const page = await open();
    await expect
      .poll(() => page.locator('#org-name').textContent(), { timeout: 20_000 })
      .toBe('Acme Telecom');
    // The MSW worker answers (no fallback to the in-page fetch).
    const backend = await page.locator('.backend').textContent();
    expect(backend).toContain(new URL('v1', url).href);
    expect(backend).not.toContain('without the service worker');
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await page.getByRole('button', { name: "John's Pizza" }).click();
    await expect.poll(() => page.locator('#selected-customer').textContent()).toContain("John's Pizza");

    await page.getByRole('button', { name: 'Start a trial' }).click();
    await page.getByLabel('Customer name').fill('Worker Test Cafe');
    await page.getByLabel('Customer admin e-mail').fill('owner@worker-cafe.example.com');
    await page.getByRole('button', { name: 'Start the trial' }).click();
    await page.getByRole('button', { name: 'Yes' }).click();
    await expect
      .poll(() => page.locator('onramp-setup-wizard #step-heading').textContent(), { timeout: 10_000 })
      .toBe('Summary');

    await page.locator('#actor').selectOption('customer-service-admin');
    await expect.poll(() => page.locator('#org-name').textContent()).toBe('Berlin Bakery GmbH');
    await expect
      .poll(() => page.locator('onramp-setup-wizard [role="alert"]').textContent(), { timeout: 10_000 })
      .toMatch(/Only full administrators/);
    await page.close();
  }, 60_000);
});
