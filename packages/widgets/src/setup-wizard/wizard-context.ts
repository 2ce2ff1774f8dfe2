import type {
  CatalogCountry,
  CatalogTelephonyOption,
  CatalogTimeZone,
  Platform,
  Setup,
  SetupStep,
  TelephonyOption,
} from '@onramp/contract';
import type { TemplateResult } from 'lit';
import type { ApiProblem } from '../api/client.js';
import type { LocalizeController } from '../i18n/localize-controller.js';

/** What the admin picked but has not saved yet; kept in sessionStorage so a reload loses nothing. */
export interface Draft {
  country?: string;
  timeZone?: string;
  platform?: Platform;
  telephony?: TelephonyOption;
}

export interface Catalog {
  countries: CatalogCountry[];
  timeZones: CatalogTimeZone[];
  telephony: CatalogTelephonyOption[];
}

/** Everything a step renderer needs: data, the language, and the wizard's actions. */
export interface StepContext {
  setup: Setup;
  catalog: Catalog;
  draft: Draft;
  busy: boolean;
  problem: ApiProblem | undefined;
  localize: LocalizeController;
  countryName(code: string): string;
  /** "Go back and edit" from Review: that step, then straight back to Review. */
  edit(step: SetupStep): void;
  setDraft(patch: Draft): void;
  saveCountry(): void;
  saveAndContinue(): void;
  goTo(step: SetupStep): void;
  submit(): void;
  download(): void;
  close(): void;
  /** The 1.0 platform's "Set up Webex Contact Center" section (the last step). */
  tenantSetup(): TemplateResult;
}
