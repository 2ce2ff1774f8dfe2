// Type tests (checked by `tsc` in the typecheck task): handler props receive the widgets' event classes.
import type {
  OnrampLicenseChangeEvent,
  OnrampRoleChangeEvent,
  OnrampSetupStepChangeEvent,
  OnrampSubscriptionStatusChangeEvent,
} from '@onramp/widgets';
import { expectTypeOf } from 'vitest';
import type { RoleEditorProps, SetupWizardProps, StatusBadgeProps, SubscriptionPanelProps } from './index.js';

type Handler<P, K extends keyof P> = NonNullable<P[K]>;

expectTypeOf<Handler<RoleEditorProps, 'onRoleChange'>>().parameter(0).toEqualTypeOf<OnrampRoleChangeEvent>();
expectTypeOf<Handler<RoleEditorProps, 'onLicenseChange'>>()
  .parameter(0)
  .toEqualTypeOf<OnrampLicenseChangeEvent>();
expectTypeOf<Handler<SetupWizardProps, 'onSetupStepChange'>>()
  .parameter(0)
  .toEqualTypeOf<OnrampSetupStepChangeEvent>();
expectTypeOf<Handler<SubscriptionPanelProps, 'onSubscriptionStatusChange'>>()
  .parameter(0)
  .toEqualTypeOf<OnrampSubscriptionStatusChangeEvent>();

// Element properties keep their own types.
expectTypeOf<RoleEditorProps['orgId']>().toEqualTypeOf<string | undefined>();
expectTypeOf<RoleEditorProps['searchDelay']>().toEqualTypeOf<number | undefined>();
expectTypeOf<SubscriptionPanelProps['customerId']>().toEqualTypeOf<string | undefined>();
expectTypeOf<StatusBadgeProps['tone']>().toEqualTypeOf<import('@onramp/widgets').StatusTone | undefined>();

// A wrong handler type or an unknown tone is a compile error.
// @ts-expect-error the role editor's handler takes an OnrampRoleChangeEvent, not a step change
const wrong: RoleEditorProps = { onRoleChange: (event: OnrampSetupStepChangeEvent) => event.step };
// @ts-expect-error 'purple' is not a StatusTone
const badTone: StatusBadgeProps = { tone: 'purple' };
void [wrong, badTone];
