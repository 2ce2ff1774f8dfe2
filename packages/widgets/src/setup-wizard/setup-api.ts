import type {
  CatalogCountry,
  CatalogTelephonyOption,
  CatalogTimeZone,
  CountryCode,
  Platform,
  Setup,
  SetupStep,
  TelephonyOption,
} from '@onramp/contract';
import { Catalog, Permissions, SetupWizard } from '@onramp/sdk';
import { type ApiResult, type ClientContext, call, type OnrampClient } from '../api/client.js';

/** The SDK resources the setup wizard calls: a host's full client is one too. */
export type SetupWizardSdk = Pick<OnrampClient, 'setup' | 'catalog' | 'permissions'>;

/** The setup wizard's quick-start client: its three resources alone, on one context. */
export const setupWizardSdk = (ctx: ClientContext): SetupWizardSdk => ({
  setup: new SetupWizard(ctx),
  catalog: new Catalog(ctx),
  permissions: new Permissions(ctx),
});

/** The calls the setup wizard makes, each one SDK resource method in the result form. */
export function setupApi(sdk: SetupWizardSdk, orgId: string) {
  const { setup, catalog } = sdk;
  return {
    get: (): Promise<ApiResult<Setup>> => call(setup.get(orgId)),
    goTo: (step: SetupStep) => call(setup.saveCurrentStep(orgId, step)),
    saveCountry: (country: CountryCode) => call(setup.saveCountry(orgId, country)),
    confirmCountry: () => call(setup.confirmCountry(orgId)),
    saveTimeZone: (timeZone: string) => call(setup.saveTimeZone(orgId, timeZone)),
    savePlatform: (platform: Platform) => call(setup.savePlatform(orgId, platform)),
    saveTelephony: (telephony: TelephonyOption) => call(setup.saveTelephony(orgId, telephony)),
    /** The idempotency key makes a double click, or a retry after a dropped answer, provision once. */
    submit: (idempotencyKey: string) => call(setup.submit(orgId, { idempotencyKey })),
    /** The PDF, named as the server names it (`Content-Disposition`: the customer's name). */
    orderSummary: (): Promise<ApiResult<File>> => call(setup.orderSummary(orgId, { as: 'file' })),
    /** The service details: whether "Set up Webex Contact Center" is still required (1.0 platform). */
    contactCenter: () => call(setup.contactCenter(orgId)),
    permissions: () => call(sdk.permissions.effective(orgId)),
    setUpContactCenter: (chat: boolean) => call(setup.setUpContactCenter(orgId, { chat })),
    countries: (): Promise<ApiResult<CatalogCountry[]>> => call(catalog.countries()),
    timeZones: (): Promise<ApiResult<CatalogTimeZone[]>> => call(catalog.timeZones()),
    telephonyOptions: (): Promise<ApiResult<CatalogTelephonyOption[]>> => call(catalog.telephonyOptions()),
  };
}

export type SetupApi = ReturnType<typeof setupApi>;
