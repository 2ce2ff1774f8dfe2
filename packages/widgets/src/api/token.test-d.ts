import type { Token } from '@onramp/contract';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  OnrampCustomerOnboarding,
  OnrampRoleEditor,
  OnrampSetupWizard,
  OnrampSubscriptionPanel,
} from '../index.js';

describe('token: the same option as the SDK', () => {
  it('every element that calls the API takes a Token (a string, or a function, sync or async)', () => {
    expectTypeOf<OnrampRoleEditor['token']>().toEqualTypeOf<Token | undefined>();
    expectTypeOf<OnrampSetupWizard['token']>().toEqualTypeOf<Token | undefined>();
    expectTypeOf<OnrampSubscriptionPanel['token']>().toEqualTypeOf<Token | undefined>();
    expectTypeOf<OnrampCustomerOnboarding['token']>().toEqualTypeOf<Token | undefined>();
    expectTypeOf<() => Promise<string>>().toExtend<Token>();
    expectTypeOf<() => number>().not.toExtend<Token>();
  });
});
