import type { Setup, SetupStep } from '@onramp/contract';
import { type ApiClient, expectOk } from './mock-world.js';

/**
 * Walks an org's services setup to `target` through the API, as an admin answering each step with
 * what the server offers first (the order country, the first time zone, platform and telephony
 * option). The mock applies the domain's rules to every call: a step the rules refuse fails loudly.
 */
export async function walkSetupTo(client: ApiClient, orgId: string, target: SetupStep): Promise<Setup> {
  const path = { params: { path: { orgId } } };
  let setup = await expectOk('GET setup', client.GET('/organizations/{orgId}/setup', path));
  if (!setup.steps.includes(target)) throw new Error(`The setup of ${orgId} has no step "${target}".`);
  for (let guard = 0; setup.currentStep !== target; guard++) {
    if (guard > setup.steps.length * 2) throw new Error(`Could not walk the setup to "${target}".`);
    const step = setup.currentStep;
    if (step === 'review') {
      setup = await expectOk(
        'submit',
        client.POST('/organizations/{orgId}/setup/submission', {
          params: { path: { orgId }, header: { 'Idempotency-Key': crypto.randomUUID() } },
        }),
      );
      continue;
    }
    if (step === 'provisioning') throw new Error('Provisioning moves on with the clock, not by a call.');
    setup = await answer(client, orgId, setup);
    const next = setup.steps[setup.steps.indexOf(step) + 1];
    if (next && setup.currentStep === step)
      setup = await expectOk(
        `go to ${next}`,
        client.PUT('/organizations/{orgId}/setup/currentStep', { ...path, body: { step: next } }),
      );
  }
  return setup;
}

/** Saves the answer of the current step, where it has one. */
async function answer(client: ApiClient, orgId: string, setup: Setup): Promise<Setup> {
  const path = { params: { path: { orgId } } };
  switch (setup.currentStep) {
    case 'country': {
      const country = setup.answers.country ?? setup.order.orderCountry;
      await expectOk(
        'save country',
        client.PUT('/organizations/{orgId}/setup/country', { ...path, body: { country } }),
      );
      return expectOk(
        'confirm country',
        client.POST('/organizations/{orgId}/setup/country/confirmation', path),
      );
    }
    case 'time_zone': {
      const zones = await expectOk('time zones', client.GET('/catalog/timeZones'));
      const timeZone = setup.answers.timeZone ?? zones.items[0]?.id ?? 'UTC';
      return expectOk(
        'save time zone',
        client.PUT('/organizations/{orgId}/setup/timeZone', { ...path, body: { timeZone } }),
      );
    }
    case 'platform': {
      const platform = setup.answers.platform ?? setup.choices.platforms[0];
      if (!platform) throw new Error('The mock offers no platform in this country.');
      return expectOk(
        'save platform',
        client.PUT('/organizations/{orgId}/setup/platform', { ...path, body: { platform } }),
      );
    }
    case 'telephony': {
      if (setup.telephonyLocked) return setup;
      const telephony = setup.answers.telephony ?? setup.choices.telephonyOptions[0];
      if (!telephony) throw new Error('The mock offers no telephony option here.');
      return expectOk(
        'save telephony',
        client.PUT('/organizations/{orgId}/setup/telephony', { ...path, body: { telephony } }),
      );
    }
    default:
      return setup;
  }
}
