import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `packages/bench` (this file is `dist/report.js` once built). */
export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(benchDir, '../..');
export const packagesDir = resolve(repoRoot, 'packages');

export type SectionStatus = 'measured' | 'partial' | 'skipped' | 'failed' | 'not measured yet';

export interface Table {
  title?: string;
  columns: string[];
  rows: string[][];
}

export interface Section {
  id: string;
  title: string;
  status: SectionStatus;
  /** Method and caveats, printed above the tables. */
  notes: string[];
  tables: Table[];
  /** Raw numbers for report.json. */
  data: unknown;
  /** Budgets or targets checked in this section. */
  checks: Check[];
  seconds?: number;
}

export interface Check {
  name: string;
  target: string;
  actual: string;
  ok: boolean | undefined;
}

export function mark(ok: boolean | undefined): string {
  if (ok === undefined) return '–';
  return ok ? '✓' : '✗';
}

export function machine() {
  const list = cpus();
  return {
    cpuCount: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1e9),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function markdownTable(table: Table): string {
  const lines = [
    `| ${table.columns.map(escapeCell).join(' | ')} |`,
    `| ${table.columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ];
  return `${table.title ? `**${table.title}**\n\n` : ''}${lines.join('\n')}`;
}

export function sectionMarkdown(section: Section): string {
  const parts = [`## ${section.title}`, `Status: **${section.status}**${timing(section)}`];
  if (section.notes.length) parts.push(section.notes.map((note) => `- ${note}`).join('\n'));
  for (const table of section.tables) parts.push(markdownTable(table));
  if (section.checks.length) {
    parts.push(
      markdownTable({
        title: 'Budgets and targets',
        columns: ['', 'figure', 'target', 'measured'],
        rows: section.checks.map((check) => [mark(check.ok), check.name, check.target, check.actual]),
      }),
    );
  }
  return parts.join('\n\n');
}

function timing(section: Section): string {
  return section.seconds === undefined ? '' : ` (took ${section.seconds.toFixed(0)} s)`;
}

export function reportMarkdown(
  meta: ReturnType<typeof machine> & { totalSeconds: number; settings: Record<string, unknown> },
  sections: Section[],
): string {
  const checks = sections.flatMap((section) => section.checks);
  const exceeded = checks.filter((check) => check.ok === false);
  const header = [
    '# Onramp benchmark report',
    '',
    'Written by `pnpm bench` (`packages/bench`) to `packages/bench/report.md` and `packages/bench/report.json`.',
    'A report, not a test: numbers from a noisy machine never fail the run; a budget or target missed is',
    'marked ✗. Every throughput/latency/timing figure is the median of several runs, and every ratio is',
    'against a reference measured in the same run.',
    '',
    `- Machine: ${meta.cpuCount} × ${meta.cpuModel}, ${meta.memoryGb} GB, ${meta.platform}`,
    `- Node ${meta.node}; ${meta.date}; the whole run took ${meta.totalSeconds.toFixed(0)} s`,
    `- Settings: ${Object.entries(meta.settings)
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(', ')}`,
    '',
    '## Summary',
    '',
    markdownTable({
      columns: ['', 'section', 'figure', 'target', 'measured'],
      rows: checks.length
        ? sections.flatMap((section) =>
            section.checks.map((check) => [
              mark(check.ok),
              section.title,
              check.name,
              check.target,
              check.actual,
            ]),
          )
        : [['–', '–', 'no budget could be checked', '–', '–']],
    }),
    '',
    exceeded.length
      ? `**${exceeded.length} budget(s)/target(s) exceeded** (✗ above).`
      : 'No budget or target exceeded among those measured.',
  ];
  return `${[header.join('\n'), ...sections.map(sectionMarkdown)].join('\n\n')}\n`;
}
