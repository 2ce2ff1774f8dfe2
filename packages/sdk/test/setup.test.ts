import { WORLD } from '@onramp/mock-server';
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ProvisioningFailedError, type Setup } from '../src/index.js';
import { clientFor, recordingClock, useTestServer } from './helpers.js';

// The setup wizard resource against the standalone mock server (the domain's setupReducer behind
// it). Time is frozen (speed 0): the SDK's injected clock moves the mock's virtual clock when it
// sleeps, so 5 virtual minutes of provisioning take none of real time.
const server = useTestServer();

function wizard(token = 'partner-full-admin') {
  return clientFor(server, { token, clock: recordingClock((ms) => server.app.clock.advance(ms)) });
}

/** John's Pizza: a trial whose setup has not started, ordered in the US. */
const ORG = WORLD.trialCustomer;

describe('setup wizard', () => {
  it('walks every step with If-Match, submits and waits for provisioning, then gives the summary PDF', async () => {
    const { client, clock } = wizard();
    let setup: Setup = await client.setup.get(ORG);
    expect(setup).toMatchObject({ status: 'not_started', currentStep: 'summary' });
    setup = await client.setup.saveCurrentStep(ORG, 'calling', { ifMatch: setup });
    setup = await client.setup.saveCountry(ORG, 'US', { ifMatch: setup });
    expect(setup.answers).toMatchObject({ country: 'US', countryConfirmed: false });
    setup = await client.setup.confirmCountry(ORG, { ifMatch: setup });
    expect(setup.answers.countryConfirmed).toBe(true);
    setup = await client.setup.saveTimeZone(ORG, 'America/New_York', { ifMatch: setup });
    setup = await client.setup.savePlatform(ORG, 'new_platform', { ifMatch: setup });
    expect(setup.choices.telephonyOptions).toContain('webex_calling');
    setup = await client.setup.saveTelephony(ORG, 'webex_calling', { ifMatch: setup });
    expect(setup.currentStep).toBe('review');

    const statuses: string[] = [];
    const done = await client.setup.submitAndWait(ORG, {
      ifMatch: setup,
      onStatus: (status) => statuses.push(status),
    });
    expect(done).toMatchObject({ status: 'completed', currentStep: 'summary_download' });
    expect(statuses).toEqual(['provisioning', 'completed']);
    // The waits add up to the provisioning's 5 virtual minutes, no more than a backoff step past it.
    const waited = clock.sleeps.reduce((sum, ms) => sum + ms, 0);
    expect(waited).toBeGreaterThanOrEqual(5 * 60_000);
    expect(server.count('POST', `/organizations/${ORG}/setup/submission`)).toBe(1);

    const pdf = await client.setup.orderSummary(ORG);
    expect(pdf.type).toBe('application/pdf');
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    const details = await client.setup.contactCenter(ORG);
    expect(details).toMatchObject({ provisioned: true, platform: 'new_platform', country: 'US' });
  });

  it('submit answers provisioning at once; a second submit is refused (409)', async () => {
    const { client } = wizard();
    await client.setup.saveCountry(ORG, 'US');
    await client.setup.confirmCountry(ORG);
    await client.setup.saveTimeZone(ORG, 'America/New_York');
    await client.setup.savePlatform(ORG, 'new_platform');
    await client.setup.saveTelephony(ORG, 'webex_calling');
    const submitted = await client.setup.submit(ORG);
    expect(submitted.status).toBe('provisioning');
    const again = await client.setup.submit(ORG).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as ConflictError).status).toBe(409);
  });

  it('a stale If-Match is a 412 and the answer is not saved', async () => {
    const { client } = wizard();
    const first = await client.setup.get(ORG);
    await client.setup.saveCountry(ORG, 'US', { ifMatch: first });
    const error = await client.setup.saveCountry(ORG, 'CA', { ifMatch: first }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).status).toBe(412);
    expect((error as ConflictError).reason).toBe('etag_mismatch');
    expect((await client.setup.get(ORG)).answers.country).toBe('US');
  });

  it('a confirmed country is locked: changing it is a 409 country_locked', async () => {
    const { client } = wizard();
    await client.setup.saveCountry(ORG, 'US');
    await client.setup.confirmCountry(ORG);
    const error = await client.setup.saveCountry(ORG, 'CA').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).reason).toBe('country_locked');
    expect((await client.setup.get(ORG)).answers.country).toBe('US');
  });

  it('a partner read-only admin may not open the wizard: a 403 whose reason says why', async () => {
    const { client } = wizard('partner-read-only-admin');
    for (const call of [() => client.setup.get(ORG), () => client.setup.saveCountry(ORG, 'US')]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((error as ForbiddenError).reason).toBe('setup_wizard_not_allowed');
    }
    expect((await wizard().client.setup.get(ORG)).answers.country).toBeNull();
  });

  it('submitAndWait rejects with ProvisioningFailedError holding the failed setup', async () => {
    // The mock fails the provisioning of an org whose name says so (its README).
    const { client } = wizard();
    const trial = await client.trials.start({
      customerName: 'Doomed provisioning-fails Ltd',
      customerAdminEmail: 'owner@doomed.example.com',
      services: ['contact_center'],
      trialDays: 30,
      country: 'US',
      ccai: false,
    });
    const orgId = trial.customerOrgId;
    await client.setup.saveCountry(orgId, 'US');
    await client.setup.confirmCountry(orgId);
    await client.setup.saveTimeZone(orgId, 'America/New_York');
    await client.setup.savePlatform(orgId, 'new_platform');
    // A contact-center-only trial has no Webex Calling subscription, which `webex_calling` needs.
    await client.setup.saveTelephony(orgId, 'third_party_via_webex_calling');
    const error = await client.setup.submitAndWait(orgId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisioningFailedError);
    expect((error as ProvisioningFailedError<Setup>).resource).toMatchObject({ orgId, status: 'failed' });
  });

  it('sets up Webex Contact Center on the 1.0 platform: the chat rule, then no longer required', async () => {
    const { client } = wizard();
    await client.setup.saveCountry(ORG, 'US');
    await client.setup.confirmCountry(ORG);
    await client.setup.saveTimeZone(ORG, 'America/New_York');
    await client.setup.savePlatform(ORG, '1.0');
    await client.setup.saveTelephony(ORG, 'third_party_via_webex_calling');
    await client.setup.submitAndWait(ORG);
    expect((await client.setup.contactCenter(ORG)).setUpContactCenter).toMatchObject({ required: true });

    const chat = await client.setup.setUpContactCenter(ORG, { chat: true }).catch((e: unknown) => e);
    expect(chat).toBeInstanceOf(ForbiddenError);
    expect((chat as ForbiddenError).reason).toBe('chat_requires_customer_admin');
    const done = await client.setup.setUpContactCenter(ORG, { chat: false });
    expect(done.setUpContactCenter).toMatchObject({ required: false, chat: false });
    expect((await client.setup.contactCenter(ORG)).setUpContactCenter?.required).toBe(false);
    const again = await client.setup.setUpContactCenter(ORG, { chat: false }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as ConflictError).reason).toBe('tenant_already_set_up');
    const modern = await client.setup
      .setUpContactCenter(WORLD.provisionedCustomer, { chat: false })
      .catch((e: unknown) => e);
    expect((modern as ConflictError).reason).toBe('classic_platform_only');
  });
});
