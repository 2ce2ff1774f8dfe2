import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { ApiProblem, ApiResult } from './client.js';

/**
 * The rule for a `429 Too Many Requests` on a write the user started (decisions/0011): when the
 * server asks for a wait of at most this many seconds, the widget waits and sends the same request
 * once more by itself (same body, same Idempotency-Key), saying so; a longer wait, or a second 429,
 * disables the action until then with a visible countdown. A 429 without `Retry-After` says "wait a
 * moment" and leaves the action enabled.
 */
export const AUTO_RETRY_MAX_SECONDS = 3;

/** The wait to retry by itself after, if `problem` is a 429 asking for a short one. */
export const shortRetryAfter = (problem: ApiProblem | undefined): number | undefined =>
  problem?.status === 429 && problem.retryAfter !== undefined && problem.retryAfter <= AUTO_RETRY_MAX_SECONDS
    ? problem.retryAfter
    : undefined;

export const sleep = (seconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, seconds) * 1000));

export interface RetryAfterOptions {
  /** The host's language, for what is said. */
  localize: LocalizeController;
  /** Says a text in the host's polite live region: the start and the end of a wait, not each second. */
  announce: (text: string) => void;
  /** The wait is over (before "you can try again now" is said): e.g. clear the 429's message. */
  over?: () => void;
}

/**
 * The whole 429 rule of a host's writes (above): `send` retries a short wait once by itself, saying
 * so; `refused` starts the countdown of a longer one, saying so. `waiting` while it runs (the host
 * disables its actions), `secondsLeft` for the visible countdown (the host re-renders once a second).
 */
export class RetryAfterController implements ReactiveController {
  private until = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RetryAfterOptions,
  ) {
    host.addController(this);
  }

  /** Sends; a 429 asking for a short wait is announced, waited out, and the same request sent once more. */
  async send<T>(request: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    const result = await request();
    const wait = shortRetryAfter(result.problem);
    if (wait === undefined) return result;
    this.options.announce(this.options.localize.t('rateLimit.retrying', { seconds: wait }));
    await sleep(wait);
    return request();
  }

  /** Whether `problem` is a 429; one with `Retry-After` starts the countdown, announced. */
  refused(problem: ApiProblem): boolean {
    if (problem.status !== 429) return false;
    if (problem.retryAfter) {
      this.start(problem.retryAfter);
      this.options.announce(this.options.localize.t('rateLimit.waitFor', { seconds: problem.retryAfter }));
    }
    return true;
  }

  get waiting() {
    return this.until > 0;
  }

  /** Whole seconds left (at least 1 while waiting). */
  get secondsLeft() {
    return this.waiting ? Math.max(1, Math.ceil((this.until - Date.now()) / 1000)) : 0;
  }

  /** Starts (or restarts) a wait of `seconds`; nothing for 0 or less. */
  start(seconds: number) {
    this.clear();
    if (seconds <= 0) return;
    this.until = Date.now() + seconds * 1000;
    this.tickEverySecond();
    this.host.requestUpdate();
  }

  /** Ends the wait now, without calling `onOver` (e.g. the form was reset). */
  cancel() {
    this.clear();
    this.host.requestUpdate();
  }

  hostConnected() {
    if (this.waiting && !this.timer) this.tickEverySecond();
  }

  hostDisconnected() {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tickEverySecond() {
    this.timer = setInterval(() => {
      if (Date.now() >= this.until) {
        this.clear();
        this.options.over?.();
        this.options.announce(this.options.localize.t('rateLimit.over'));
      }
      this.host.requestUpdate();
    }, 1000);
  }

  private clear() {
    clearInterval(this.timer);
    this.timer = undefined;
    this.until = 0;
  }
}
