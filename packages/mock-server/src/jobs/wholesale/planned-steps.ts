import type { Clock } from '../../core/clock.js';
import type { Store } from '../../store/store.js';
import type { ScheduledStep, StoredCustomer } from '../../store/types.js';

export interface PlannedSteps {
  /** Puts the step a customer record planned (`scheduled`) on the clock. */
  schedule(customer: StoredCustomer): void;
  /** Schedules every timed step stored in the data (after loading a state file). */
  resume(): void;
  /** Forgets every scheduled step (on reset). */
  cancelAll(): void;
}

/**
 * The clock tasks of the steps customer records plan. A task runs its step only if it is still the
 * record's plan (a later change supersedes it) and the world it was planned in is still there. One
 * runner per world, shared by every task (the record is the task's argument): no closure per customer.
 */
export function createPlannedSteps(
  store: Store,
  clock: Clock,
  run: (customer: StoredCustomer, step: ScheduledStep['step'], plannedAt: number) => void,
): PlannedSteps {
  let epoch = 0;
  const plannedRunner = (scheduledIn: number) => (saved: StoredCustomer) => {
    const planned = saved.scheduled;
    const current = store.customers.get(saved.id);
    if (scheduledIn !== epoch || !planned || !current?.scheduled) return;
    if (current.scheduled.at !== planned.at || current.scheduled.step !== planned.step) return;
    run(current, planned.step, planned.at);
  };
  let runPlanned = plannedRunner(epoch);

  function schedule(customer: StoredCustomer): void {
    if (customer.scheduled) clock.schedule(customer.scheduled.at, runPlanned, customer);
  }
  return {
    schedule,
    resume() {
      for (const customer of store.customers.values()) schedule(customer);
    },
    cancelAll() {
      epoch++;
      runPlanned = plannedRunner(epoch);
    },
  };
}
