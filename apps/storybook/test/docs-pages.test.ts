import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { CHROMIUM_ARGS, findBrowser, missingBrowserMessage } from '@onramp/devkit/browser';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestElements, readIndex, STATIC_DIR } from './static-build.js';

// The Docs pages of the static build, opened in Chromium: their tables come from the widgets'
// custom-elements manifest (properties, events, slots, CSS parts and custom properties).

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const docsIdOf = (tag: string) => {
  const folder = tag.replace(/^onramp-/, '');
  const docs = readIndex().find(
    (entry) => entry.type === 'docs' && entry.importPath.endsWith(`/${folder}.stories.ts`),
  );
  if (!docs) throw new Error(`no Docs page for <${tag}>`);
  return docs.id;
};

// Room for a loaded runner, not a budget: on CI these pages open while Turborepo tests other
// packages on the same 2 cores, and a cold first page once took over 30 s there (alone it takes
// about 2 s). A page that never renders still fails, with its wait named. Speed is `pnpm bench`'s.
const PAGE_WAIT = 60_000;
const TEST_TIMEOUT = 90_000;

describe('the static build in Chromium: stories render and Docs pages come from the manifest', () => {
  let server: Server;
  let browser: Browser;
  // One context for every page: its HTTP cache serves the preview's bundles after the first page.
  let context: BrowserContext;
  let origin: string;

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_WAIT);
    await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
    return page;
  }

  beforeAll(async () => {
    server = await serve(STATIC_DIR);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const found = findBrowser();
    if (!found) throw new Error(missingBrowserMessage());
    browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS] });
    context = await browser.newContext();
    // Warm-up: the first page pays for the cold cache and the browser's start-up.
    const page = await open('/iframe.html');
    await page.waitForFunction(() => document.readyState === 'complete', undefined, { timeout: PAGE_WAIT });
    await page.close();
  }, 2 * TEST_TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** The text of the Docs page's argument table(s), once rendered. */
  async function docsTable(tag: string) {
    const page = await open(`/iframe.html?viewMode=docs&id=${docsIdOf(tag)}`);
    try {
      const table = page.locator('.docblock-argstable').first();
      await table.waitFor({ timeout: PAGE_WAIT });
      return ((await table.textContent()) ?? '').replace(/\s+/g, ' ');
    } finally {
      await page.close();
    }
  }

  // A production bundle drops modules it believes side-effect free: the components' registrations
  // must survive it (see keepWidgetRegistrations in .storybook/main.ts).
  it.each(manifestElements().map((element) => element.tagName))(
    '<%s> is defined and renders its shadow root in its first story',
    async (tag) => {
      const folder = tag.replace(/^onramp-/, '');
      const story = readIndex().find(
        (entry) => entry.type === 'story' && entry.importPath.endsWith(`/${folder}.stories.ts`),
      );
      const page = await open(`/iframe.html?viewMode=story&id=${story?.id}`);
      try {
        await page.waitForFunction(
          (name) =>
            !!customElements.get(name) && !!document.querySelector(name)?.shadowRoot?.childElementCount,
          tag,
          { timeout: PAGE_WAIT },
        );
      } finally {
        await page.close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    'lists the properties, events, CSS parts and custom properties of the setup wizard',
    async () => {
      const text = await docsTable('onramp-setup-wizard');
      expect(text).toContain('orgId');
      expect(text).toContain('poll-interval');
      expect(text).toContain('onramp-setup-step-change');
      expect(text).toContain('--onramp-setup-wizard-max-width');
      expect(text).toMatch(/progress-bar|steps/);
    },
    TEST_TIMEOUT,
  );

  it(
    'lists the CSS parts and custom properties of the status badge, and its slotted label',
    async () => {
      const text = await docsTable('onramp-status-badge');
      expect(text).toMatch(/css shadow parts/i);
      expect(text).toContain('The coloured dot before the text (decorative).');
      expect(text).toContain('--onramp-status-badge-background');
      // Storybook lists named slots only; the badge's default slot is documented as the `label` arg.
      expect(text).toContain('The slotted status text');
    },
    TEST_TIMEOUT,
  );

  it.each(manifestElements().map((element) => [element.tagName, element] as const))(
    '<%s>: its Docs page lists every attribute, event, CSS part and custom property of the manifest',
    async (tag, element) => {
      const text = await docsTable(tag);
      const names = [element.attributes, element.events, element.cssParts, element.cssProperties].flatMap(
        (list) => (list ?? []).map((item) => item.name),
      );
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !text.includes(name))).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
