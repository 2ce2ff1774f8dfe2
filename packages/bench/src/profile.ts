/**
 * `pnpm run profile`: where the standalone mock server's time goes (evidence for FINDINGS.md).
 * 1. CPU profiles (`--cpu-prof`) of the server child under the bench's list and create loads,
 *    summarised by self time and by inclusive time of the adapter/core functions.
 * 2. Micro-timings of the pieces of one request, in this process.
 * 3. An experiment: the same core behind a leaner adapter (./http/lean-adapter.ts) vs the standalone
 *    server vs bare node:http, interleaved runs.
 * Writes profiles/*.cpuprofile and profiles/summary.md (ignored by git).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { requestBodySchemas } from '@onramp/contract/schemas';
import { createMockApp, type MockRequest } from '@onramp/mock-server';
// Internals of the built mock server, read-only, to time the pieces of a request.
import { validateBody } from '../../mock-server/dist/core/body.js';
import { createClock } from '../../mock-server/dist/core/clock.js';
import { contractOperations } from '../../mock-server/dist/core/contract.js';
import { createIdempotencyStore, fingerprint } from '../../mock-server/dist/core/idempotency.js';
import { parseParams } from '../../mock-server/dist/core/params.js';
import { compileRouter } from '../../mock-server/dist/core/router.js';
import { jsonText } from '../../mock-server/dist/core/serialized-json.js';
import { encodeId } from '../../mock-server/dist/store/ids.js';
import { type LoadRequest, load } from './http/load.js';
import { BENCH_CUSTOMER } from './http/sample-customer.js';
import { startChildServer, type Target } from './http/targets.js';
import { recordFixtures, startBareServer, TOKEN } from './http/throughput.js';
import { benchDir, markdownTable } from './report.js';
import { fmt, fmtRatio, median } from './stats.js';

const profilesDir = resolve(benchDir, 'profiles');
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 5);
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);

const LIST: LoadRequest = {
  method: 'GET',
  path: '/v1/wholesale/customers?max=10',
  headers: { authorization: `Bearer ${TOKEN}` },
};
const CREATE_OBJECT = BENCH_CUSTOMER;
const CREATE: LoadRequest = {
  method: 'POST',
  path: '/v1/wholesale/customers',
  headers: {
    authorization: `Bearer ${TOKEN}`,
    'content-type': 'application/json',
    'idempotency-key': 'bench-[<id>]',
  },
  body: JSON.stringify(CREATE_OBJECT),
};

// ---------- 1. CPU profiles ----------

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, '');
  const short =
    file.lastIndexOf('node_modules/') >= 0
      ? file.slice(file.lastIndexOf('node_modules/') + 13)
      : file.includes('/packages/')
        ? file.slice(file.indexOf('/packages/') + 10)
        : file;
  return `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
}

function bucket(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'program (native, unattributed)';
    return `native: ${functionName}`;
  }
  if (url.includes('mock-server/dist/node/')) return 'mock: node:http adapter';
  if (url.includes('mock-server/dist/core/')) return `mock: core/${url.split('/core/')[1]}`;
  if (url.includes('mock-server/dist/')) return `mock: ${url.split('mock-server/dist/')[1]}`;
  if (url.includes('/zod/')) return 'zod';
  if (url.includes('contract/dist')) return 'contract (schemas)';
  if (url.startsWith('node:internal/url') || url === 'node:url') return 'node: URL';
  if (url.includes('_http_') || url.includes('internal/http')) return 'node: http';
  if (url.includes('internal/streams') || url.startsWith('node:stream') || url.includes('net'))
    return 'node: net/streams';
  if (url.includes('internal/process/task_queues') || url.includes('async_hooks'))
    return 'node: microtasks/timers';
  if (url.startsWith('node:')) return `node: ${url.slice(5).replace('internal/', '')}`;
  return url.split('/').slice(-2).join('/');
}

function analyse(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const buckets = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, index) => {
    const dt = profile.timeDeltas[index] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    if (node.callFrame.functionName === '(idle)') {
      idle += dt;
      return;
    }
    total += dt;
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    buckets.set(bucket(node), (buckets.get(bucket(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      if (!frame) break;
      const name = label(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    }
  });
  return { total, idle, self, buckets, inclusive };
}

function top(map: Map<string, number>, total: number, count: number, filter?: (name: string) => boolean) {
  return [...map.entries()]
    .filter(([name]) => (filter ? filter(name) : true))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => [name, `${((us / total) * 100).toFixed(1)}%`]);
}

async function profileUnderLoad(
  name: string,
  request: LoadRequest,
  expectStatus: number,
  server: { kind: 'mock' | 'bare'; argument: string },
) {
  const profileName = `${server.kind}-${name}.cpuprofile`;
  const target = await startChildServer(server.kind, server.kind, server.argument, [
    '--cpu-prof',
    `--cpu-prof-dir=${profilesDir}`,
    `--cpu-prof-name=${profileName}`,
  ]);
  const result = await load(target.origin, request, { connections: 10, seconds: SECONDS, expectStatus });
  await target.stop();
  const profile = JSON.parse(readFileSync(join(profilesDir, profileName), 'utf8')) as CpuProfile;
  const analysis = analyse(profile);
  const perRequestUs = analysis.total / result.responses;
  const mine = (n: string) => n.includes('mock-server/') || n.includes('contract/') || n.includes('zod/');
  return [
    `### ${server.kind === 'bare' ? 'bare node:http' : 'mock'}, ${name}: ${fmt(result.requestsPerSecond)} req/s while profiled; busy CPU ${fmt(perRequestUs, 1)} µs per request (${fmt(analysis.total / 1000)} ms busy, ${fmt(analysis.idle / 1000)} ms idle)`,
    markdownTable({
      title: 'Self time by area (share of busy CPU)',
      columns: ['area', 'share'],
      rows: top(analysis.buckets, analysis.total, 25),
    }),
    markdownTable({
      title: 'Inclusive time of mock/contract/zod functions (share of busy CPU)',
      columns: ['function', 'share'],
      rows: top(analysis.inclusive, analysis.total, 30, mine),
    }),
    markdownTable({
      title: 'Top self time (all)',
      columns: ['function', 'share'],
      rows: top(analysis.self, analysis.total, 25),
    }),
  ].join('\n\n');
}

// ---------- 2. Micro-timings ----------

function timeSync(fn: () => unknown, minMs = 150): number {
  for (let i = 0; i < 200; i++) fn();
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    let count = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < minMs / 5) {
      for (let i = 0; i < 50; i++) fn();
      count += 50;
      elapsed = performance.now() - started;
    }
    runs.push((elapsed / count) * 1000);
  }
  return median(runs);
}

async function timeAsync(fn: () => Promise<unknown>, minMs = 150): Promise<number> {
  for (let i = 0; i < 200; i++) await fn();
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    let count = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < minMs / 5) {
      await fn();
      count++;
      elapsed = performance.now() - started;
    }
    runs.push((elapsed / count) * 1000);
  }
  return median(runs);
}

async function micro(): Promise<string> {
  const app = createMockApp({ scenario: 'default' });
  const origin = 'http://127.0.0.1:4010';
  const rawUrl = '/v1/wholesale/customers?max=10';
  const nodeHeaders: Record<string, string | string[] | undefined> = {
    host: '127.0.0.1:4010',
    authorization: `Bearer ${TOKEN}`,
    'content-type': 'application/json',
    'idempotency-key': 'bench-abc',
    'content-length': '160',
  };
  const listRequest: MockRequest = {
    method: 'GET',
    path: '/wholesale/customers',
    query: new URLSearchParams('max=10'),
    headers: { authorization: `Bearer ${TOKEN}` },
    origin,
  };
  const listAnswer = await app.handle(listRequest);
  const listJson = JSON.stringify(listAnswer.body);
  let n = 0;
  const createRaw = () => JSON.stringify({ ...CREATE_OBJECT, externalId: `micro-${++n}` });
  const createRequest = (): MockRequest => ({
    method: 'POST',
    path: '/wholesale/customers',
    query: new URLSearchParams(),
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/json',
      'idempotency-key': `micro-${n}`,
    },
    rawBody: createRaw(),
    origin,
  });
  const operations = contractOperations();
  const router = compileRouter(operations);
  const listOperation = operations.find((op) => op.operationId === 'listWholesaleCustomers');
  const schema = (requestBodySchemas as Record<string, Parameters<typeof validateBody>[0]>)
    .provisionWholesaleCustomer as Parameters<typeof validateBody>[0];
  const body = { ...CREATE_OBJECT, externalId: 'micro' };
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type, idempotency-key, x-request-id',
    'access-control-expose-headers': 'location, retry-after, trackingid, idempotent-replayed',
    'access-control-max-age': '600',
  };
  const rows: [string, number][] = [
    [
      'core: app.handle(GET list, max=10) (auth, route, params, handler, view)',
      await timeAsync(() => app.handle(listRequest)),
    ],
    ['core: app.handle(POST create) (+ JSON.parse, zod, idempotency, lifecycle)', 0],
    ['JSON.stringify(list answer, 7.4 kB)', timeSync(() => JSON.stringify(listAnswer.body))],
    ['Buffer.byteLength(list JSON)', timeSync(() => Buffer.byteLength(listJson))],
    [
      'new URL(url, origin) + pathname + searchParams',
      timeSync(() => {
        const url = new URL(rawUrl, origin);
        return [url.pathname, url.searchParams];
      }),
    ],
    [
      "indexOf('?') + slice + new URLSearchParams",
      timeSync(() => {
        const q = rawUrl.indexOf('?');
        return [rawUrl.slice(0, q), new URLSearchParams(rawUrl.slice(q + 1))];
      }),
    ],
    [
      'copy request headers (Object.entries loop)',
      timeSync(() => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(nodeHeaders)) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        return headers;
      }),
    ],
    [
      'response headers: {...CORS, ...answer.headers, content-type, content-length}',
      timeSync(() => ({
        ...cors,
        ...listAnswer.headers,
        'content-type': 'application/json; charset=utf-8',
        'content-length': 7362,
      })),
    ],
    [
      "router.match('GET', '/wholesale/customers')",
      timeSync(() => router.match('GET', '/wholesale/customers')),
    ],
    [
      'parseParams(list parameters, max=10)',
      timeSync(() => parseParams(listOperation?.parameters ?? [], new URLSearchParams('max=10'), {})),
    ],
    ['JSON.parse(create body)', timeSync(() => JSON.parse(createRaw()))],
    ['validateBody(zod/mini provisionWholesaleCustomer)', timeSync(() => validateBody(schema, body))],
    ['fingerprint(create body) (idempotency)', timeSync(() => fingerprint(body))],
    ['crypto.randomUUID()', timeSync(() => crypto.randomUUID())],
    [
      'idempotency: lookup + remember of a new key (store past its 10,000 keys)',
      (() => {
        const keys = createIdempotencyStore();
        const print = { text: createRaw(), json: true };
        const answer = { status: 202, headers: { location: '/x' }, body: { url: '/x' } };
        let key = 0;
        return timeSync(() => {
          key++;
          keys.lookup('user:provisionWholesaleCustomer:/wholesale/customers', `k${key}`, print);
          keys.remember('user:provisionWholesaleCustomer:/wholesale/customers', `k${key}`, print, answer);
        });
      })(),
    ],
    ['encodeId (one id; a create makes two)', timeSync(() => encodeId('CUSTOMER', crypto.randomUUID()))],
    [
      'clock.schedule (the lifecycle step of a new customer)',
      (() => {
        const clock = createClock({ speed: 0 });
        let at = 0;
        return timeSync(() => clock.schedule(++at, () => {}));
      })(),
    ],
    ['jsonText({ url }) (the create answer)', timeSync(() => jsonText({ url: `${origin}/v1/x/${n}` }))],
    ['`Bearer` token regex + store lookup', timeSync(() => /^Bearer\s+(.+)$/i.exec(`Bearer ${TOKEN}`)?.[1])],
  ];
  app.reset();
  rows[1] = [rows[1]?.[0] as string, await timeAsync(() => app.handle(createRequest()))];
  app.reset();
  return markdownTable({
    title: 'Micro-timings in one process (median of 5, µs per call)',
    columns: ['piece', 'µs'],
    rows: rows.map(([name, us]) => [name, fmt(us, 2)]),
  });
}

// ---------- 3. The lean-adapter experiment ----------

async function experiment(): Promise<string> {
  const targets: Target[] = [];
  const tempDir = resolve(profilesDir, 'tmp');
  mkdirSync(tempDir, { recursive: true });
  try {
    const mock = await startChildServer('mock (startMockServer)', 'mock', 'default');
    targets.push(mock);
    const fixtures = await recordFixtures(mock);
    targets.unshift(await startBareServer(fixtures, tempDir));
    targets.push(await startChildServer('same core, lean adapter', 'lean', 'default'));
    for (const habit of (process.env.PROFILE_UNDO ?? 'readBody,url,headers,spread')
      .split(',')
      .filter(Boolean))
      targets.push(
        await startChildServer(`lean adapter + standalone's ${habit}`, 'lean', 'default', [], {
          LEAN_UNDO: habit,
        }),
      );
    const rows: string[][] = [];
    for (const [name, request, status] of [
      ['list', LIST, 200],
      ['create', CREATE, 202],
    ] as const) {
      const results = new Map<Target, number[]>(targets.map((t) => [t, []]));
      const cpu = new Map<Target, number[]>(targets.map((t) => [t, []]));
      for (const target of targets)
        await load(target.origin, request, { connections: 10, seconds: 1, expectStatus: status });
      for (let run = 0; run < RUNS; run++) {
        for (const target of targets) {
          target.cpuStart?.();
          const result = await load(target.origin, request, {
            connections: 10,
            seconds: 3,
            expectStatus: status,
          });
          const sample = await target.cpuStop?.();
          if (result.unexpected)
            throw new Error(`${target.name} answered ${JSON.stringify(result.statuses)}`);
          results.get(target)?.push(result.requestsPerSecond);
          if (sample?.requests) cpu.get(target)?.push((sample.userUs + sample.systemUs) / sample.requests);
          await target.reset();
        }
      }
      const bare = median(results.get(targets[0] as Target) ?? []);
      const bareCpu = median(cpu.get(targets[0] as Target) ?? []);
      for (const target of targets) {
        const rps = median(results.get(target) ?? []);
        const us = median(cpu.get(target) ?? []);
        rows.push([name, target.name, fmt(rps), fmtRatio(rps / bare), fmt(us, 1), fmtRatio(bareCpu / us)]);
      }
    }
    return markdownTable({
      title: `Lean-adapter experiment (${RUNS} interleaved runs of 3 s, 10 connections, medians)`,
      columns: ['operation', 'server', 'req/s', 'vs bare', 'server CPU µs/req', 'CPU: bare / this'],
      rows,
    });
  } finally {
    await Promise.all(targets.map((target) => target.stop()));
    rmSync(tempDir, { recursive: true, force: true });
  }
}

mkdirSync(profilesDir, { recursive: true });
for (const file of readdirSync(profilesDir))
  if (file.endsWith('.cpuprofile')) rmSync(join(profilesDir, file));
async function recordToFile(): Promise<string> {
  const mock = await startChildServer('mock', 'mock', 'default');
  try {
    const fixtures = await recordFixtures(mock);
    const path = join(profilesDir, 'fixtures.json');
    writeFileSync(path, JSON.stringify(fixtures));
    return path;
  } finally {
    await mock.stop();
  }
}

const fixturesPath = await recordToFile();
const mockServer = { kind: 'mock', argument: 'default' } as const;
const only = process.env.PROFILE_ONLY;
const parts =
  only === 'experiment'
    ? [await experiment()]
    : [
        `# Mock server profile (${new Date().toISOString()}, Node ${process.version})`,
        'CPU profiles of the server process only (the load generator runs in the parent). "Busy CPU per request" = non-idle profile time / responses.',
        await profileUnderLoad('list', LIST, 200, mockServer),
        await profileUnderLoad('list', LIST, 200, { kind: 'bare', argument: fixturesPath }),
        await profileUnderLoad('create', CREATE, 202, mockServer),
        await profileUnderLoad('create', CREATE, 202, { kind: 'bare', argument: fixturesPath }),
        await micro(),
        await experiment(),
      ];
const summary = `${parts.join('\n\n')}\n`;
writeFileSync(resolve(profilesDir, 'summary.md'), summary);
console.log(summary);
console.log('Wrote packages/bench/profiles/summary.md and the .cpuprofile files beside it.');
