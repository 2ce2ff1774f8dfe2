import type {
  CatalogCountry,
  CatalogTelephonyOption,
  CatalogTimeZone,
  Platform,
  Setup,
  SetupStep,
  TelephonyOption,
} from '@onramp/contract';
import { type ApiClient, type ApiResult, call } from '../api/client.js';

/**
 * The file name in a `Content-Disposition` header: `filename*` (RFC 5987, UTF-8) first, then
 * `filename`; never a path. Without one, "order-summary.pdf".
 */
export function filenameOf(header: string | null): string {
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header ?? '')?.[1];
  let name = plain;
  try {
    if (extended) name = decodeURIComponent(extended.trim());
  } catch {
    // A malformed escape: the plain name is there for that.
  }
  // No folder and no control character reaches the file system's name.
  const safe = [...(name ?? '')]
    .map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? '_' : c))
    .join('')
    .trim();
  return safe || 'order-summary.pdf';
}

/** The calls the setup wizard makes, each one line over the typed client. */
export function setupApi(client: ApiClient, orgId: string) {
  const path = { params: { path: { orgId } } };
  return {
    get: (): Promise<ApiResult<Setup>> => call(() => client.GET('/organizations/{orgId}/setup', path)),
    goTo: (step: SetupStep) =>
      call(() => client.PUT('/organizations/{orgId}/setup/currentStep', { ...path, body: { step } })),
    saveCountry: (country: string) =>
      call(() => client.PUT('/organizations/{orgId}/setup/country', { ...path, body: { country } })),
    confirmCountry: () => call(() => client.POST('/organizations/{orgId}/setup/country/confirmation', path)),
    saveTimeZone: (timeZone: string) =>
      call(() => client.PUT('/organizations/{orgId}/setup/timeZone', { ...path, body: { timeZone } })),
    savePlatform: (platform: Platform) =>
      call(() => client.PUT('/organizations/{orgId}/setup/platform', { ...path, body: { platform } })),
    saveTelephony: (telephony: TelephonyOption) =>
      call(() => client.PUT('/organizations/{orgId}/setup/telephony', { ...path, body: { telephony } })),
    /** The idempotency key makes a double click, or a retry after a dropped answer, provision once. */
    submit: (idempotencyKey: string) =>
      call(() =>
        client.POST('/organizations/{orgId}/setup/submission', {
          params: { path: { orgId }, header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    /** The PDF and the name the server gives it (`Content-Disposition`: the customer's name). */
    orderSummary: (): Promise<ApiResult<{ pdf: Blob; filename: string }>> =>
      call(async () => {
        const answer = await client.GET('/organizations/{orgId}/setup/orderSummary', {
          ...path,
          parseAs: 'blob',
        });
        const filename = filenameOf(answer.response.headers.get('content-disposition'));
        return { ...answer, data: answer.data && { pdf: answer.data, filename } };
      }),
    /** The service details: whether "Set up Webex Contact Center" is still required (1.0 platform). */
    contactCenter: () => call(() => client.GET('/organizations/{orgId}/contactCenter', path)),
    permissions: () => call(() => client.GET('/organizations/{orgId}/permissions', path)),
    setUpContactCenter: (chat: boolean) =>
      call(() =>
        client.POST('/organizations/{orgId}/contactCenter/tenantSetup', { ...path, body: { chat } }),
      ),
    countries: (): Promise<ApiResult<{ items: CatalogCountry[] }>> =>
      call(() => client.GET('/catalog/countries')),
    timeZones: (): Promise<ApiResult<{ items: CatalogTimeZone[] }>> =>
      call(() => client.GET('/catalog/timeZones')),
    telephonyOptions: (): Promise<ApiResult<{ items: CatalogTelephonyOption[] }>> =>
      call(() => client.GET('/catalog/telephonyOptions')),
  };
}

export type SetupApi = ReturnType<typeof setupApi>;
