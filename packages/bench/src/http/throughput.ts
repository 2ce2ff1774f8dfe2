import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Check, packagesDir, type Section } from '../report.js';
import { fmt, fmtRatio, median, ratio } from '../stats.js';
import { type LoadRequest, type LoadResult, load } from './load.js';
import { BENCH_CUSTOMER } from './sample-customer.js';
import type { Fixtures, RecordedResponse } from './server-child.js';
import { startChildServer, startPrism, type Target } from './targets.js';

export interface ThroughputSettings {
  runs: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
}

export const TOKEN = 'partner-full-admin';
export const LIST_PATH = '/wholesale/customers?max=10';
const CREATE_PATH = '/wholesale/customers';
/** `[<id>]` becomes a unique id per request: every create is a new customer with its own key. */
const CREATE_BODY = JSON.stringify(BENCH_CUSTOMER);

interface Operation {
  id: 'list' | 'create';
  label: string;
  request(target: Target): LoadRequest;
  /** The mock's status; Prism's is probed before the runs. */
  expectStatus: number;
}

const OPERATIONS: Operation[] = [
  {
    id: 'list',
    label: `GET ${LIST_PATH}`,
    request: (target) => ({
      method: 'GET',
      path: `${target.basePath}${LIST_PATH}`,
      headers: { authorization: `Bearer ${TOKEN}` },
    }),
    expectStatus: 200,
  },
  {
    id: 'create',
    label: `POST ${CREATE_PATH} (unique externalId and Idempotency-Key per request)`,
    request: (target) => ({
      method: 'POST',
      path: `${target.basePath}${CREATE_PATH}`,
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
        'idempotency-key': 'bench-[<id>]',
      },
      body: CREATE_BODY,
    }),
    expectStatus: 202,
  },
];

const HOP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

async function record(url: string, init: RequestInit): Promise<RecordedResponse> {
  const response = await fetch(url, init);
  const bytes = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!HOP_HEADERS.has(name)) headers[name] = value;
  });
  return { status: response.status, headers, body: bytes.toString('base64') };
}

/** One request the way the load generator sends it, to learn the status a target answers. */
async function probe(target: Target, operation: Operation): Promise<{ status: number; bytes: number }> {
  const request = operation.request(target);
  const unique = `probe-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const response = await fetch(`${target.origin}${request.path}`, {
    method: request.method,
    headers: Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name, value.replaceAll('[<id>]', unique)]),
    ),
    ...(request.body === undefined ? {} : { body: request.body.replaceAll('[<id>]', unique) }),
  });
  const bytes = (await response.arrayBuffer()).byteLength;
  return { status: response.status, bytes };
}

/** The mock's answers to the list and the create, byte for byte, for the bare reference server. */
export async function recordFixtures(mock: Target): Promise<Fixtures> {
  const auth = { authorization: `Bearer ${TOKEN}` };
  const fixtures: Fixtures = {
    get: await record(`${mock.origin}/v1${LIST_PATH}`, { headers: auth }),
    post: await record(`${mock.origin}/v1${CREATE_PATH}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': 'bench-record' },
      body: CREATE_BODY.replaceAll('[<id>]', 'record'),
    }),
  };
  await mock.reset();
  return fixtures;
}

export function startBareServer(fixtures: Fixtures, tempDir: string): Promise<Target> {
  const fixturesPath = join(tempDir, 'fixtures.json');
  writeFileSync(fixturesPath, JSON.stringify(fixtures));
  return startChildServer('bare node:http', 'bare', fixturesPath);
}

interface Run extends LoadResult {
  /** The server process's CPU time (user + system) per request served, µs. */
  serverCpuUs?: number;
  serverSystemUs?: number;
  /** GC wall time per request in the server process, µs. */
  serverGcUs?: number;
}

interface Series {
  target: string;
  operation: Operation['id'];
  runs: Run[];
  expectStatus: number;
  responseBytes: number;
}

