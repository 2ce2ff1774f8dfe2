import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import createClient from 'openapi-fetch';
import { startChildServer, type Target } from './http/targets.js';
import { recordFixtures, startBareServer, TOKEN } from './http/throughput.js';
import { packagesDir, type Section } from './report.js';
import { fmt, fmtRatio, median, ratio } from './stats.js';

const CALLS = 10_000;
/** Calls per variant in one slice of a run (CALLS is a multiple of it). */
const CHUNK = 500;

/** Issue 19: the SDK's time per call stays within this factor of openapi-fetch's against the same server. */
const SDK_VS_OPENAPI_FETCH_BUDGET = 1.15;

type Call = () => Promise<unknown>;

interface Variant {
  name: string;
  call: Call;
}

/** Loose view of the SDK module: it is being written (issue 5), so its surface is detected. */
type AnyFunction = (...args: unknown[]) => unknown;
type Loose = Record<string, unknown>;

interface SdkProbe {
  variant?: Variant;
  note: string;
}

async function loadSdk(baseUrl: string): Promise<SdkProbe> {
  const dir = resolve(packagesDir, 'sdk');
  const manifestPath = resolve(dir, 'package.json');
  if (!existsSync(manifestPath))
    return { note: 'SDK: `packages/sdk` does not exist yet (issue 5): skipped.' };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports?: Record<string, string | { default?: string; import?: string }>;
  };
  const root = manifest.exports?.['.'];
  const file = typeof root === 'string' ? root : (root?.import ?? root?.default);
  if (!file || !existsSync(resolve(dir, file)))
    return { note: `SDK: not built yet (${file ?? 'no "." export'} missing): skipped.` };
  const sdk = (await import(pathToFileURL(resolve(dir, file)).href)) as Loose;
  const factory = sdk.createOnrampClient;
  if (typeof factory !== 'function')
    return {
      note: `SDK: built, but exports no createOnrampClient (exports: ${Object.keys(sdk).join(', ')}): skipped.`,
    };
  const client = (factory as AnyFunction)({ baseUrl, token: TOKEN }) as Loose;
  // The raw typed client: on the client itself (openapi-fetch style) or under a property.
  const candidates: [string, Loose | undefined][] = [
    ['client', client],
    ...['raw', 'api', 'http', 'client'].map(
      (key) => [`client.${key}`, client[key] as Loose | undefined] as [string, Loose | undefined],
    ),
  ];
  for (const [label, candidate] of candidates) {
    const get = candidate?.GET;
    if (typeof get !== 'function') continue;
    const call = () =>
      (get as AnyFunction).call(candidate, '/wholesale/customers', {
        params: { query: { max: 10 } },
      }) as Promise<{ data?: unknown; error?: unknown }>;
    const first = await call();
    if (!first || typeof first !== 'object' || !('data' in first) || first.data === undefined)
      return {
        note: `SDK: ${label}.GET answered without data (${JSON.stringify(first).slice(0, 200)}): skipped.`,
      };
    return {
      variant: { name: `@onramp/sdk (${label}.GET)`, call },
      note: `SDK: createOnrampClient({ baseUrl, token }) then ${label}.GET('/wholesale/customers', { params: { query: { max: 10 } } }).`,
    };
  }
  return {
    note: `SDK: built, but no raw GET found on the client (keys: ${Object.keys(client).join(', ')}): skipped.`,
  };
}

async function timeCalls(call: Call, count: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await call();
  return performance.now() - started;
}

