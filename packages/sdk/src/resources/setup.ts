import type {
  ContactCenterDetails,
  ContactCenterTenantSetupRequest,
  CountryCode,
  Platform,
  Setup,
  SetupStatus,
  SetupStep,
  TelephonyOption,
} from '@onramp/contract';
import { parseRetryAfterHeader } from '../errors.js';
import { dataOf, unwrap } from '../internal/unwrap.js';
import { type PollVerdict, pollUntil, type WaitOptions } from '../polling.js';
import { type CallOptions, type CreateOptions, type ETagSource, init, Resource } from './shared.js';

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
  const { status } = setup;
  return status === 'failed' ? 'failed' : status === 'provisioning' ? 'pending' : 'done';
}

/** The services setup wizard of a customer org (DOMAIN §1.2): resumable, one step at a time. */
export class SetupWizard extends Resource {
  get(orgId: string, options?: CallOptions): Promise<Setup> {
    return dataOf(
      this.ctx.raw.GET('/organizations/{orgId}/setup', { params: { path: { orgId } }, ...init(options) }),
    );
  }

  saveCurrentStep(orgId: string, step: SetupStep, options?: SetupChangeOptions): Promise<Setup> {
    return dataOf(
      this.ctx.raw.PUT('/organizations/{orgId}/setup/currentStep', {
        params: { path: { orgId } },
        body: { step },
        ...init(options),
      }),
    );
  }

  /** Saves the country (it can change until confirmed). */
  saveCountry(orgId: string, country: CountryCode, options?: SetupChangeOptions): Promise<Setup> {
    return dataOf(
      this.ctx.raw.PUT('/organizations/{orgId}/setup/country', {
        params: { path: { orgId } },
        body: { country },
        ...init(options),
      }),
    );
  }

  /** Confirms the saved country: irreversible (a later change answers 409 `country_locked`). */
  confirmCountry(orgId: string, options?: SetupChangeOptions): Promise<Setup> {
    return dataOf(
      this.ctx.raw.POST('/organizations/{orgId}/setup/country/confirmation', {
        params: { path: { orgId } },
        ...init(options),
      }),
    );
  }

  saveTimeZone(orgId: string, timeZone: string, options?: SetupChangeOptions): Promise<Setup> {
    return dataOf(
      this.ctx.raw.PUT('/organizations/{orgId}/setup/timeZone', {
        params: { path: { orgId } },
        body: { timeZone },
        ...init(options),
      }),
    );
  }

  savePlatform(orgId: string, platform: Platform, options?: SetupChangeOptions): Promise<Setup> {
    return dataOf(
      this.ctx.raw.PUT('/organizations/{orgId}/setup/platform', {
        params: { path: { orgId } },
        body: { platform },
        ...init(options),
      }),
    );
  }

  saveTelephony(orgId: string, telephony: TelephonyOption, options?: SetupChangeOptions): Promise<Setup> {
    return dataOf(
      this.ctx.raw.PUT('/organizations/{orgId}/setup/telephony', {
        params: { path: { orgId } },
        body: { telephony },
        ...init(options),
      }),
    );
  }

  /** Submits the reviewed setup (`202`, `status: provisioning`); see `submitAndWait`. */
  submit(orgId: string, options?: CreateOptions & { ifMatch?: ETagSource }): Promise<Setup> {
    return dataOf(
      this.ctx.raw.POST('/organizations/{orgId}/setup/submission', {
        params: { path: { orgId } },
        ...init(options),
      }),
    );
  }

  /**
   * Submits and polls until the setup is `completed` (resolves) or `failed` (rejects with
   * `ProvisioningFailedError` holding the setup); the first read waits the 202's `Retry-After`.
   */
  async submitAndWait(orgId: string, options: SubmitAndWaitOptions = {}): Promise<Setup> {
    const { data, response } = await unwrap(
      this.ctx.raw.POST('/organizations/{orgId}/setup/submission', {
        params: { path: { orgId } },
        ...init(options),
      }),
    );
    return pollUntil(
      this.ctx,
      `setup of organization ${orgId}`,
      (signal) => this.get(orgId, { signal }),
      setupVerdict,
      options,
      {
        value: data,
        pauseMs: parseRetryAfterHeader(response.headers.get('retry-after'), this.ctx.clock.now()),
      },
    );
  }

  /**
   * The order summary PDF (after a completed setup), as a `Blob` (default), an `ArrayBuffer`, or a
   * `File` named as the server names it (`Content-Disposition`, see `attachmentName`).
   */
  orderSummary(orgId: string, options?: CallOptions & { as?: 'blob' }): Promise<Blob>;
  orderSummary(orgId: string, options: CallOptions & { as: 'arrayBuffer' }): Promise<ArrayBuffer>;
  orderSummary(orgId: string, options: CallOptions & { as: 'file' }): Promise<File>;
  async orderSummary(
    orgId: string,
    options: CallOptions & { as?: 'blob' | 'arrayBuffer' | 'file' } = {},
  ): Promise<Blob | ArrayBuffer | File> {
    const as = options.as ?? 'blob';
    const { data, response } = await unwrap(
      this.ctx.raw.GET('/organizations/{orgId}/setup/orderSummary', {
        params: { path: { orgId } },
        parseAs: as === 'file' ? 'blob' : as,
        ...init(options),
      }),
    );
    if (as !== 'file') return data as Blob | ArrayBuffer;
    return new File(
      [data as Blob],
      attachmentName(response.headers.get('content-disposition'), 'order-summary.pdf'),
      { type: (data as Blob).type },
    );
  }

  /** The provisioned contact center: platform, data center, links. */
  contactCenter(orgId: string, options?: CallOptions): Promise<ContactCenterDetails> {
    return dataOf(
      this.ctx.raw.GET('/organizations/{orgId}/contactCenter', {
        params: { path: { orgId } },
        ...init(options),
      }),
    );
  }

  /**
   * "Set up Webex Contact Center" on the 1.0 platform (after the wizard completed); answers the
   * service details, no longer `required`. With `chat: true` only a customer-org admin may
   * (`ForbiddenError`, reason `chat_requires_customer_admin`); a 409 `ConflictError` says
   * `classic_platform_only`, `setup_not_completed` or `tenant_already_set_up`.
   */
  setUpContactCenter(
    orgId: string,
    request: ContactCenterTenantSetupRequest,
    options?: CreateOptions,
  ): Promise<ContactCenterDetails> {
    return dataOf(
      this.ctx.raw.POST('/organizations/{orgId}/contactCenter/tenantSetup', {
        params: { path: { orgId } },
        body: request,
        ...init(options),
      }),
    );
  }
}

/**
 * The file name in a `Content-Disposition` header: `filename*` (RFC 5987, UTF-8) first, then
 * `filename`; never a path (a folder separator or a control character becomes `_`); `fallback`
 * without one.
 */
export function attachmentName(header: string | null, fallback: string): string {
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  let name = /filename\s*=\s*"([^"]*)"/i.exec(header ?? '')?.[1];
  try {
    if (extended) name = decodeURIComponent(extended.trim());
  } catch {
    // A malformed escape: the plain name is there for that.
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it replaces.
  return (name ?? '').replace(/[/\\\0-\x1f]/g, '_').trim() || fallback;
}
