// fast-check generators for the domain's inputs, shared by the property tests.
import fc from 'fast-check';
import {
  type Actor,
  COUNTRIES_OF_OPERATION,
  PLATFORMS,
  type SetupCommand,
  type SetupContext,
  type SetupState,
  type TargetUser,
  TELEPHONY_OPTIONS,
  TIME_ZONES,
} from '../src/index.js';
import {
  ADMIN_ROLES,
  EXCLUSIVE_ADMIN_ROLES,
  LICENSES,
  ORG_RELATIONS,
  SETUP_STEPS,
} from '../src/vocabulary.js';

export const relationArb = fc.constantFrom(...ORG_RELATIONS);
export const adminRoleArb = fc.constantFrom(...ADMIN_ROLES);
export const exclusiveRoleOrNoneArb = fc.constantFrom(null, ...EXCLUSIVE_ADMIN_ROLES);

export const actorArb: fc.Arbitrary<Actor> = fc.record({
  userId: fc.constant('actor'),
  relation: relationArb,
  role: fc.option(adminRoleArb, { nil: null }),
  licenses: fc.subarray([...LICENSES], { maxLength: 1 }),
});

/** A user with valid roles: at most one exclusive role, plus maybe the provisioning role. */
export const targetUserArb: fc.Arbitrary<TargetUser> = fc.record({
  userId: fc.constant('target'),
  relation: relationArb,
  roles: fc
    .tuple(exclusiveRoleOrNoneArb, fc.boolean())
    .map(([exclusive, provisioning]) => [
      ...(provisioning ? (['provisioning_admin'] as const) : []),
      ...(exclusive ? [exclusive] : []),
    ]),
  orgHasContactCenter: fc.boolean(),
  orgIsPartnerWithProvisioningAccess: fc.boolean(),
  isLastFullAdmin: fc.boolean(),
});

export const setupContextArb: fc.Arbitrary<SetupContext> = fc.record({
  isTrial: fc.boolean(),
  ccai: fc.boolean(),
  ciscoPstnAddOn: fc.boolean(),
  mappedCountry: fc.option(fc.constantFrom(...COUNTRIES_OF_OPERATION.map((country) => country.code)), {
    nil: null,
  }),
  webexCalling: fc.boolean(),
});

const countryCodeArb = fc.oneof(
  fc.constantFrom(...COUNTRIES_OF_OPERATION.map((country) => country.code)),
  fc.constantFrom('XX', 'de', ''),
);

export const setupCommandArb: fc.Arbitrary<SetupCommand> = fc.oneof(
  fc.constantFrom<SetupCommand>(
    { type: 'start' },
    { type: 'next' },
    { type: 'back' },
    { type: 'confirmCountry' },
    { type: 'submit' },
    { type: 'provisioningFinished' },
    { type: 'provisioningFailed' },
    { type: 'close' },
  ),
  fc.constantFrom(...SETUP_STEPS).map((step): SetupCommand => ({ type: 'goTo', step })),
  countryCodeArb.map((country): SetupCommand => ({ type: 'saveCountry', country })),
  fc
    .constantFrom(...TIME_ZONES, 'Nowhere/Land')
    .map((timeZone): SetupCommand => ({ type: 'setTimeZone', timeZone })),
  fc.constantFrom(...PLATFORMS).map((platform): SetupCommand => ({ type: 'setPlatform', platform })),
  fc
    .constantFrom(...TELEPHONY_OPTIONS)
    .map((telephony): SetupCommand => ({ type: 'setTelephony', telephony })),
);

/**
 * A command that makes sense at the state's step (chosen by `pick`), so that random walks get
 * through the whole wizard instead of stalling on refusals.
 */
export function plausibleCommand(state: SetupState, pick: number): SetupCommand {
  const choose = <T>(options: readonly T[]): T => options[pick % options.length]!;
  switch (state.step) {
    case 'summary':
    case 'calling':
      return { type: 'next' };
    case 'country':
      return choose<SetupCommand>([
        { type: 'saveCountry', country: choose(COUNTRIES_OF_OPERATION).code },
        { type: 'confirmCountry' },
        { type: 'next' },
        { type: 'next' },
      ]);
    case 'time_zone':
      return choose<SetupCommand>([{ type: 'setTimeZone', timeZone: choose(TIME_ZONES) }, { type: 'next' }]);
    case 'platform':
      return choose<SetupCommand>([{ type: 'setPlatform', platform: choose(PLATFORMS) }, { type: 'next' }]);
    case 'telephony':
      return choose<SetupCommand>([
        { type: 'setTelephony', telephony: choose(TELEPHONY_OPTIONS) },
        { type: 'next' },
      ]);
    case 'review':
      return choose<SetupCommand>([
        { type: 'submit' },
        { type: 'submit' },
        { type: 'goTo', step: choose(SETUP_STEPS) },
      ]);
    case 'provisioning':
      return choose<SetupCommand>([{ type: 'provisioningFinished' }, { type: 'provisioningFailed' }]);
    case 'summary_download':
      return { type: 'close' };
  }
}

/** Steps of a random walk: mostly plausible commands, sometimes any command at all. */
export type WalkStep = { readonly plausible: number } | { readonly any: SetupCommand };

export const walkArb: fc.Arbitrary<WalkStep[]> = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.nat().map((plausible): WalkStep => ({ plausible })) },
    { weight: 1, arbitrary: setupCommandArb.map((any): WalkStep => ({ any })) },
  ),
  { minLength: 10, maxLength: 80, size: 'max' },
);

export function commandOf(step: WalkStep, state: SetupState): SetupCommand {
  return 'any' in step ? step.any : plausibleCommand(state, step.plausible);
}