export async function benchSdk(options: { runs: number }): Promise<Section> {
  const runs = Math.max(3, Math.min(options.runs, 5));
  const notes = [
    `${fmt(CALLS)} sequential calls (each awaits and parses the JSON list) per variant and run, ${runs} runs after a 1,000-call warm-up, each interleaving the variants in slices of ${fmt(CHUNK)} calls; the server is the bare node:http reference (child process) answering the mock's recorded \`GET /v1/wholesale/customers?max=10\` bytes, so the figures are the client's own cost plus loopback.`,
  ];
  const tempDir = mkdtempSync(join(tmpdir(), 'onramp-bench-sdk-'));
  const targets: Target[] = [];
  try {
    const mock = await startChildServer('mock', 'mock', 'default');
    targets.push(mock);
    const fixtures = await recordFixtures(mock);
    await mock.stop();
    targets.pop();
    const bare = await startBareServer(fixtures, tempDir);
    targets.push(bare);
    const baseUrl = `${bare.origin}/v1`;
    const url = `${baseUrl}/wholesale/customers?max=10`;
    const headers = { authorization: `Bearer ${TOKEN}` };

    const openapi = createClient<Record<string, never>>({ baseUrl, headers });
    const variants: Variant[] = [
      { name: 'plain fetch', call: async () => (await fetch(url, { headers })).json() },
      {
        name: 'openapi-fetch (createClient().GET)',
        call: () =>
          (openapi.GET as unknown as AnyFunction)('/wholesale/customers', {
            params: { query: { max: 10 } },
          }) as Promise<unknown>,
      },
    ];
    const sdk = await loadSdk(baseUrl);
    notes.push(sdk.note);
    if (sdk.variant) variants.push(sdk.variant);

    for (const variant of variants) await timeCalls(variant.call, 1000);
    const times = new Map<Variant, number[]>(variants.map((variant) => [variant, []]));
    // Each run interleaves the variants in slices of CHUNK calls, so a shared machine's load swings
    // (other jobs come and go within seconds) fall on every variant alike.
    for (let run = 0; run < runs; run++) {
      const totals = variants.map(() => 0);
      for (let done = 0; done < CALLS; done += CHUNK) {
        for (const [index, variant] of variants.entries())
          totals[index] = (totals[index] ?? 0) + (await timeCalls(variant.call, CHUNK));
      }
      for (const [index, variant] of variants.entries()) times.get(variant)?.push(totals[index] ?? 0);
    }

    const reference = median(times.get(variants[0] as Variant) ?? []);
    const rows = variants.map((variant) => {
      const total = median(times.get(variant) ?? []);
      const perCall = (total / CALLS) * 1000;
      const overhead = ((total - reference) / CALLS) * 1000;
      return [
        variant.name,
        fmt(total),
        fmt(perCall, 1),
        fmt((CALLS / total) * 1000),
        variant === variants[0] ? 'reference' : fmtRatio(ratio(total, reference)),
        variant === variants[0] ? '' : `${overhead >= 0 ? '+' : ''}${fmt(overhead, 1)} µs`,
      ];
    });
    const sdkVariant = sdk.variant;
    const openapiVariant = variants[1] as Variant;
    // The ratio of each run (its variants interleaved, so they saw the same load), then the median of
    // those: a load swing between runs moves both sides of a run's ratio alike.
    const runRatios = sdkVariant
      ? (times.get(sdkVariant) ?? []).map((total, run) =>
          ratio(total, times.get(openapiVariant)?.[run] ?? Number.NaN),
        )
      : [];
    const sdkVsOpenapi = median(runRatios);
    if (sdkVariant)
      notes.push(
        `SDK time per call vs openapi-fetch: ${fmtRatio(sdkVsOpenapi)} (median of the runs' ratios: ${runRatios.map(fmtRatio).join(', ')}).`,
      );
    return {
      id: 'sdk',
      title: 'SDK overhead (10,000 sequential calls)',
      status: sdkVariant ? 'measured' : 'partial',
      notes,
      tables: [
        {
          columns: ['client', 'total ms', 'µs / call', 'calls/s', 'time vs fetch', 'overhead / call'],
          rows,
        },
      ],
      data: {
        calls: CALLS,
        runs,
        variants: variants.map((variant) => ({ name: variant.name, totalMs: times.get(variant) })),
        sdkVsOpenapiFetch: sdkVsOpenapi,
        sdkVsOpenapiFetchPerRun: runRatios,
        budget: SDK_VS_OPENAPI_FETCH_BUDGET,
      },
      checks: [
        {
          name: 'SDK raw.GET time per call vs openapi-fetch',
          target: `≤ ${SDK_VS_OPENAPI_FETCH_BUDGET.toFixed(2)}×`,
          actual: fmtRatio(sdkVsOpenapi),
          ok: Number.isFinite(sdkVsOpenapi) ? sdkVsOpenapi <= SDK_VS_OPENAPI_FETCH_BUDGET : undefined,
        },
      ],
    };
  } finally {
    await Promise.all(targets.map((target) => target.stop()));
    rmSync(tempDir, { recursive: true, force: true });
  }
}
