/**
 * `pnpm bench`: runs every benchmark, prints the tables and writes `report.md` and `report.json`
 * beside this package's package.json. A report, not a test: budgets missed are marked ✗ and the exit
 * code stays 0; it is non-zero only when a benchmark could not run at all.
 *
 * Options (environment): BENCH_RUNS (5), BENCH_SECONDS (3), BENCH_WARMUP (1), BENCH_CONNECTIONS (10),
 * BENCH_ONLY (comma-separated section ids: bundle, consumer, throughput, sdk, scale, widgets).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppSize } from './app-size.js';
import { benchBundles } from './bundle.js';
import { benchConsumerSizes } from './consumer.js';
import { benchThroughput } from './http/throughput.js';
import { benchDir, machine, reportMarkdown, type Section, sectionMarkdown } from './report.js';
import { benchScale } from './scale.js';
import { benchSdk } from './sdk.js';
import { benchWidgetTimings } from './widgets/timings.js';

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const settings = {
  runs: numberFromEnv('BENCH_RUNS', 5),
  seconds: numberFromEnv('BENCH_SECONDS', 3),
  warmupSeconds: numberFromEnv('BENCH_WARMUP', 1),
  connections: numberFromEnv('BENCH_CONNECTIONS', 10),
};
const only = process.env.BENCH_ONLY?.split(',').map((id) => id.trim());

const benchmarks: { id: string; title: string; run: () => Promise<Section> | Section }[] = [
  { id: 'bundle', title: 'Bundle size', run: () => benchBundles() },
  {
    id: 'consumer',
    title: "Widget sizes in a partner's app",
    run: () =>
      benchConsumerSizes(
        (sections.find((section) => section.id === 'bundle')?.data as { apps?: AppSize[] } | undefined)?.apps,
      ),
  },
  { id: 'throughput', title: 'Mock server throughput and latency', run: () => benchThroughput(settings) },
  { id: 'sdk', title: 'SDK overhead', run: () => benchSdk({ runs: settings.runs }) },
  { id: 'scale', title: 'Scale of the mock', run: () => benchScale({ runs: settings.runs }) },
  {
    id: 'widgets',
    title: 'Widget timings',
    run: () => benchWidgetTimings({ runs: Math.max(settings.runs, 7) }),
  },
];

const started = performance.now();
const sections: Section[] = [];
for (const benchmark of benchmarks) {
  if (only && !only.includes(benchmark.id)) continue;
  const sectionStarted = performance.now();
  console.log(`\n▶ ${benchmark.title}…`);
  let section: Section;
  try {
    section = await benchmark.run();
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    section = {
      id: benchmark.id,
      title: benchmark.title,
      status: 'failed',
      notes: [`Could not run: ${message.split('\n').slice(0, 4).join(' ')}`],
      tables: [],
      data: { error: message },
      checks: [],
    };
  }
  section.seconds = (performance.now() - sectionStarted) / 1000;
  sections.push(section);
  console.log(`\n${sectionMarkdown(section)}`);
}

const meta = { ...machine(), totalSeconds: (performance.now() - started) / 1000, settings };
const markdown = reportMarkdown(meta, sections);
writeFileSync(resolve(benchDir, 'report.md'), markdown);
writeFileSync(
  resolve(benchDir, 'report.json'),
  `${JSON.stringify({ ...meta, sections }, (_key, value) => (Number.isNaN(value) ? null : value), 2)}\n`,
);
const exceeded = sections.flatMap((section) => section.checks.filter((check) => check.ok === false));
console.log(
  `\n${markdown.split('\n## ')[1]?.replace(/^/, '## ') ?? ''}\nWrote packages/bench/report.md and packages/bench/report.json (${meta.totalSeconds.toFixed(0)} s).`,
);
if (exceeded.length) console.log(`${exceeded.length} budget(s)/target(s) exceeded (marked ✗); exit code 0.`);
const failed = sections.filter((section) => section.status === 'failed');
if (failed.length) {
  console.error(`Could not run: ${failed.map((section) => section.id).join(', ')}.`);
  process.exitCode = 1;
}
