import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockApp, type MockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { contractOperations } from '../src/core/contract.js';
import { type RunningMockServer, startMockServer } from '../src/node/server.js';
import { WORLD } from '../src/store/seed-world.js';
import { expectContractResponse } from './contract-validator.js';
import { type FuzzCase, fuzzCases } from './fuzz-contract.js';

/**
 * Property-based fuzzing of the standalone server, from the contract (issue #10): hostile requests
 * to every operation over real HTTP. Each answer is a status the contract documents for the
 * operation, never a 5xx and never a hang; a refusal has the contract's error shape and leaves the
 * store exactly as it was; nothing reaches `Object.prototype`. A fixed seed and run count keep CI
 * deterministic; `FUZZ_SEED=<n> FUZZ_RUNS=<n>` explore further (a failure prints the seed to replay).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_122);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
// A hang detector, not a speed budget (decision 0013): a loaded CI runner answers slowly, never not at all.
const REQUEST_TIMEOUT_MS = 60_000;

describe(`fuzz: hostile input to every operation over real HTTP (seed ${SEED}, ${RUNS} runs each)`, () => {
  let running: RunningMockServer;
  let app: MockApp;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    // A manual clock: no provisioning or RPL timeout may change the store between two requests.
    app = createMockApp({ clock: createManualClock() });
    running = await startMockServer({ app, port: 0 });
  });
  afterAll(() => running.close());

  async function send(method: string, c: FuzzCase) {
    const response = await fetch(`${running.url}${c.path}`, {
      method,
      headers: c.headers,
      body: c.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    return {
      status: response.status,
      headers: response.headers,
      body: isJson && text ? JSON.parse(text) : undefined,
    };
  }

  /** One hostile request and what must hold of its answer. */
  async function check(method: string, pattern: string, c: FuzzCase, before: string) {
    const label = `${method} ${c.path.slice(0, 200)} [${c.kind}] body=${c.body?.slice(0, 200)}`;
    const answer = await send(method, c);
    expect(answer.status, label).toBeLessThan(500);
    if (c.mustReject) expect(answer.status, `${label} must be refused`).toBeGreaterThanOrEqual(400);
    expectContractResponse(pattern, method, answer.status, answer.body, answer.headers);
    if (answer.status >= 400) {
      expect(answer.body?.errors?.[0]?.description?.length ?? 0, label).toBeGreaterThan(5);
      expect(app.store.snapshot() === before, `${label} left the store unchanged`).toBe(true);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort(), 'Object.prototype').toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').toBeUndefined();
  }

  for (const operation of contractOperations()) {
    const method = operation.method.toUpperCase();
    it(`${operation.operationId} (${method} ${operation.pattern}): documented 4xx, never 5xx, store unchanged`, async () => {
      app.reset();
      let before = app.store.snapshot();
      const property = fc.asyncProperty(fuzzCases(operation, app), async (c) => {
        try {
          await check(method, operation.pattern, c, before);
        } finally {
          // An accepted request, or a failing one (fast-check then shrinks it): every case starts
          // from the seed.
          if (app.store.snapshot() !== before) {
            app.reset();
            before = app.store.snapshot();
          }
        }
      });
      const details = await fc.check(property, { seed: SEED, numRuns: RUNS });
      if (details.failed)
        throw new Error(
          `${fc.defaultReportMessage(details)}\n${String(details.errorInstance)}\nReplay with FUZZ_SEED=${SEED} (path ${details.counterexamplePath}).`,
        );
    });
  }

  it('answers an oversized body (over 1 MB) with 413 in the error shape, promptly, without a hang', async () => {
    const before = app.store.snapshot();
    const huge = JSON.stringify({ provisioningId: 'x'.repeat(1_100_000) });
    const answer = await send('POST', {
      kind: 'oversized body',
      path: '/wholesale/customers',
      headers: { authorization: 'Bearer partner-full-admin', 'content-type': 'application/json' },
      body: huge,
      mustReject: true,
    });
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0].reason).toBe('too_large');
    expectContractResponse('/wholesale/customers', 'POST', answer.status, answer.body, answer.headers);
    expect(app.store.snapshot()).toBe(before);

    // The CSV import too (not JSON): the contract documents 413 on every operation with a body.
    const csv = await send('POST', {
      kind: 'oversized CSV',
      path: `/organizations/${WORLD.provisionedCustomer}/users/import`,
      headers: { authorization: 'Bearer customer-full-admin', 'content-type': 'text/csv' },
      body: `email\n${'someone@example.com\n'.repeat(60_000)}`,
      mustReject: true,
    });
    expect(csv.status).toBe(413);
    expectContractResponse('/organizations/{orgId}/users/import', 'POST', csv.status, csv.body, csv.headers);
    expect(app.store.snapshot()).toBe(before);
  });
});
