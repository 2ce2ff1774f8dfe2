import type { Clock } from '../core/clock.js';
import type { Store } from '../store/store.js';
import { finishSetupProvisioning } from './setup-provisioning.js';
import { createLifecycle, type Lifecycle } from './wholesale/lifecycle.js';

/**
 * Everything that happens later on the virtual clock: the wholesale lifecycle and the setup
 * wizard's provisioning. The next step of each is stored as data, so `resume` can schedule it
 * again after a state file is loaded.
 */
export interface Scheduler {
  wholesale: Lifecycle;
  /** Schedules the end of a setup's provisioning at its `finishAt`. */
  setupProvisioning(orgId: string): void;
  resume(): void;
  cancelAll(): void;
}

export function createScheduler(store: Store, clock: Clock): Scheduler {
  const wholesale = createLifecycle(store, clock);
  let epoch = 0;
  function setupProvisioning(orgId: string): void {
    const finishAt = store.setups.get(orgId)?.provisioning?.finishAt;
    if (finishAt === undefined) return;
    const scheduledIn = epoch;
    clock.schedule(finishAt, () => {
      if (scheduledIn === epoch) finishSetupProvisioning(store, clock, orgId, finishAt);
    });
  }
  return {
    wholesale,
    setupProvisioning,
    resume() {
      wholesale.resume();
      for (const setup of store.setups.values())
        if (setup.state.status === 'provisioning') setupProvisioning(setup.orgId);
    },
    cancelAll() {
      epoch++;
      wholesale.cancelAll();
    },
  };
}
