/**
 * Widget sizes as a partner's app ships them: the consumer tests (`packages/consumer-tests`) install
 * the published packages from a local registry into a Vite app and build each widget entry for
 * production with the Vite that app installed; they write `reports/consumer-sizes.json`. This
 * section reads it and sets it beside the workspace's own figures (Vite over `dist`), with the
 * same budgets. It does not run the consumer tests itself (minutes, and a registry): run them first.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppSize } from './app-size.js';
import { ALL_WIDGETS_BUDGET_KB, ON_ACTION_BUDGET_KB, WIDGET_BUDGET_KB } from './bundle.js';
import { type Check, mark, packagesDir, type Section } from './report.js';
import { fmtKb } from './stats.js';

export interface ConsumerSize {
  name: string;
  gzip: number;
  /** Lazy chunks that are code, not translations: loaded on a user's action (decision 0073). */
  onDemandGzip: number;
  /** The largest of them: each has its own budget. */
  largestOnDemandGzip?: number;
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

/**
 * The budgets of one row (decision 0073): what the page loads to show the widget, each ≤ 30 kB and
 * all six together ≤ 60 kB (gzip, with Lit); each chunk a user's action loads ≤ 8 kB.
 */
export function consumerChecks(sizes: ConsumerSizes): Check[] {
  const row = (size: ConsumerSize, limit: number, label: string): Check => ({
    name: `${label} in a partner's ${sizes.tool} build (gzip, with Lit, what the page loads to show it)`,
    target: `≤ ${limit} kB`,
    actual: fmtKb(size.gzip),
    ok: size.gzip <= limit * KB,
  });
  const onAction = (size: ConsumerSize): Check[] =>
    size.largestOnDemandGzip
      ? [
          {
            name: `widget ${size.name} in a partner's ${sizes.tool} build: largest chunk a user's action loads (gzip)`,
            target: `≤ ${ON_ACTION_BUDGET_KB} kB`,
            actual: fmtKb(size.largestOnDemandGzip),
            ok: size.largestOnDemandGzip <= ON_ACTION_BUDGET_KB * KB,
          },
        ]
      : [];
  return [
    ...sizes.widgets.flatMap((size) => [
      row(size, WIDGET_BUDGET_KB, `widget ${size.name}`),
      ...onAction(size),
    ]),
    row(sizes.all, ALL_WIDGETS_BUDGET_KB, sizes.all.name),
  ];
}

export function benchConsumerSizes(workspace: AppSize[] = []): Section {
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
    return size ? fmtKb(size.gzip) : '–';
  };
  const budgetOf = (name: string) => checks.find((check) => check.name.includes(`${name} in a partner's`));
  const rows = [...sizes.widgets, sizes.all].map((size) => [
    size.name,
    workspaceGzip(size.name),
    fmtKb(size.gzip),
    size.onDemandGzip ? fmtKb(size.onDemandGzip) : '',
    size.lazyFiles ? `${size.lazyFiles} files, ${fmtKb(size.lazyGzip)}` : '',
    `${mark(budgetOf(size.name)?.ok)} ${budgetOf(size.name)?.target ?? ''}`,
  ]);
  return {
    ...base,
    status: 'measured',
    notes: [
      `Measured by the consumer tests on ${sizes.measuredAt} (file written ${statSync(consumerSizesPath).mtime.toISOString()}): the packages as published to a local registry, installed with npm into a fresh Vite app, one production build per widget entry (\`import '@onramp/widgets/<entry>.js'\`) and one of all six, with ${sizes.tool} and its defaults. gzip -9 per output file of the initial load (entry chunk and its static imports), which the budgets apply to; lazy chunks apart: the code a user's action loads (each chunk budgeted on its own) and the translations, as in the workspace figures (decision 0073).`,
      'The workspace column is the "Bundle size" section of this run (the same Vite build over the built `dist`), when it ran.',
    ],
    tables: [
      {
        columns: [
          'entry',
          'workspace (Vite) gzip, budgeted',
          `partner app (${sizes.tool}) gzip`,
          "loaded on a user's action",
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
