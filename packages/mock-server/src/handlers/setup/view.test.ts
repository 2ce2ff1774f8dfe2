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
});
