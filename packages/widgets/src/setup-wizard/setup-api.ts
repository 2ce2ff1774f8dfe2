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
    orderSummary: (): Promise<ApiResult<Blob>> =>
      call(() => client.GET('/organizations/{orgId}/setup/orderSummary', { ...path, parseAs: 'blob' })),
    countries: (): Promise<ApiResult<{ items: CatalogCountry[] }>> =>
      call(() => client.GET('/catalog/countries')),
    timeZones: (): Promise<ApiResult<{ items: CatalogTimeZone[] }>> =>
      call(() => client.GET('/catalog/timeZones')),
    telephonyOptions: (): Promise<ApiResult<{ items: CatalogTelephonyOption[] }>> =>
      call(() => client.GET('/catalog/telephonyOptions')),
  };
}

export type SetupApi = ReturnType<typeof setupApi>;
