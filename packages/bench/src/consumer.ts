/**
 * Widget sizes as a partner's app ships them: the consumer tests (`packages/consumer-tests`) install
 * the published packages from a local registry into a Vite app and build each widget entry for
 * production with the Vite that app installed; they write `reports/consumer-sizes.json`. This
 * section reads it and sets it beside the workspace's own figures (esbuild over `dist`), with the
 * same budgets. It does not run the consumer tests itself (minutes, and a registry): run them first.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BundleSize } from './bundle.js';
import { type Check, mark, packagesDir, type Section } from './report.js';
import { fmtKb } from './stats.js';

export interface ConsumerSize {
  name: string;
  gzip: number;
  /** Lazy chunks that are not translations: loaded on first use, so budgeted. */
  onDemandGzip: number;
  lazyGzip: number;
  lazyFiles: number;
}

export interface ConsumerSizes {
  measuredAt: string;
  /** e.g. `vite 8.4.0`. */
  tool: string;
  widgets: ConsumerSize[];
  all: ConsumerSize;
}

export const consumerSizesPath = resolve(packagesDir, 'consumer-tests/reports/consumer-sizes.json');

const KB = 1000;

/** The budget of one row: each widget ≤ 30 kB, all six together ≤ 60 kB (gzip, with what loads on first use). */
export function consumerChecks(sizes: ConsumerSizes): Check[] {
  const row = (size: ConsumerSize, limit: number, label: string): Check => ({
    name: `${label} in a partner's ${sizes.tool} build (gzip, with Lit${size.onDemandGzip ? ', with what it loads on first use' : ''})`,
    target: `≤ ${limit} kB`,
    actual: size.onDemandGzip
      ? `${fmtKb(size.gzip + size.onDemandGzip)} (${fmtKb(size.gzip)} + ${fmtKb(size.onDemandGzip)})`
      : fmtKb(size.gzip),
    ok: size.gzip + size.onDemandGzip <= limit * KB,
  });
  return [
    ...sizes.widgets.map((size) => row(size, 30, `widget ${size.name}`)),
    row(sizes.all, 60, sizes.all.name),
  ];
}

export function benchConsumerSizes(workspace: BundleSize[] = []): Section {
  const base = { id: 'consumer', title: "Widget sizes in a partner's app (installed from a registry)" };
  if (!existsSync(consumerSizesPath))
    return {
      ...base,
      status: 'not measured yet',
      notes: [
        'No `packages/consumer-tests/reports/consumer-sizes.json`: run the consumer tests first (`pnpm turbo run test --filter=@onramp/consumer-tests`).',
      ],
      tables: [],
      data: {},
      checks: [],
    };
  const sizes = JSON.parse(readFileSync(consumerSizesPath, 'utf8')) as ConsumerSizes;
  const checks = consumerChecks(sizes);
  const workspaceGzip = (name: string) => {
    const size = workspace.find((candidate) => candidate.name === name);
    return size ? fmtKb(size.gzip + size.onDemand.gzip) : '–';
  };
  const rows = [...sizes.widgets, sizes.all].map((size, index) => [
    size.name,
    workspaceGzip(index < sizes.widgets.length ? `widget ${size.name}.js` : size.name),
    fmtKb(size.gzip),
    size.onDemandGzip ? fmtKb(size.onDemandGzip) : '',
    size.lazyFiles ? `${size.lazyFiles} files, ${fmtKb(size.lazyGzip)}` : '',
    `${mark(checks[index]?.ok)} ${checks[index]?.target ?? ''}`,
  ]);
  return {
    ...base,
    status: 'measured',
    notes: [
      `Measured by the consumer tests on ${sizes.measuredAt} (file written ${statSync(consumerSizesPath).mtime.toISOString()}): the packages as published to a local registry, installed with npm into a fresh Vite app, one production build per widget entry (\`import '@onramp/widgets/<entry>.js'\`) and one of all six, with ${sizes.tool} and its defaults. gzip -9 per output file of the initial load (entry chunk and its static imports); lazy chunks apart, those that are not translations added for the budget, as in the workspace figures.`,
      'The workspace column is the "Bundle size" section of this run (esbuild over the built `dist`), when it ran.',
    ],
    tables: [
      {
        columns: [
          'entry',
          'workspace (esbuild) gzip, budgeted',
          `partner app (${sizes.tool}) gzip`,
          'loaded on first use',
          'lazy chunks (gzip)',
          'budget',
        ],
        rows,
      },
    ],
    data: sizes,
    checks,
  };
}