function summary(series: Series) {
  return {
    requestsPerSecond: median(series.runs.map((run) => run.requestsPerSecond)),
    p50: median(series.runs.map((run) => run.p50)),
    p99: median(series.runs.map((run) => run.p99)),
    cpuUs: median(series.runs.flatMap((run) => (run.serverCpuUs === undefined ? [] : [run.serverCpuUs]))),
    systemUs: median(
      series.runs.flatMap((run) => (run.serverSystemUs === undefined ? [] : [run.serverSystemUs])),
    ),
    gcUs: median(series.runs.flatMap((run) => (run.serverGcUs === undefined ? [] : [run.serverGcUs]))),
    unexpected: series.runs.reduce((sum, run) => sum + run.unexpected, 0),
    errors: series.runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

export async function benchThroughput(settings: ThroughputSettings): Promise<Section> {
  const notes: string[] = [
    `Servers run in child processes; autocannon (programmatic API) runs in the parent process, ${settings.connections} connections, ${settings.runs} runs of ${settings.seconds} s per server and operation after a ${settings.warmupSeconds} s warm-up; runs are interleaved (bare, mock, Prism, bare, mock, …) so machine noise hits all servers alike.`,
    'req/s, p50 and p99 are the medians over the runs; p50/p99 are exact percentiles of every response latency of a run (ms). Ratios are medians divided by medians of the same invocation.',
    '**mock**: `startMockServer` from `@onramp/mock-server/node`, scenario `default`, no request log (like `onramp-mock --quiet`). **bare**: `node:http` answering the bytes and headers recorded from the mock for the same request (it reads the POST body first). **Prism**: `prism mock -v error <contract>/dist/openapi.json` (per-request logging off, its fastest setting); it serves the paths without the `/v1` base path.',
    'Server CPU per request: user + system CPU time of the server process during the run (`process.cpuUsage()` in the child; /proc for Prism, 10 ms ticks) divided by the requests it served. It is far less noisy than req/s on a 2-core machine and does not depend on the load generator keeping up (against the bare server, autocannon in the parent is usually the bottleneck, which flatters mock/bare req/s); "CPU: bare / this" is the throughput ratio to expect when the server is the bottleneck. "GC wall": time in garbage collection per request (PerformanceObserver `gc` entries; wall time, so on a busy machine it includes waiting for GC helper threads).',
    'create: the mock store is reset to the seed before every create run (each run adds thousands of customers); the bare server and Prism keep nothing.',
  ];
  const loadBefore = loadavg()[0] ?? 0;
  const tempDir = mkdtempSync(join(tmpdir(), 'onramp-bench-'));
  const targets: Target[] = [];
  const series: Series[] = [];
  try {
    const mock = await startChildServer('mock', 'mock', 'default');
    targets.push(mock);

    const auth = { authorization: `Bearer ${TOKEN}` };
    const fixtures = await recordFixtures(mock);
    const bare = await startBareServer(fixtures, tempDir);
    targets.unshift(bare);
    notes.push(
      `Recorded from the mock: list → ${fixtures.get.status}, ${Buffer.from(fixtures.get.body, 'base64').length} B body, ${Object.keys(fixtures.get.headers).length} headers; create → ${fixtures.post.status}, ${Buffer.from(fixtures.post.body, 'base64').length} B body.`,
    );

    let prism: Target | undefined;
    try {
      prism = await startPrism(resolve(packagesDir, 'contract/dist/openapi.json'), {
        path: LIST_PATH,
        headers: auth,
      });
      targets.push(prism);
    } catch (error) {
      notes.push(`**Prism could not run**: ${error instanceof Error ? error.message : String(error)}`);
    }

    for (const operation of OPERATIONS) {
      const bySeries = new Map<Target, Series>();
      for (const target of targets) {
        const probed = await probe(target, operation);
        await target.reset();
        const expectStatus = target === prism ? probed.status : operation.expectStatus;
        if (probed.status !== expectStatus || probed.status >= 400)
          notes.push(
            `${target.name} answered ${probed.status} to ${operation.id} (expected ${expectStatus}): its numbers are not comparable.`,
          );
        bySeries.set(target, {
          target: target.name,
          operation: operation.id,
          runs: [],
          expectStatus,
          responseBytes: probed.bytes,
        });
        await load(target.origin, operation.request(target), {
          connections: settings.connections,
          seconds: settings.warmupSeconds,
          expectStatus,
        });
        await target.reset();
      }
      for (let run = 0; run < settings.runs; run++) {
        for (const target of targets) {
          const entry = bySeries.get(target) as Series;
          target.cpuStart?.();
          const result = await load(target.origin, operation.request(target), {
            connections: settings.connections,
            seconds: settings.seconds,
            expectStatus: entry.expectStatus,
          });
          const cpu = await target.cpuStop?.();
          const served = cpu?.requests || result.responses;
          entry.runs.push({
            ...result,
            ...(cpu && served
              ? {
                  serverCpuUs: (cpu.userUs + cpu.systemUs) / served,
                  serverSystemUs: cpu.systemUs / served,
                  ...(cpu.gcUs === undefined ? {} : { serverGcUs: cpu.gcUs / served }),
                }
              : {}),
          });
          await target.reset();
        }
      }
      series.push(...bySeries.values());
    }
  } finally {
    await Promise.all(targets.map((target) => target.stop()));
    rmSync(tempDir, { recursive: true, force: true });
  }

  // On a shared machine, other processes' CPU shows up as slower servers: say how busy it was.
  const busiest = Math.max(loadBefore, loadavg()[0] ?? 0);
  const cores = availableParallelism();
  notes.push(
    `Machine load during the runs: ${busiest.toFixed(1)} (1-minute load average, ${cores} cores)${busiest > cores ? ': **busier than its cores**, so every figure here includes waiting for the CPU (GC threads included) and the ratios are noisy; re-run on a quiet machine before drawing conclusions' : ''}.`,
  );
  const rows: string[][] = [];
  const checks: Check[] = [];
  const data: Record<string, unknown> = {};
  for (const operation of OPERATIONS) {
    const of = (name: string) =>
      series.find((s) => s.operation === operation.id && s.target.startsWith(name));
    const bare = of('bare');
    const mock = of('mock');
    const prism = of('Prism');
    const bareSummary = bare && summary(bare);
    const prismSummary = prism && summary(prism);
    const opData: Record<string, unknown> = {};
    for (const entry of [bare, mock, prism]) {
      if (!entry) continue;
      const s = summary(entry);
      opData[entry.target] = { ...s, responseBytes: entry.responseBytes, runs: entry.runs };
      rows.push([
        operation.label,
        entry.target,
        fmt(s.requestsPerSecond),
        fmt(s.p50, 2),
        fmt(s.p99, 2),
        bareSummary ? fmtRatio(ratio(s.requestsPerSecond, bareSummary.requestsPerSecond)) : '–',
        entry === mock && prismSummary
          ? fmtRatio(ratio(s.requestsPerSecond, prismSummary.requestsPerSecond))
          : '',
        `${fmt(s.cpuUs, 1)} (${fmt(s.systemUs, 1)}; GC ${Number.isFinite(s.gcUs) ? fmt(s.gcUs, 1) : '–'})`,
        bareSummary ? fmtRatio(ratio(bareSummary.cpuUs, s.cpuUs)) : '–',
        `${entry.responseBytes} B${s.unexpected ? `, ${fmt(s.unexpected)} other status` : ''}${s.errors ? `, ${fmt(s.errors)} errors` : ''}`,
      ]);
    }
    data[operation.id] = opData;
    if (mock) {
      const s = summary(mock);
      const vsBare = bareSummary ? ratio(s.requestsPerSecond, bareSummary.requestsPerSecond) : Number.NaN;
      const vsPrism = prismSummary ? ratio(s.requestsPerSecond, prismSummary.requestsPerSecond) : Number.NaN;
      const cpuVsBare = bareSummary ? ratio(bareSummary.cpuUs, s.cpuUs) : Number.NaN;
      checks.push(
        {
          name: `${operation.id}: mock / bare node:http req/s`,
          target: '≥ 0.50×',
          actual: fmtRatio(vsBare),
          ok: Number.isFinite(vsBare) ? vsBare >= 0.5 : undefined,
        },
        {
          // The same target read from server CPU per request: what req/s would give if the server,
          // not the load generator in the parent process, were the bottleneck.
          name: `${operation.id}: server CPU per request, bare / mock`,
          target: '≥ 0.50×',
          actual: fmtRatio(cpuVsBare),
          ok: Number.isFinite(cpuVsBare) ? cpuVsBare >= 0.5 : undefined,
        },
        {
          name: `${operation.id}: mock / Prism req/s`,
          target: '≥ 2.00×',
          actual: prismSummary ? fmtRatio(vsPrism) : 'Prism did not run',
          ok: Number.isFinite(vsPrism) ? vsPrism >= 2 : undefined,
        },
        {
          name: `${operation.id}: mock p99 at ${settings.connections} connections`,
          target: '< 10 ms',
          actual: `${fmt(s.p99, 2)} ms`,
          ok: Number.isFinite(s.p99) ? s.p99 < 10 : undefined,
        },
      );
    }
  }
  const ran = series.length > 0;
  return {
    id: 'throughput',
    title: 'Mock server throughput and latency (loopback)',
    status: !ran ? 'failed' : series.some((s) => s.target.startsWith('Prism')) ? 'measured' : 'partial',
    notes,
    tables: [
      {
        columns: [
          'operation',
          'server',
          'req/s',
          'p50 ms',
          'p99 ms',
          'vs bare',
          'mock vs Prism',
          'server CPU µs/req (system; GC wall)',
          'CPU: bare / this',
          'response / notes',
        ],
        rows,
      },
    ],
    data: { settings, ...data },
    checks,
  };
}
