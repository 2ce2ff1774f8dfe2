import { describe, expect, it } from 'vitest';
import { countryDone, refusal, run, SUBSCRIPTION } from '../../test/setup-helpers.js';
import { ciscoPstnRulesOutCountry, telephonyUnavailableReason } from './setup-answers.js';
import type { SetupContext } from './setup-state.js';

// The answers after the country (DOMAIN §1.2, §1.3), driven through the reducer.
const CCAI: SetupContext = { ...SUBSCRIPTION, ccai: true };
const CISCO_PSTN: SetupContext = { ...SUBSCRIPTION, ciscoPstnAddOn: true, mappedCountry: 'US' };

describe('time zone', () => {
  it('is changeable among the offered zones', () => {
    const atTimeZone = run(countryDone('US'));
    expect(atTimeZone).toMatchObject({ step: 'time_zone', answers: { timeZone: 'America/New_York' } });
    expect(
      run([{ type: 'setTimeZone', timeZone: 'America/Chicago' }], SUBSCRIPTION, atTimeZone).answers.timeZone,
    ).toBe('America/Chicago');
    expect(refusal(atTimeZone, { type: 'setTimeZone', timeZone: 'Nowhere/Land' })).toMatchObject({
      code: 'invalid_enum',
      field: 'timeZone',
    });
  });

  it('is not offered when CCAI is provisioned: the step is skipped', () => {
    const afterCountry = run(countryDone('US'), CCAI);
    expect(afterCountry).toMatchObject({ step: 'platform', answers: { timeZone: null } });
    expect(refusal(afterCountry, { type: 'setTimeZone', timeZone: 'UTC' }, CCAI).code).toBe(
      'step_out_of_order',
    );
    expect(run([{ type: 'back' }], CCAI, afterCountry).step).toBe('country');
  });
});

describe('platform', () => {
  it('only the platforms of the country are offered', () => {
    const atPlatform = run([...countryDone('ZA'), { type: 'next' }]);
    expect(atPlatform.step).toBe('platform');
    expect(refusal(atPlatform, { type: 'setPlatform', platform: 'new_platform' })).toMatchObject({
      code: 'not_offered',
      field: 'platform',
    });
  });

  it('choosing the new platform drops a VPOP answer, which it does not offer', () => {
    const withVpop = run([
      ...countryDone('US'),
      { type: 'next' },
      { type: 'setPlatform', platform: '1.0' },
      { type: 'next' },
      { type: 'setTelephony', telephony: 'third_party_via_vpop' },
      { type: 'goTo', step: 'platform' },
      { type: 'setPlatform', platform: 'new_platform' },
    ]);
    expect(withVpop.answers).toMatchObject({ platform: 'new_platform', telephony: null });
    const atTelephony = run([{ type: 'next' }], SUBSCRIPTION, withVpop);
    expect(refusal(atTelephony, { type: 'next' })).toMatchObject({ code: 'required', field: 'telephony' });
  });
});

