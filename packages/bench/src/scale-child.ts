/**
 * Run by ./scale.ts as `node --expose-gc scale-child.js <runs>`: times list, filter and page
 * operations through the mock's framework-free core (`createMockApp().handle`, no HTTP) on the
 * `default` and `scale` scenarios, and the heap each store takes. Prints one JSON line.
 */
import {
  createMockApp,
  type MockApp,
  type MockRequest,
  type MockResponse,
  type ScenarioName,
} from '@onramp/mock-server';
import { BENCH_CUSTOMER } from './http/sample-customer.js';
import { median } from './stats.js';

export interface ScaleOperation {
  name: string;
  /** Per scenario, the same operation (ids differ between scenarios). */
  request(context: Context): Pick<MockRequest, 'method' | 'path'> & { query?: string; body?: unknown };
}

interface Context {
  scenario: ScenarioName;
  customerId: string;
  externalId: string;
  email: string;
  unique: () => string;
}

export interface ScaleResult {
  scenarios: {
    scenario: ScenarioName;
    customers: number;
    subscribers: number;
    seedMs: number;
    heapBytes: number;
    operations: { name: string; microseconds: number; items: number; status: number; iterations: number }[];
  }[];
}

/**
 * Lookups and small first pages answer the same items on both scenarios, so their ratio shows whether
 * cost follows the store size (it should not); the max=100 and offset pages show the absolute cost.
 */
const OPERATIONS: ScaleOperation[] = [
  { name: 'customers: first page (max=5)', request: () => list('/wholesale/customers', 'max=5') },
  { name: 'customers: first page (max=100)', request: () => list('/wholesale/customers', 'max=100') },
  {
    name: 'customers: page at offset 9,900 (max=100)',
    request: () => list('/wholesale/customers', 'offset=9900&max=100'),
  },
  {
    name: 'customers: filter status=error (max=1)',
    request: () => list('/wholesale/customers', 'status=error&max=1'),
  },
  {
    name: 'customers: filter status=error (max=100)',
    request: () => list('/wholesale/customers', 'status=error&max=100'),
  },
  {
    name: 'customers: filter status=error, offset 1,000 (max=100)',
    request: () => list('/wholesale/customers', 'status=error&offset=1000&max=100'),
  },
  {
    name: 'customers: filter externalId (one match)',
    request: (c) => list('/wholesale/customers', `externalId=${c.externalId}`),
  },
  { name: 'customer: get by id', request: (c) => list(`/wholesale/customers/${c.customerId}`, '') },
  { name: 'subscribers: first page (max=5)', request: () => list('/wholesale/subscribers', 'max=5') },
  { name: 'subscribers: first page (max=100)', request: () => list('/wholesale/subscribers', 'max=100') },
  {
    name: 'subscribers: page at offset 99,900 (max=100)',
    request: () => list('/wholesale/subscribers', 'offset=99900&max=100'),
  },
  {
    name: "subscribers: one customer's (customerId, max=1)",
    request: (c) => list('/wholesale/subscribers', `customerId=${encodeURIComponent(c.customerId)}&max=1`),
  },
  {
    name: 'subscribers: filter email (one match)',
    request: (c) => list('/wholesale/subscribers', `email=${encodeURIComponent(c.email)}`),
  },
  {
    name: 'customers: create (store grows)',
    request: (c) => ({
      method: 'POST',
      path: '/wholesale/customers',
      body: { ...BENCH_CUSTOMER, externalId: `bench-${c.unique()}` },
    }),
  },
];

function list(path: string, query: string) {
  return { method: 'GET', path, query };
}

const gc = (globalThis as { gc?: () => void }).gc;
function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc?.();
  return process.memoryUsage().heapUsed;
}

async function call(app: MockApp, context: Context, operation: ScaleOperation) {
  const spec = operation.request(context);
  const response = await app.handle({
    method: spec.method,
    path: spec.path,
    query: new URLSearchParams(spec.query ?? ''),
    headers: {
      authorization: 'Bearer partner-full-admin',
      ...(spec.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(spec.body === undefined ? {} : { body: spec.body }),
    origin: 'http://127.0.0.1:4010',
  });
  return response;
}

/** One run of one operation: at least 5 calls and 40 ms, at most 2,000 calls; µs per call. */
async function runOnce(app: MockApp, context: Context, operation: ScaleOperation) {
  let count = 0;
  const started = performance.now();
  let elapsed = 0;
  while (count < 5 || (elapsed < 40 && count < 2000)) {
    await call(app, context, operation);
    count++;
    elapsed = performance.now() - started;
  }
  return { microseconds: (elapsed / count) * 1000, count };
}

/** Every operation warmed up, then the runs interleaved (op 1, op 2, …, op 1, …) so that a GC or a
 *  noisy neighbour lands in one run of several operations rather than every run of one. */
async function measureAll(app: MockApp, context: Context, runs: number) {
  const firsts: MockResponse[] = [];
  for (const operation of OPERATIONS) {
    firsts.push(await call(app, context, operation));
    await runOnce(app, context, operation);
  }
  const perRun = OPERATIONS.map(() => [] as number[]);
  const iterations = OPERATIONS.map(() => 0);
  for (let run = 0; run < runs; run++) {
    for (const [index, operation] of OPERATIONS.entries()) {
      const result = await runOnce(app, context, operation);
      perRun[index]?.push(result.microseconds);
      iterations[index] = (iterations[index] ?? 0) + result.count;
    }
  }
  return OPERATIONS.map((operation, index) => {
    const first = firsts[index];
    // A list body may be pre-serialized (the mock's SerializedJson): read it as its JSON.
    const body = (first?.body === undefined ? undefined : JSON.parse(JSON.stringify(first.body))) as
      | { items?: unknown[] }
      | undefined;
    return {
      name: operation.name,
      microseconds: median(perRun[index] ?? []),
      items: body?.items?.length ?? (body ? 1 : 0),
      status: first?.status ?? 0,
      iterations: iterations[index] ?? 0,
    };
  });
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  if (!gc) throw new Error('run with --expose-gc');
  const result: ScaleResult = { scenarios: [] };
  let counter = 0;
  for (const scenario of ['default', 'scale'] as const) {
    const before = heapAfterGc();
    const started = performance.now();
    let app: MockApp | undefined = createMockApp({ scenario });
    const seedMs = performance.now() - started;
    const heapBytes = heapAfterGc() - before;
    const customers = [...app.store.customers.values()];
    // A customer in the middle of the store that has subscribers.
    const subscribers = [...app.store.subscribers.values()];
    const middle = subscribers[Math.floor(subscribers.length / 2)]?.customerId;
    const customer = customers.find((c) => c.id === middle) ?? customers[Math.floor(customers.length / 2)];
    if (!customer) throw new Error(`scenario ${scenario} has no customers`);
    const subscriber = subscribers.find((s) => s.customerId === customer.id);
    const context: Context = {
      scenario,
      customerId: customer.id,
      externalId: customer.externalId,
      email: subscriber?.email ?? 'nobody@example.com',
      unique: () => `${scenario}-${++counter}`,
    };
    const operations = await measureAll(app, context, runs);
    result.scenarios.push({
      scenario,
      customers: customers.length,
      subscribers: app.store.subscribers.size,
      seedMs,
      heapBytes,
      operations,
    });
    app.reset();
    app = undefined;
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  // Scheduled lifecycle transitions of the created customers would keep the process alive.
  process.exit(0);
}

await main();
