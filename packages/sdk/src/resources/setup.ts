import type {
  ContactCenterDetails,
  CountryCode,
  Platform,
  Setup,
  SetupStatus,
  SetupStep,
  TelephonyOption,
} from '@onramp/contract';
import type { ClientContext } from '../client.js';
import { parseRetryAfterHeader } from '../errors.js';
import { dataOf, unwrap } from '../internal/unwrap.js';
import { type PollVerdict, pollUntil, type WaitOptions } from '../polling.js';
import { type CallOptions, type CreateOptions, type ETagSource, init } from './shared.js';

/** Options of a setup change: `ifMatch` (the setup, its version or its ETag) refuses a stale change with 412. */
export interface SetupChangeOptions extends CallOptions {
  ifMatch?: ETagSource;
}

export interface SubmitAndWaitOptions extends WaitOptions, CreateOptions {
  ifMatch?: ETagSource;
  /** Called with each status the setup reaches (the first read included). */
  onStatus?: (status: SetupStatus, setup: Setup) => void;
}

/** `completed` ends the wait, `failed` fails it; `provisioning` goes on. */
export function setupVerdict(setup: Setup): PollVerdict {
  if (setup.status === 'completed') return 'done';
  if (setup.status === 'failed') return 'failed';
  return setup.status === 'provisioning' ? 'pending' : 'done';
}

/** The services setup wizard of a customer org (DOMAIN §1.2): resumable, one step at a time. */
export class SetupWizard {
  readonly #ctx: ClientContext;
  constructor(ctx: ClientContext) {
    this.#ctx = ctx;
  }

  #path(orgId: string) {
    return { params: { path: { orgId } } };
  }

  async get(orgId: string, options: CallOptions = {}): Promise<Setup> {
    return dataOf(
      this.#ctx.raw.GET('/organizations/{orgId}/setup', { ...this.#path(orgId), ...init(options) }),
    );
  }

  async saveCurrentStep(orgId: string, step: SetupStep, options: SetupChangeOptions = {}): Promise<Setup> {
    return dataOf(
      this.#ctx.raw.PUT('/organizations/{orgId}/setup/currentStep', {
        ...this.#path(orgId),
        body: { step },
        ...init(options),
      }),
    );
  }

  /** Saves the country (it can change until confirmed). */
  async saveCountry(orgId: string, country: CountryCode, options: SetupChangeOptions = {}): Promise<Setup> {
    return dataOf(
      this.#ctx.raw.PUT('/organizations/{orgId}/setup/country', {
        ...this.#path(orgId),
        body: { country },
        ...init(options),
      }),
    );
  }

  /** Confirms the saved country: irreversible (a later change answers 409 `country_locked`). */
  async confirmCountry(orgId: string, options: SetupChangeOptions = {}): Promise<Setup> {
    return dataOf(
      this.#ctx.raw.POST('/organizations/{orgId}/setup/country/confirmation', {
        ...this.#path(orgId),
        ...init(options),
      }),
    );
  }

  async saveTimeZone(orgId: string, timeZone: string, options: SetupChangeOptions = {}): Promise<Setup> {
    return dataOf(
      this.#ctx.raw.PUT('/organizations/{orgId}/setup/timeZone', {
        ...this.#path(orgId),
        body: { timeZone },
        ...init(options),
      }),
    );
  }

  async savePlatform(orgId: string, platform: Platform, options: SetupChangeOptions = {}): Promise<Setup> {
    return dataOf(
      this.#ctx.raw.PUT('/organizations/{orgId}/setup/platform', {
        ...this.#path(orgId),
        body: { platform },
        ...init(options),
      }),
    );
  }

  async saveTelephony(
    orgId: string,
    telephony: TelephonyOption,
    options: SetupChangeOptions = {},
  ): Promise<Setup> {
    return dataOf(
      this.#ctx.raw.PUT('/organizations/{orgId}/setup/telephony', {
        ...this.#path(orgId),
        body: { telephony },
        ...init(options),
      }),
    );
  }

  /** Submits the reviewed setup (`202`, `status: provisioning`); see `submitAndWait`. */
  async submit(orgId: string, options: CreateOptions & { ifMatch?: ETagSource } = {}): Promise<Setup> {
    return (await this.#submit(orgId, options)).setup;
  }

  async #submit(orgId: string, options: CreateOptions & { ifMatch?: ETagSource }) {
    const { data, response } = await unwrap(
      this.#ctx.raw.POST('/organizations/{orgId}/setup/submission', {
        ...this.#path(orgId),
        ...init(options),
      }),
    );
    const retryAfterMs = parseRetryAfterHeader(response.headers.get('retry-after'), this.#ctx.clock.now());
    return { setup: data, retryAfterMs };
  }

  /**
   * Submits and polls until the setup is `completed` (resolves) or `failed` (rejects with
   * `ProvisioningFailedError` holding the setup); the first read waits the 202's `Retry-After`.
   */
  async submitAndWait(orgId: string, options: SubmitAndWaitOptions = {}): Promise<Setup> {
    const { setup, retryAfterMs } = await this.#submit(orgId, options);
    let lastStatus: SetupStatus | undefined;
    const onRead = (value: Setup) => {
      if (value.status !== lastStatus) {
        lastStatus = value.status;
        options.onStatus?.(value.status, value);
      }
    };
    onRead(setup);
    if (setupVerdict(setup) === 'done') return setup;
    await this.#ctx.clock.sleep(retryAfterMs ?? options.intervalMs ?? 1_000, options.signal);
    return pollUntil(
      {
        read: (signal) => this.get(orgId, signal ? { signal } : {}),
        verdict: setupVerdict,
        onRead,
        what: `setup of organization ${orgId}`,
        clock: this.#ctx.clock,
        logger: this.#ctx.logger,
      },
      options,
    );
  }

  /** The order summary PDF (after a completed setup), as a `Blob` (default) or an `ArrayBuffer`. */
  orderSummary(orgId: string, options?: CallOptions & { as?: 'blob' }): Promise<Blob>;
  orderSummary(orgId: string, options: CallOptions & { as: 'arrayBuffer' }): Promise<ArrayBuffer>;
  async orderSummary(
    orgId: string,
    options: CallOptions & { as?: 'blob' | 'arrayBuffer' } = {},
  ): Promise<Blob | ArrayBuffer> {
    const parseAs = options.as ?? 'blob';
    const { data } = await unwrap(
      this.#ctx.raw.GET('/organizations/{orgId}/setup/orderSummary', {
        ...this.#path(orgId),
        parseAs,
        ...init(options),
      }),
    );
    return data as Blob | ArrayBuffer;
  }

  /** The provisioned contact center: platform, data center, links. */
  async contactCenter(orgId: string, options: CallOptions = {}): Promise<ContactCenterDetails> {
    return dataOf(
      this.#ctx.raw.GET('/organizations/{orgId}/contactCenter', { ...this.#path(orgId), ...init(options) }),
    );
  }
}
