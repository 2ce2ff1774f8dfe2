import { advance } from '@onramp/domain';
import type { Clock } from '../../core/clock.js';
import type { Store } from '../../store/store.js';
import type { ScheduledStep, StoredCustomer } from '../../store/types.js';
import { lifecycleOf, reviewed, rplErrors } from './steps.js';
import type { Transitions } from './transitions.js';

/** Runs the step a customer planned, when the clock reaches it (`createPlannedSteps` calls it). */
export function runPlannedStep(
  store: Store,
  clock: Clock,
  moves: Transitions,
  customer: StoredCustomer,
  step: ScheduledStep['step'],
  plannedAt: number,
): void {
  const now = clock.now();
  switch (step) {
    case 'provisioned':
      moves.apply(customer, {
        type: customer.status === 'updating' ? 'updateCompleted' : 'provisioningCompleted',
        outcome: 'succeeded',
        now,
      });
      return;
    case 'rpl_approved':
    case 'rpl_denied':
      // Decided at its planned instant: after a jump of the clock past the 72-hour deadline, a
      // review the list settled in its first hour is not refused as late (it stayed pending forever).
      moves.decide(customer, step === 'rpl_approved' ? 'approved' : 'denied', Math.min(plannedAt, now));
      return;
    case 'rpl_timeout':
      moves.save(customer, advance(lifecycleOf(customer), now), {
        rplReview: reviewed(customer, 'timed_out', clock.now()),
        errors: rplErrors('timed_out'),
      });
      return;
    case 'deleted':
      store.deleteCustomer(customer.id);
  }
}
