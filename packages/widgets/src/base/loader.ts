import type { ReactiveControllerHost } from 'lit';
import type { ApiProblem, ApiResult } from '../api/client.js';
import type { RetryAfterController } from '../api/retry-after.js';

/**
 * An error thrown (not returned) while loading, as the component's problem: a `client` that is not
 * the SDK's (a resource method missing or throwing, a rejected promise) is shown as the generic,
 * translated error with "Try again", never left as an unhandled rejection and a component loading
 * for ever.
 */
export const thrownProblem = (error: unknown): ApiProblem => ({ status: 0, message: String(error) });

/** What a component loads: its data or problem, or `undefined` when there is nothing to load (no client yet). */
export type LoadTask<T> = (signal: AbortSignal) => Promise<ApiResult<T> | undefined> | undefined;

/**
 * The one loading / result / error state of a component (decisions/0069), in place of its own
 * `loading` / `problem` flags and stale-answer counters. `run()` starts the task (on a change of its
 * inputs, and as "Try again"): a run under way is aborted (its `signal`) and its answer dropped, so
 * only the latest run's outcome reaches the component. A thrown error becomes the `problem`. With
 * the component's `RetryAfterController`, a 429 asking for a short wait is retried once by itself and
 * a longer one starts the countdown (decisions/0047). `done(data)` runs for the latest run's data alone.
 */
export class Loader<T> {
  /** A run is under way. */
  pending = false;
  /** The latest run's problem (returned or thrown), until the next run starts. */
  problem?: ApiProblem;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly task: LoadTask<T>,
    private readonly done: (data: T) => void,
    private readonly retryAfter?: RetryAfterController,
  ) {}

  /** Aborted when a newer run starts: a task's own follow-up work (a poll) checks it. */
  get signal(): AbortSignal | undefined {
    return this.controller?.signal;
  }

  /** Starts a run; resolves when it settles or is superseded. */
  async run(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    const { signal } = controller;
    this.controller = controller;
    const attempt = async (): Promise<Partial<ApiResult<T>>> => {
      try {
        // Nothing to send for a run superseded while it waited out a 429.
        return (signal.aborted ? undefined : await this.task(signal)) ?? {};
      } catch (error) {
        return { problem: thrownProblem(error) };
      }
    };
    this.pending = true;
    this.problem = undefined;
    this.host.requestUpdate();
    const { data, problem } = await (this.retryAfter?.send(attempt as () => Promise<ApiResult<T>>) ??
      attempt());
    if (signal.aborted) return;
    this.pending = false;
    this.problem = problem;
    if (problem) this.retryAfter?.refused(problem);
    else if (data !== undefined) this.done(data);
    this.host.requestUpdate();
  }
}
