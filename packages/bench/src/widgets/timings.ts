import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findBrowser } from '@onramp/devkit/browser';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright';
import type { Check, Section, Table } from '../report.js';
import { median, percentileSorted } from '../stats.js';
import type { FirstRenderTimings, RoleEditorTimings, WizardTimings } from './page-entry.js';

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');
const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1e6).toFixed(1)} MB`);
/** Precise heap figures and a `gc()` to call before reading them. */
const MEASURE_ARGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];

/** RAIL's budgets: a response within 100 ms; a frame within two vsyncs at 60 Hz while scrolling. */
const FILTER_BUDGET_MS = 100;
const SCROLL_P95_BUDGET_MS = 33.4;
/**
 * Frame intervals are whole vsyncs (16.7 ms at 60 Hz) plus a little timestamp jitter, so two frames
 * measure 33.3 to 33.5 ms: the scroll budget is judged in vsyncs (at most two), not to the 0.1 ms.
 */
const VSYNC_MS = 1000 / 60;
const vsyncs = (ms: number) => Math.round(ms / VSYNC_MS);

async function bundlePage(): Promise<Buffer> {
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
  return readFileSync(join(outdir, 'page.js'));
}

/** The sum of each run's `size` consecutive values. */
function chunks(values: number[], size: number): number[] {
  const sums: number[] = [];
  for (let start = 0; start < values.length; start += size)
    sums.push(values.slice(start, start + size).reduce((a, b) => a + b, 0));
  return sums;
}

/** Calls `window[name](runs)` in the page. */
function run<T>(page: Page, name: string, runs: number): Promise<T> {
  return page.evaluate(
    ([fn, n]) =>
      (window as unknown as Record<string, (n: number) => Promise<unknown>>)[fn as string]?.(n as number),
    [name, runs] as const,
  ) as Promise<T>;
}

function tables(
  wizard: WizardTimings,
  firsts: Record<string, FirstRenderTimings>,
  editor: RoleEditorTimings,
) {
  const scroll = [...editor.scrollFrameMs].sort((a, b) => a - b);
  const renders: Table = {
    title: 'First render (append → first painted frame with content), median',
    columns: [
      'widget',
      'content ready ms',
      'first render (painted) ms',
      'step transition ms',
      'JS heap used, mounted',
    ],
    rows: [
      [
        '<onramp-setup-wizard>',
        '–',
        fmt(median(wizard.firstRenderMs)),
        fmt(median(wizard.stepTransitionMs)),
        mb(wizard.heapUsedBytes),
      ],
      ...Object.entries(firsts).map(([name, t]) => [
        name,
        fmt(median(t.readyMs)),
        fmt(median(t.firstRenderMs)),
        '–',
        mb(t.heapUsedBytes),
      ]),
      [
        '<onramp-role-editor> (10,000 users; heap includes the scale store)',
        '–',
        fmt(median(editor.firstPaintMs)),
        '–',
        mb(editor.heapUsedBytes),
      ],
    ],
  };
  const roleEditor: Table = {
    title: `<onramp-role-editor> with ${editor.users.toLocaleString('en-US')} users in one org (scale scenario)`,
    columns: ['figure', 'ms'],
    rows: [
      ['first paint (median)', fmt(median(editor.firstPaintMs))],
      ['filter keystroke → list updated (median)', fmt(median(editor.filterMs))],
      ['scroll frame time p50', fmt(percentileSorted(scroll, 50))],
      ['scroll frame time p95', fmt(percentileSorted(scroll, 95))],
      ['scroll frame time max', fmt(scroll[scroll.length - 1] ?? Number.NaN)],
      [
        'scroll frames longer than two vsyncs (count of all)',
        `${scroll.filter((ms) => vsyncs(ms) > 2).length} of ${scroll.length}`,
      ],
      [
        'of a 120-frame scroll, time answering in the in-page mock (median)',
        fmt(median(editor.scrollMockMs)),
      ],
      ['of a 120-frame scroll, total (median of runs)', fmt(median(chunks(editor.scrollFrameMs, 120)))],
      ['seeding the scale scenario + 10,000 users in the page (once)', fmt(editor.seedMs)],
    ],
  };
  const checks: Check[] = [
    {
      name: 'role editor: filter keystroke → list updated (median)',
      target: `≤ ${FILTER_BUDGET_MS} ms (RAIL response)`,
      actual: `${fmt(median(editor.filterMs))} ms`,
      ok: median(editor.filterMs) <= FILTER_BUDGET_MS,
    },
    {
      name: 'role editor: scroll frame time p95',
      target: `≤ ${SCROLL_P95_BUDGET_MS} ms (two frames at 60 Hz)`,
      actual: `${fmt(percentileSorted(scroll, 95))} ms (${vsyncs(percentileSorted(scroll, 95))} × vsync)`,
      ok: vsyncs(percentileSorted(scroll, 95)) <= 2,
    },
  ];
  return { tables: [renders, roleEditor], checks };
}

/** Bundles the page, serves it on loopback, and runs it in headless Chromium. */
export async function benchWidgetTimings({ runs }: { runs: number }): Promise<Section> {
  const found = findBrowser();
  if (!found) throw new Error('no Chromium found (see packages/devkit/src/browser.mjs)');
  const load = loadavg()[0] ?? 0;
  const script = await bundlePage();
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
  const browser = await chromium.launch({
    executablePath: found.path,
    args: [...CHROMIUM_ARGS, ...MEASURE_ARGS],
  });
  try {
    const open = async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => 'runRoleEditor' in window);
      return page;
    };
    const page = await open();
    // One warm-up run of each (module compilation, first lazy work), then the measured runs.
    await run(page, 'runWizard', 1);
    await run(page, 'runFirstRenders', 1);
    const wizard = await run<WizardTimings>(page, 'runWizard', runs);
    const firsts = await run<Record<string, FirstRenderTimings>>(page, 'runFirstRenders', runs);
    // The role editor seeds 110,000 users once; fewer runs, each scrolling 120 frames.
    const editorRuns = Math.max(3, Math.min(runs, 5));
    // In a page of its own: its heap and garbage are not the other widgets'.
    await page.close();
    const editor = await run<RoleEditorTimings>(await open(), 'runRoleEditor', editorRuns);
    const { tables: measured, checks } = tables(wizard, firsts, editor);
    return {
      id: 'widgets',
      title: 'Widget timings in headless Chromium',
      status: 'measured',
      notes: [
        `Chromium at ${found.path}, headless, 1280×800; the page is an esbuild bundle (production Lit) of the widgets with the mock server's core in the page (\`createMockFetch\`), served on loopback. ${runs} measured runs after one warm-up (role editor: ${editorRuns}); medians. Heap: \`performance.memory.usedJSHeapSize\` after \`gc()\`, with the widget's last run still mounted (the role editor runs in a page of its own).`,
        '**Content ready**: from appending the element until its content is in the DOM (what it loads through the in-page mock included). **First render**: until the next animation frame after that, i.e. painted (so quantized by the 60 Hz frame clock of headless Chromium). **Step transition** (wizard): from clicking the primary action to the next step painted.',
        `**Role editor**: the \`scale\` scenario (10,000 customer orgs, 100,000 users) plus ${editor.users.toLocaleString('en-US')} users added to Berlin Bakery, signed in as its full admin. First paint: append → first rows painted. Filter keystroke: typing a 5-character search → the one matching row painted, with \`searchDelay\` 0 (the default 300 ms pause before searching is a UX choice, not work). Scroll: the windowed list scrolled 10 rows per frame for 120 frames per run; frame time = interval between animation frames (pages of 50 users load as they come into view).`,
        `Frame times depend on what else the machine runs: the 1-minute load average was ${load.toFixed(1)} on ${cpus().length} cores when this section started.`,
      ],
      tables: measured,
      data: { loadAverage: load, wizard, firstRenders: firsts, roleEditor: editor },
      checks,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
