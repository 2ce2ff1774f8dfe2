import { connectRoleFor, setupReducer } from '@onramp/domain';
import type { Clock } from '../core/clock.js';
import { inviteToConnect } from '../effects/invitations.js';
import type { Store } from '../store/store.js';

/** "Provisioning then takes several minutes" (DOMAIN §1.2): five virtual minutes here. */
export const SETUP_PROVISIONING_MS = 5 * 60 * 1000;

/** Orgs whose name contains this marker fail provisioning, to show the `failed` path. */
export const SETUP_FAILURE_MARKER = 'provisioning-fails';

/**
 * The end of a setup's provisioning: the domain's `provisioningFinished` (or `…Failed`), then the
 * digital services: the first customer admin gets the Webex Connect e-mail (DOMAIN §1.4).
 */
export function finishSetupProvisioning(store: Store, clock: Clock, orgId: string, finishAt: number): void {
  const setup = store.setups.get(orgId);
  const org = store.directory.orgs.get(orgId);
  if (!setup || !org || setup.state.status !== 'provisioning' || setup.provisioning?.finishAt !== finishAt)
    return;
  const fails = setup.provisioning.fails;
  const result = setupReducer(
    setup.state,
    { type: fails ? 'provisioningFailed' : 'provisioningFinished' },
    setup.context,
  );
  if ('error' in result) return;
  const now = clock.now();
  store.setups.set(orgId, {
    ...setup,
    state: result.state,
    // Completed or failed, the run has finished (the contract: `finishedAt` is set on either end).
    provisioning: { ...setup.provisioning, finishedAt: now },
    version: setup.version + 1,
    updatedAt: now,
  });
  if (fails) return;
  if (!org.services.includes('contact_center'))
    store.directory.putOrg({ ...org, services: [...org.services, 'contact_center'] });
  const admin = store.directory.users.get(org.firstAdminUserId ?? '');
  if (admin && connectRoleFor(admin.roles.find((r) => r !== 'provisioning_admin') ?? null) && !admin.connect)
    inviteToConnect(store, admin, org.id, org.name, now);
}
