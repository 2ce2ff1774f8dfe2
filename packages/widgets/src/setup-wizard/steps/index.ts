import type { SetupStep } from '@onramp/contract';
import type { TemplateResult } from 'lit';
import type { StepContext } from '../wizard-context.js';
import { platformStep, telephonyStep, timeZoneStep } from './choice-steps.js';
import { countryStep } from './country-step.js';
import { doneStep, provisioningStep, reviewStep } from './final-steps.js';
import { callingStep, summaryStep } from './intro-steps.js';

/** One renderer per step of DOMAIN §1.2; a step added to the contract is a type error here until rendered. */
const renderers: Record<SetupStep, (context: StepContext) => TemplateResult> = {
  summary: summaryStep,
  calling: callingStep,
  country: countryStep,
  time_zone: timeZoneStep,
  platform: platformStep,
  telephony: telephonyStep,
  review: reviewStep,
  provisioning: provisioningStep,
  summary_download: doneStep,
};

export const renderStep = (context: StepContext) => renderers[context.setup.currentStep](context);
