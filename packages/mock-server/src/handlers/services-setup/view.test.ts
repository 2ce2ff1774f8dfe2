import { describe, expect, it } from 'vitest';
import { makeOrg, makeSetup, subscription } from '../../store/seed-builders.js';
import { completedSteps, setupView } from './view.js';

const NOW = Date.UTC(2025, 0, 1);
const org = makeOrg(
  {
    id: 'o1',
    name: "John's Pizza",
    kind: 'customer',
    subscription: subscription(
      { kind: 'subscription', orderReference: 'CCW-1', sourceId: 'ord_1', ciscoPstnAddOn: true },
      NOW,
    ),
  },
  NOW,
);

describe('the setup as the contract shows it', () => {
  it('counts a step done when it is behind the furthest step reached and its answer is given', () => {
    const saved = makeSetup(org, { status: 'in_progress', step: 'country', answers: { country: 'US' } }, NOW);
    expect(completedSteps(saved)).toEqual(['summary', 'calling']);
    const confirmed = makeSetup(
      org,
      {
        status: 'in_progress',
        step: 'time_zone',
        answers: { country: 'US', countryConfirmed: true, timeZone: 'America/New_York' },
      },
      NOW,
    );
    expect(completedSteps(confirmed)).toEqual(['summary', 'calling', 'country', 'time_zone']);
  });

  it('locks the telephony with the US Cisco PSTN add-on and derives the region and data center', () => {
    const setup = makeSetup(
      org,
      {
        status: 'in_progress',
        step: 'platform',
        answers: { country: 'US', countryConfirmed: true, platform: '1.0' },
      },
      NOW,
    );
    const view = setupView(org, setup, NOW);
    expect(view).toMatchObject({
      telephonyLocked: true,
      telephonyLockedReason: 'cisco_pstn_add_on',
      region: 'north_america',
      dataCenter: 'us',
      sipAddress: 'john-s-pizza.calls.webex.com',
      choices: { telephonyOptions: ['webex_calling'] },
    });
  });

  it('offers Webex Calling telephony only to an org with Webex Calling, as the org is now (§1.3)', () => {
    const atTelephony = { country: 'CA', countryConfirmed: true, platform: '1.0' } as const;
    // The Cisco PSTN add-on of `org` applies in the US only: in Canada the subscription decides.
    const withCalling = { ...org, services: ['contact_center' as const, 'calling' as const] };
    const without = { ...org, services: ['contact_center' as const] };
    // Stored when the org had Webex Calling: what decides is the org as it is now.
    const setup = makeSetup(
      withCalling,
      { status: 'in_progress', step: 'telephony', answers: atTelephony },
      NOW,
    );
    expect(setup.context.webexCalling).toBe(true);
    expect(setupView(without, setup, NOW).choices).toEqual({
      platforms: ['1.0', 'new_platform'],
      telephonyOptions: ['third_party_via_webex_calling', 'third_party_via_vpop'],
      unavailableTelephonyOptions: [{ option: 'webex_calling', reason: 'calling_subscription_required' }],
    });
    expect(setupView(withCalling, setup, NOW).choices).toMatchObject({
      telephonyOptions: ['webex_calling', 'third_party_via_webex_calling', 'third_party_via_vpop'],
      unavailableTelephonyOptions: [],
    });
  });
});
