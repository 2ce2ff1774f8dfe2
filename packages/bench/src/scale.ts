import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Check, Section } from './report.js';
import type { ScaleResult } from './scale-child.js';
import { fmt, fmtRatio, ratio } from './stats.js';

const childScript = resolve(dirname(fileURLToPath(import.meta.url)), 'scale-child.js');

function runChild(runs: number): Promise<ScaleResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', childScript, String(runs)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolvePromise(JSON.parse(line) as ScaleResult);
      else reject(new Error(`scale child exited with ${code}: ${stderr.trim().slice(-1000)}`));
    });
  });
}

const MB = 1e6;

export async function benchScale(options: { runs: number }): Promise<Section> {
  const result = await runChild(options.runs);
  const [small, large] = result.scenarios;
  if (!small || !large) throw new Error('scale child returned no scenarios');
  const rows = large.operations.map((operation) => {
    const reference = small.operations.find((o) => o.name === operation.name);
    const comparable = reference !== undefined && reference.items === operation.items;
    return [
      operation.name,
      reference ? `${fmt(reference.microseconds, 1)} (${reference.items})` : '–',
      `${fmt(operation.microseconds, 1)} (${operation.items})`,
      comparable ? fmtRatio(ratio(operation.microseconds, reference.microseconds)) : '– (other item count)',
      operation.status === 200 || operation.status === 202 ? '' : `status ${operation.status}`,
    ];
  });
  // "Flat": the same answer (same number of items) costs about the same with 1,400× more data.
  const checks: Check[] = [];
  for (const operation of large.operations) {
    const reference = small.operations.find((o) => o.name === operation.name);
    const sameAnswer = reference && reference.items === operation.items && operation.items > 0;
    if (!sameAnswer || operation.name.includes('offset') || operation.name.includes('create')) continue;
    const r = ratio(operation.microseconds, reference.microseconds);
    checks.push({
      name: `${operation.name}: scale / default`,
      target: '≤ 2.00× (flat)',
      actual: fmtRatio(r),
      ok: Number.isFinite(r) ? r <= 2 : undefined,
    });
  }
  return {
    id: 'scale',
    title: 'Scale of the mock (in-process core)',
    status: 'measured',
    notes: [
      'Through the framework-free core (`createMockApp(...).handle`, no HTTP, token `partner-full-admin`, which includes auth, parameter parsing, the handler and the view mapping), in a separate `node --expose-gc` process.',
      `µs per operation: median of ${options.runs} interleaved runs (each ≥ 40 ms and ≥ 5 calls, after a warm-up of every operation); the number of items answered in brackets. The reference is the same operation on the \`default\` scenario (${small.customers} customers, ${small.subscribers} subscribers): "flat" (checked: ≤ 2×, the bench's reading of the issue's "stay flat") is asked only where both scenarios answer the same number of items; offset pages walk the offset, so they grow with it.`,
      'Memory: `heapUsed` after `gc()` with the app alive minus before it was created. The 100,000 *users* (admin users for the role editor) are not in the mock yet (they come with the users/roles operations): the subscribers stand in for them here.',
    ],
    tables: [
      {
        title: 'Store',
        columns: ['scenario', 'customers', 'subscribers', 'seed time ms', 'heap used MB'],
        rows: result.scenarios.map((s) => [
          s.scenario,
          fmt(s.customers),
          fmt(s.subscribers),
          fmt(s.seedMs),
          fmt(s.heapBytes / MB, 1),
        ]),
      },
      {
        title: 'Operations (µs per call)',
        columns: [
          'operation',
          `default (${small.customers} customers)`,
          `scale (${fmt(large.customers)} / ${fmt(large.subscribers)})`,
          'scale vs default',
          'notes',
        ],
        rows,
      },
    ],
    data: result,
    checks,
  };
}
