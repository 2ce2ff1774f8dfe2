import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findBrowser } from '@onramp/devkit/browser';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import type { Section } from '../report.js';
import { median } from '../stats.js';
import type { WizardTimings } from './page-entry.js';

const fmt = (ms: number) => ms.toFixed(1);

/** Bundles the page, serves it on loopback, and runs it in headless Chromium. */
export async function benchWidgetTimings({ runs }: { runs: number }): Promise<Section> {
  const found = findBrowser();
  if (!found) throw new Error('no Chromium found (see packages/devkit/src/browser.mjs)');
  const outdir = mkdtempSync(join(tmpdir(), 'onramp-bench-widgets-'));
  await build({
    entryPoints: [new URL('./page-entry.js', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outfile: join(outdir, 'page.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const script = readFileSync(join(outdir, 'page.js'));
  const server = createServer((request, response) => {
    if (request.url === '/page.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        '<!doctype html><html lang="en"><body><script type="module" src="/page.js"></script></body></html>',
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'runWizard' in window);
    // One warm-up run (module compilation, first lazy chunks), then the measured runs.
    await page.evaluate(() => (window as unknown as { runWizard(n: number): Promise<unknown> }).runWizard(1));
    const result = (await page.evaluate(
      (n) => (window as unknown as { runWizard(n: number): Promise<unknown> }).runWizard(n),
      runs,
    )) as WizardTimings;
    const firstRender = median(result.firstRenderMs);
    const transition = median(result.stepTransitionMs);
    return {
      id: 'widgets',
      title: 'Widget timings in headless Chromium',
      status: 'partial',
      notes: [
        `Chromium at ${found.path}, headless; the page is an esbuild bundle of the wizard with the mock server's core in the page (\`createMockFetch\`), served on loopback. ${runs} measured runs after one warm-up; medians.`,
        '**First render**: from appending `<onramp-setup-wizard>` until its first step is on screen (it loads the setup and the catalogue through the in-page mock, then renders; measured to the next painted frame). **Step transition**: from clicking the primary action to the next step on screen (one round trip to the mock).',
        'Not measured yet: the role editor with 10,000 users and the subscription panel (issues 7–8).',
      ],
      tables: [
        {
          columns: ['widget', 'first render ms (median)', 'step transition ms (median)', 'JS heap used'],
          rows: [
            [
              '<onramp-setup-wizard>',
              fmt(firstRender),
              fmt(transition),
              result.heapUsedBytes === null ? 'n/a' : `${(result.heapUsedBytes / 1e6).toFixed(1)} MB`,
            ],
          ],
        },
      ],
      data: { wizard: result },
      checks: [],
    };
  } finally {
    await browser.close();
    server.close();
  }
}
