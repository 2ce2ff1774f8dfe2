import { describe, expect, it } from 'vitest';
import { countryDone, refusal, run, SUBSCRIPTION, TO_COUNTRY } from '../../test/setup-helpers.js';
import { setupReducer } from './setup-reducer.js';
import { INITIAL_SETUP_STATE, type SetupContext } from './setup-state.js';

const TRIAL: SetupContext = { ...SUBSCRIPTION, isTrial: true };
const CCAI: SetupContext = { ...SUBSCRIPTION, ccai: true };

describe('the whole wizard, start to download', () => {
  it('walks summary → … → review, submits, and completes after provisioning', () => {
    const atReview = run([
      ...countryDone('DE'),
      { type: 'setTimeZone', timeZone: 'Europe/Paris' },
      { type: 'next' },
      { type: 'setPlatform', platform: 'new_platform' },
      { type: 'next' },
      { type: 'setTelephony', telephony: 'webex_calling' },
      { type: 'next' },
    ]);
    expect(atReview).toEqual({
      status: 'in_progress',
      step: 'review',
      answers: {
        country: 'DE',
        countryConfirmed: true,
        timeZone: 'Europe/Paris',
        platform: 'new_platform',
        telephony: 'webex_calling',
      },
    });
    const provisioning = run([{ type: 'submit' }], SUBSCRIPTION, atReview);
    expect(provisioning).toMatchObject({ status: 'provisioning', step: 'provisioning' });
    expect(run([{ type: 'provisioningFinished' }], SUBSCRIPTION, provisioning)).toMatchObject({
      status: 'completed',
      step: 'summary_download',
    });
  });

  it('"Set up" on the summary starts it; next does the same', () => {
    expect(run([{ type: 'start' }])).toMatchObject({ status: 'in_progress', step: 'calling' });
    expect(run([{ type: 'next' }])).toMatchObject({ status: 'in_progress', step: 'calling' });
  });
});

describe('country of operation', () => {
  const atCountry = run(TO_COUNTRY);

  it('saving defaults the time zone from the country, and a single platform', () => {
    expect(run([{ type: 'saveCountry', country: 'de' }], SUBSCRIPTION, atCountry).answers).toMatchObject({
      country: 'DE',
      timeZone: 'Europe/Berlin',
      platform: null,
      countryConfirmed: false,
    });
    expect(run([{ type: 'saveCountry', country: 'ZA' }], SUBSCRIPTION, atCountry).answers).toMatchObject({
      timeZone: 'Africa/Johannesburg',
      platform: '1.0',
    });
  });

  it.each<[string, string, SetupContext, string]>([
    ['XX', 'a subscription', SUBSCRIPTION, 'invalid_enum'],
    ['IN', 'a trial', TRIAL, 'incompatible_location'],
    ['AE', 'a CCAI order', CCAI, 'incompatible_location'],
  ])('saving %s for %s is refused with %s', (country, _order, context, code) => {
    const state = run(TO_COUNTRY, context);
    expect(refusal(state, { type: 'saveCountry', country }, context)).toMatchObject({
      code,
      field: 'country',
    });
  });

  it('India works for a subscription, just not for a trial', () => {
    expect(run([{ type: 'saveCountry', country: 'IN' }], SUBSCRIPTION, atCountry).answers.country).toBe('IN');
  });

  it('may be saved again with another country until it is confirmed', () => {
    const state = run(
      [
        { type: 'saveCountry', country: 'DE' },
        { type: 'saveCountry', country: 'FR' },
      ],
      SUBSCRIPTION,
      atCountry,
    );
    expect(state.answers).toMatchObject({ country: 'FR', timeZone: 'Europe/Paris' });
  });

  it('confirming needs a saved country; leaving the step needs both', () => {
    expect(refusal(atCountry, { type: 'confirmCountry' }).code).toBe('country_not_saved');
    expect(refusal(atCountry, { type: 'next' })).toMatchObject({ code: 'required', field: 'country' });
    const saved = run([{ type: 'saveCountry', country: 'DE' }], SUBSCRIPTION, atCountry);
    expect(refusal(saved, { type: 'next' }).code).toBe('country_not_confirmed');
  });

  it('after confirmation the country can never change, whatever the step', () => {
    const confirmed = run(countryDone('DE'));
    expect(refusal(confirmed, { type: 'saveCountry', country: 'FR' }).code).toBe('country_locked');
    expect(refusal(confirmed, { type: 'confirmCountry' }).code).toBe('country_locked');
    const backAtCountry = run([{ type: 'back' }], SUBSCRIPTION, confirmed);
    expect(backAtCountry.step).toBe('country');
    expect(refusal(backAtCountry, { type: 'saveCountry', country: 'DE' }).code).toBe('country_locked');
  });

  it('is answered on its own step only', () => {
    expect(refusal(run([{ type: 'start' }]), { type: 'saveCountry', country: 'DE' }).code).toBe(
      'step_out_of_order',
    );
    expect(refusal(INITIAL_SETUP_STATE, { type: 'confirmCountry' }).code).toBe('step_out_of_order');
  });
});