describe('telephony option', () => {
  const atTelephony = (country: string, context: SetupContext = SUBSCRIPTION) =>
    run(
      [...countryDone(country), { type: 'next' }, { type: 'setPlatform', platform: '1.0' }, { type: 'next' }],
      context,
    );

  it('VPOP is offered on 1.0 in EMEA but not in the Gulf', () => {
    expect(
      run([{ type: 'setTelephony', telephony: 'third_party_via_vpop' }], SUBSCRIPTION, atTelephony('GB'))
        .answers.telephony,
    ).toBe('third_party_via_vpop');
    expect(
      refusal(atTelephony('KW'), { type: 'setTelephony', telephony: 'third_party_via_vpop' }),
    ).toMatchObject({
      code: 'not_offered',
      field: 'telephony',
    });
  });

  it('the Cisco PSTN add-on (US) selects Webex Calling automatically and locks it', () => {
    const state = atTelephony('US', CISCO_PSTN);
    expect(state.answers.telephony).toBe('webex_calling');
    expect(
      refusal(state, { type: 'setTelephony', telephony: 'third_party_via_webex_calling' }, CISCO_PSTN).code,
    ).toBe('telephony_locked');
    expect(
      run([{ type: 'setTelephony', telephony: 'webex_calling' }], CISCO_PSTN, state).answers.telephony,
    ).toBe('webex_calling');
  });

  it('the add-on never applies to a trial', () => {
    const trial = { ...CISCO_PSTN, isTrial: true };
    expect(atTelephony('US', trial).answers.telephony).toBeNull();
    expect(atTelephony('CA', trial).answers.telephony).toBeNull();
  });

  it('with the add-on, a country other than the US is refused at the country step, not dropped at Telephony', () => {
    const atCountry = run([{ type: 'start' }, { type: 'next' }], CISCO_PSTN);
    expect(atCountry.step).toBe('country');
    for (const country of ['CA', 'GB', 'de'])
      expect(refusal(atCountry, { type: 'saveCountry', country }, CISCO_PSTN)).toMatchObject({
        code: 'pstn_add_on_us_only',
        field: 'country',
      });
    expect(atCountry.answers.country).toBeNull();
    expect(run([{ type: 'saveCountry', country: 'us' }], CISCO_PSTN, atCountry).answers).toMatchObject({
      country: 'US',
      telephony: 'webex_calling',
    });
  });

  it.each([
    ['US', { ciscoPstnAddOn: true, isTrial: false }, false],
    ['us', { ciscoPstnAddOn: true, isTrial: false }, false],
    ['CA', { ciscoPstnAddOn: true, isTrial: false }, true],
    ['CA', { ciscoPstnAddOn: true, isTrial: true }, false],
    ['CA', { ciscoPstnAddOn: false, isTrial: false }, false],
  ])('ciscoPstnRulesOutCountry(%s, %o) is %s', (country, context, expected) => {
    expect(ciscoPstnRulesOutCountry(country, context)).toBe(expected);
  });

  it('Webex Calling needs an active Webex Calling subscription (§1.3); the other options do not', () => {
    const noCalling: SetupContext = { ...SUBSCRIPTION, webexCalling: false };
    const state = atTelephony('GB', noCalling);
    expect(refusal(state, { type: 'setTelephony', telephony: 'webex_calling' }, noCalling)).toMatchObject({
      code: 'calling_subscription_required',
      field: 'telephony',
    });
    expect(
      run([{ type: 'setTelephony', telephony: 'third_party_via_webex_calling' }], noCalling, state).answers
        .telephony,
    ).toBe('third_party_via_webex_calling');
    expect(
      run([{ type: 'setTelephony', telephony: 'webex_calling' }], SUBSCRIPTION, atTelephony('GB')).answers
        .telephony,
    ).toBe('webex_calling');
  });

  it.each([
    ['webex_calling', 'US', { webexCalling: false }, 'calling_subscription_required'],
    ['webex_calling', 'US', { webexCalling: true }, null],
    // The Cisco PSTN add-on is delivered through Webex Calling: it selects the option itself.
    ['webex_calling', 'US', { webexCalling: false, ciscoPstnAddOn: true }, null],
    // Outside the US (or on a trial) the add-on does not apply, so the subscription is needed.
    ['webex_calling', 'CA', { webexCalling: false, ciscoPstnAddOn: true }, 'calling_subscription_required'],
    ['third_party_via_webex_calling', 'US', { webexCalling: false }, null],
    ['third_party_via_vpop', 'US', { webexCalling: false }, null],
  ] as const)('telephonyUnavailableReason(%s, %s, %o) is %s', (option, country, patch, expected) => {
    expect(telephonyUnavailableReason(option, country, { ...SUBSCRIPTION, ...patch })).toBe(expected);
  });

  it('must be chosen before the review', () => {
    expect(refusal(atTelephony('US'), { type: 'next' })).toMatchObject({
      code: 'required',
      field: 'telephony',
    });
  });
});
