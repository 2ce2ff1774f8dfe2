import type { AdminRole, License, LicenseQuantity, ServiceType } from '@onramp/contract';
import { EMPTY_ANSWERS, hasWebexCalling, type SetupAnswers, type SetupState } from '@onramp/domain';
import type { StoredOrg, StoredSetup, StoredSubscription, StoredUser } from './types.js';

const DAY = 86_400_000;

/**
 * How long a setup's provisioning runs: the mock's SETUP_PROVISIONING_MS, restated because the store
 * does not import handlers (test/seed-domain.test.ts holds the two equal).
 */
export const SEED_SETUP_PROVISIONING_MS = 5 * 60_000;

export function makeOrg(fields: Partial<StoredOrg> & Pick<StoredOrg, 'id' | 'name' | 'kind'>, now: number) {
  const org: StoredOrg = {
    country: 'US',
    partnerOrgId: null,
    hasOwnContactCenter: false,
    provisioningAccessTo: [],
    services: ['meetings', 'messaging'],
    subscription: null,
    firstAdminUserId: null,
    degraded: [],
    createdAt: now - 90 * DAY,
    ...fields,
  };
  return org;
}

export interface UserSeed {
  id: string;
  email: string;
  first: string;
  last: string;
  orgId: string;
  roles?: AdminRole[];
  license?: License | null;
  status?: StoredUser['status'];
  services?: ServiceType[];
}

export function makeUser(seed: UserSeed, now: number): StoredUser {
  return {
    id: seed.id,
    email: seed.email,
    firstName: seed.first,
    lastName: seed.last,
    orgId: seed.orgId,
    status: seed.status ?? 'verified',
    roles: seed.roles ?? [],
    license: seed.license ?? null,
    services: seed.services ?? ['meetings', 'messaging'],
    version: 1,
    createdAt: now - 30 * DAY,
  };
}

export function subscription(
  fields: Partial<StoredSubscription> & Pick<StoredSubscription, 'kind' | 'orderReference' | 'sourceId'>,
  now: number,
): StoredSubscription {
  const licenses: LicenseQuantity[] = [
    { license: 'cc_standard', quantity: 25 },
    { license: 'cc_premium', quantity: 10 },
  ];
  return {
    licenses,
    ccai: false,
    ciscoPstnAddOn: false,
    orderCountry: 'US',
    startedAt: now - 20 * DAY,
    endsAt: fields.kind === 'trial' ? now + 10 * DAY : null,
    ...fields,
  };
}

/** A stored setup in a given state; the context comes from the org's subscription. */
export function makeSetup(
  org: StoredOrg,
  state: Partial<Omit<SetupState, 'answers'>> & { answers?: Partial<SetupAnswers> },
  now: number,
  furthest = state.step ?? 'summary',
): StoredSetup {
  const order = org.subscription;
  return {
    orgId: org.id,
    state: {
      status: state.status ?? 'not_started',
      step: state.step ?? 'summary',
      answers: { ...EMPTY_ANSWERS, ...state.answers },
    },
    context: {
      isTrial: order?.kind === 'trial',
      ccai: order?.ccai ?? false,
      ciscoPstnAddOn: order?.ciscoPstnAddOn ?? false,
      mappedCountry: order?.orderCountry ?? null,
      webexCalling: hasWebexCalling(org),
    },
    furthest,
    provisioning: null,
    version: 1,
    updatedAt: now - DAY,
  };
}

/**
 * A submitted setup with the provisioning run the mock's submit starts (five virtual minutes),
 * begun at `startedAt`: still running, or ended as the setup's status says (completed, or failed;
 * either way with its finish). Its `updatedAt` is its last change, the submit or the run's end, as the mock's
 * own setups have it, so the wizard and *Monitoring* date the run where it happened.
 */
export function withProvisioningRun(setup: StoredSetup, startedAt: number): StoredSetup {
  const finishAt = startedAt + SEED_SETUP_PROVISIONING_MS;
  const { status } = setup.state;
  return {
    ...setup,
    provisioning: {
      startedAt,
      finishAt,
      finishedAt: status === 'completed' || status === 'failed' ? finishAt : null,
      fails: status === 'failed',
    },
    updatedAt: status === 'completed' || status === 'failed' ? finishAt : startedAt,
  };
}
