/**
 * Chromium through playwright-core's API (the workspace's Playwright), launched as the other browser
 * tests launch it (devkit's finder and flags), and the page checks the consumer apps share.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findBrowser, missingBrowserMessage } from '@onramp/devkit/browser';
import { type Browser, chromium, type Page, type Route } from 'playwright';
import { contentType, fileFor } from './static-server.js';

export async function launchChromium(): Promise<Browser> {
  const found = findBrowser();
  if (!found) throw new Error(missingBrowserMessage());
  return chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS], headless: true });
}

/** Generous: the page loads and the widgets fetch from a mock, on a busy 2-core runner. */
export const PAGE_WAIT_MS = 120_000;

export interface Routes {
  /** The standalone mock's origin; a page's `http://localhost:4010` is sent there. */
  mockOrigin?: string;
  /** A project folder with node_modules: `https://cdn.jsdelivr.net/npm/<pkg>/<file>` is served from it. */
  cdnFrom?: string;
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions so far. */
  errors: string[];
}

/**
 * A route handler that stops quietly once its page is gone: a request still in flight when a test
 * closes the page has no one to answer (Playwright then disposes the fetched response).
 */
function whileOpen(page: Page, handler: (route: Route) => Promise<void>) {
  return async (route: Route) => {
    try {
      await handler(route);
    } catch (error) {
      const gone = page.isClosed() || /disposed|has been closed/.test(String((error as Error)?.message));
      if (!gone) throw error;
    }
  };
}

/** Opens `url` in a fresh context, routing the CDN and the README's mock URL to local ones. */
export async function openPage(browser: Browser, url: string, routes: Routes = {}): Promise<OpenedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // The browser's own favicon request is not the page's doing (a page without one gets a 404).
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      errors.push(
        `console: ${message.text()}${message.location().url ? ` (${message.location().url})` : ''}`,
      );
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  if (routes.mockOrigin) {
    const target = routes.mockOrigin;
    await context.route(
      /^http:\/\/localhost:4010\//,
      whileOpen(page, async (route) => {
        const response = await route.fetch({
          url: route.request().url().replace('http://localhost:4010', target),
        });
        await route.fulfill({ response });
      }),
    );
  }
  if (routes.cdnFrom) {
    const root = join(routes.cdnFrom, 'node_modules');
    await context.route(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\//,
      whileOpen(page, async (route) => {
        const path = new URL(route.request().url()).pathname.replace(/^\/npm\//, '/');
        // `@onramp/widgets@0.1.0/…` → `@onramp/widgets/…` (the installed version is the one asked for).
        const file = fileFor(root, path.replace(/^(\/(?:@[^/]+\/)?[^/@]+)@[^/]+/, '$1'));
        if (!file) {
          await route.fulfill({ status: 404, body: `not in node_modules: ${path}` });
          return;
        }
        await route.fulfill({
          status: 200,
          headers: { 'content-type': contentType(file), 'access-control-allow-origin': '*' },
          body: readFileSync(file),
        });
      }),
    );
  }
  await page.goto(url);
  return { page, errors };
}

/** The visible text of an element, through every shadow root under it, whitespace collapsed. */
export async function deepText(page: Page, selector: string): Promise<string> {
  return page.evaluate((css) => {
    const collect = (node: Node): string => {
      let text = '';
      if (node instanceof Element && node.shadowRoot) text += collect(node.shadowRoot);
      for (const child of node.childNodes)
        text += child.nodeType === Node.TEXT_NODE ? ` ${child.textContent ?? ''}` : collect(child);
      return text;
    };
    const element = document.querySelector(css);
    return element ? collect(element).replace(/\s+/g, ' ').trim() : '';
  }, selector);
}

/** Waits until every selector's deep text contains its expected text; fails listing what it saw. */
export async function expectWidgetText(
  page: Page,
  expected: Record<string, string>,
  errors: readonly string[],
): Promise<void> {
  const deadline = Date.now() + PAGE_WAIT_MS;
  let seen: Record<string, string> = {};
  while (Date.now() < deadline) {
    seen = {};
    for (const selector of Object.keys(expected)) seen[selector] = await deepText(page, selector);
    if (Object.entries(expected).every(([selector, text]) => seen[selector]?.includes(text))) return;
    const failed = await page.evaluate(() => document.body.getAttribute('data-error'));
    if (failed) break;
    await page.waitForTimeout(500);
  }
  const pageError = await page.evaluate(() => document.body.getAttribute('data-error'));
  throw new Error(
    [
      `${page.url()}: the widgets did not show their content within ${PAGE_WAIT_MS / 1000} s`,
      pageError ? `page setup failed: ${pageError}` : '',
      ...Object.entries(expected).map(
        ([selector, text]) =>
          `${selector}: expected "${text}", shows "${(seen[selector] ?? '').slice(0, 300) || '(nothing)'}"`,
      ),
      errors.length ? `console:\n${errors.slice(-10).join('\n')}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}
