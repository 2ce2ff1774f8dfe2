import type { ContactCenterDetails } from '@onramp/contract';
import {
  findCountry,
  PLATFORM_DETAILS_LABELS,
  type TenantSetupFacts,
  tenantSetupDecision,
  tenantSetupRequired,
} from '@onramp/domain';
import { authorize, orgActor } from '../../handling/access.js';
import { fail, forbidden, type Handler, isFailure, iso } from '../../handling/reply.js';
import { TENANT_SETUP_WIRE } from '../../handling/wire-codes.js';
import type { StoredSetup } from '../../store/types.js';

/** What "Set up Webex Contact Center" reads of the stored setup (the domain's facts). */
export function tenantSetupFacts(setup: StoredSetup | undefined): TenantSetupFacts {
  const setupCompleted = setup?.state.status === 'completed';
  return {
    setupCompleted,
    platform: setupCompleted ? (setup?.state.answers.platform ?? null) : null,
    done: setup?.tenantSetup ? { chat: setup.tenantSetup.chat } : null,
  };
}

/** *Contact Center › Settings › General › Service details* (DOMAIN §1.2). */
export function contactCenterView(orgId: string, setup: StoredSetup | undefined): ContactCenterDetails {
  const facts = tenantSetupFacts(setup);
  const answers = facts.setupCompleted ? setup?.state.answers : undefined;
  const country = answers?.country ? findCountry(answers.country) : undefined;
  const platform = facts.platform;
  return {
    orgId,
    provisioned: facts.setupCompleted,
    platform,
    platformDetails: platform ? (PLATFORM_DETAILS_LABELS[platform] as '1.0' | 'new platform') : null,
    country: answers?.country ?? null,
    region: country?.region ?? null,
    dataCenter: country?.dataCenter ?? null,
    timeZone: answers?.timeZone ?? null,
    telephony: answers?.telephony ?? null,
    setUpContactCenter:
      platform === '1.0'
        ? {
            required: tenantSetupRequired(facts),
            chatRequiresCustomerAdmin: true,
            note: 'Run "Set up Webex Contact Center" in Contact Center > Settings; if the customer needs chat, a customer admin must run it.',
            performedAt: setup?.tenantSetup ? iso(setup.tenantSetup.at) : null,
            chat: setup?.tenantSetup?.chat ?? false,
          }
        : null,
  };
}

export const getContactCenter: Handler<'getContactCenter'> = ({ store, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'view_service');
  if (isFailure(access)) return access;
  return { status: 200, body: contactCenterView(access.org.id, store.setups.get(access.org.id)) };
};

/**
 * "Set up Webex Contact Center" (seed 000, DOMAIN §1.2): the domain decides who, when and the chat
 * rule; the run is stored on the org's setup, so the service details stop reporting it.
 */
export const setUpContactCenter: Handler<'setUpContactCenter'> = ({ store, viewer, path, body, clock }) => {
  const actor = orgActor(store, viewer, path.orgId);
  if (isFailure(actor)) return actor;
  const setup = store.setups.get(actor.org.id);
  const decision = tenantSetupDecision(actor.actor, tenantSetupFacts(setup), { chat: body.chat });
  if (!decision.allowed)
    return 'conflict' in decision
      ? fail(409, TENANT_SETUP_WIRE[decision.conflict], decision.message)
      : forbidden(decision);
  // The decision allowed it, so the setup exists and completed.
  const done: StoredSetup = { ...(setup as StoredSetup), tenantSetup: { at: clock.now(), chat: body.chat } };
  store.setups.set(actor.org.id, done);
  return { status: 200, body: contactCenterView(actor.org.id, done) };
};
