import type { ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../api/client.js';
import { Loader, thrownProblem } from './loader.js';

/** A host that counts the updates it is asked for (the Loader needs nothing else of it). */
function fakeHost() {
  const host = { updates: 0, requestUpdate: () => void host.updates++ };
  return host as typeof host & ReactiveControllerHost;
}

/** A promise settled from outside, to order two runs' answers. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Loader', () => {
  it('is pending while a run is under way, then hands its data to done', async () => {
    const host = fakeHost();
    const seen: string[] = [];
    const answer = deferred<ApiResult<string>>();
    const loader = new Loader(
      host,
      () => answer.promise,
      (data) => seen.push(data),
    );
    const run = loader.run();
    expect(loader.pending).toBe(true);
    answer.resolve({ data: 'org A' });
    await run;
    expect(loader.pending).toBe(false);
    expect(loader.problem).toBeUndefined();
    expect(seen).toEqual(['org A']);
    expect(host.updates).toBe(2);
  });

  it('a newer run aborts the one under way: its signal is aborted and its late answer dropped', async () => {
    const answers = [deferred<ApiResult<string>>(), deferred<ApiResult<string>>()];
    const signals: AbortSignal[] = [];
    const seen: string[] = [];
    const loader = new Loader(
      fakeHost(),
      (signal) => {
        signals.push(signal);
        return answers[signals.length - 1]?.promise;
      },
      (data) => seen.push(data),
    );
    const first = loader.run();
    const firstSignal = loader.signal;
    const second = loader.run();
    expect(firstSignal?.aborted).toBe(true);
    expect(signals.map((signal) => signal.aborted)).toEqual([true, false]);
    answers[1]?.resolve({ data: 'org B' });
    await second;
    answers[0]?.resolve({ data: 'org A' });
    await first;
    expect(seen).toEqual(['org B']);
    expect(loader.pending).toBe(false);
  });

  it("a superseded run's problem is dropped too", async () => {
    const answers = [deferred<ApiResult<string>>(), deferred<ApiResult<string>>()];
    let runs = 0;
    const loader = new Loader(
      fakeHost(),
      () => answers[runs++]?.promise,
      () => {},
    );
    const first = loader.run();
    const second = loader.run();
    answers[1]?.resolve({ data: 'org B' });
    await second;
    answers[0]?.reject(new TypeError('late failure of org A'));
    await first;
    expect(loader.problem).toBeUndefined();
  });

  it('a returned problem is the problem until the next run starts', async () => {
    let answer: ApiResult<string> = { problem: { status: 503, message: 'Service unavailable' } };
    const seen: string[] = [];
    const loader = new Loader(
      fakeHost(),
      async () => answer,
      (data) => seen.push(data),
    );
    await loader.run();
    expect(loader.problem?.status).toBe(503);
    expect(seen).toEqual([]);
    answer = { data: 'back' };
    const retry = loader.run();
    expect(loader.problem).toBeUndefined();
    await retry;
    expect(seen).toEqual(['back']);
  });

  it('an error thrown by the task, or a rejected promise, is the problem (status 0), never a rejection', async () => {
    const throwing = new Loader(
      fakeHost(),
      () => {
        throw new TypeError('sdk.users.list is not a function');
      },
      () => {},
    );
    await expect(throwing.run()).resolves.toBeUndefined();
    expect(throwing.problem).toEqual({ status: 0, message: 'TypeError: sdk.users.list is not a function' });
    const rejecting = new Loader(
      fakeHost(),
      () => Promise.reject('no SDK'),
      () => {},
    );
    await expect(rejecting.run()).resolves.toBeUndefined();
    expect(rejecting.problem).toEqual(thrownProblem('no SDK'));
  });

  it('nothing to load (no client yet): no problem, done not called', async () => {
    const seen: unknown[] = [];
    const loader = new Loader(
      fakeHost(),
      () => undefined,
      (data) => seen.push(data),
    );
    await loader.run();
    expect([loader.pending, loader.problem, seen]).toEqual([false, undefined, []]);
  });
});
