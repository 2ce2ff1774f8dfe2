import { describe, expect, it } from 'vitest';
import { countryDropdownDefault, INITIAL_SETUP_STATE } from './setup-state.js';
import { editableStepsFor, setupStepsFor, stepAfter, stepBefore, stepIndex } from './setup-steps.js';

describe('the steps of the wizard (DOMAIN §1.2)', () => {
  it('without CCAI: summary → calling → country → time zone → platform → telephony → review → provisioning → download', () => {
    expect(setupStepsFor({ ccai: false })).toEqual([
      'summary',
      'calling',
      'country',
      'time_zone',
      'platform',
      'telephony',
      'review',
      'provisioning',
      'summary_download',
    ]);
  });

  it('with CCAI there is no time-zone step', () => {
    expect(setupStepsFor({ ccai: true })).not.toContain('time_zone');
    expect(stepAfter('country', { ccai: true })).toBe('platform');
    expect(stepBefore('platform', { ccai: true })).toBe('country');
    expect(stepIndex('time_zone', { ccai: true })).toBe(-1);
  });

  it('the admin moves between summary and review; provisioning drives the rest', () => {
    expect(editableStepsFor({ ccai: false })).toEqual([
      'summary',
      'calling',
      'country',
      'time_zone',
      'platform',
      'telephony',
      'review',
    ]);
  });

  it('there is nothing before the summary nor after the download', () => {
    expect(stepBefore('summary', { ccai: false })).toBeUndefined();
    expect(stepAfter('summary_download', { ccai: false })).toBeUndefined();
  });
});

describe('countryDropdownDefault (DOMAIN §1.2: the country chosen when the order was mapped)', () => {
  const context = {
    isTrial: false,
    ccai: false,
    ciscoPstnAddOn: false,
    mappedCountry: 'DE',
    webexCalling: false,
  };
  it('is the mapped country until a country is saved, then the saved one', () => {
    expect(countryDropdownDefault(INITIAL_SETUP_STATE, context)).toBe('DE');
    const saved = { ...INITIAL_SETUP_STATE, answers: { ...INITIAL_SETUP_STATE.answers, country: 'FR' } };
    expect(countryDropdownDefault(saved, context)).toBe('FR');
    expect(countryDropdownDefault(INITIAL_SETUP_STATE, { ...context, mappedCountry: null })).toBeNull();
  });
});