describe('review, "Go back and edit", submit', () => {
  const atReview = run([
    ...countryDone('GB'),
    { type: 'next' },
    { type: 'setPlatform', platform: 'new_platform' },
    { type: 'next' },
    { type: 'setTelephony', telephony: 'third_party_via_webex_calling' },
    { type: 'next' },
  ]);

  it('goes back to any earlier step, and forward again only through next', () => {
    const atCalling = run([{ type: 'goTo', step: 'calling' }], SUBSCRIPTION, atReview);
    expect(atCalling.step).toBe('calling');
    expect(refusal(atCalling, { type: 'goTo', step: 'review' }).code).toBe('step_out_of_order');
    expect(refusal(atReview, { type: 'goTo', step: 'provisioning' }).code).toBe('step_out_of_order');
    expect(refusal(atReview, { type: 'goTo', step: 'time_zone' }, CCAI).code).toBe('step_out_of_order');
  });

  it('submit is the way out of the review', () => {
    expect(refusal(atReview, { type: 'next' }).code).toBe('step_out_of_order');
    expect(refusal(run([{ type: 'back' }], SUBSCRIPTION, atReview), { type: 'submit' }).code).toBe(
      'step_out_of_order',
    );
  });

  it('submit checks every answer again', () => {
    const incomplete = { ...atReview, answers: { ...atReview.answers, platform: null } };
    expect(refusal(incomplete, { type: 'submit' })).toMatchObject({ code: 'required', field: 'platform' });
  });

  it('a failed provisioning returns to the review, to edit and submit again', () => {
    const failed = run([{ type: 'submit' }, { type: 'provisioningFailed' }], SUBSCRIPTION, atReview);
    expect(failed).toMatchObject({ status: 'failed', step: 'review' });
    expect(run([{ type: 'goTo', step: 'telephony' }], SUBSCRIPTION, failed)).toMatchObject({
      status: 'failed',
    });
    expect(run([{ type: 'submit' }], SUBSCRIPTION, failed)).toMatchObject({ status: 'provisioning' });
  });

  it('nothing is edited while provisioning runs, nor after completion', () => {
    const provisioning = run([{ type: 'submit' }], SUBSCRIPTION, atReview);
    expect(refusal(provisioning, { type: 'goTo', step: 'platform' }).code).toBe('step_out_of_order');
    expect(refusal(provisioning, { type: 'back' }).code).toBe('step_out_of_order');
    const completed = run([{ type: 'provisioningFinished' }], SUBSCRIPTION, provisioning);
    expect(refusal(completed, { type: 'start' }).code).toBe('step_out_of_order');
    expect(refusal(completed, { type: 'provisioningFailed' }).code).toBe('step_out_of_order');
  });

  it('provisioning results are accepted only while provisioning', () => {
    expect(refusal(atReview, { type: 'provisioningFinished' }).code).toBe('step_out_of_order');
  });

  it('closing keeps every answer: the wizard reopens where it was', () => {
    expect(setupReducer(atReview, { type: 'close' }, SUBSCRIPTION)).toEqual({ state: atReview });
  });

  it('there is no step before the summary', () => {
    expect(refusal(INITIAL_SETUP_STATE, { type: 'back' }).code).toBe('step_out_of_order');
  });
});
