import {
  completeOnboardingStep,
  createCustomer,
  isAccountActive,
  isActivationExpired,
  mayFollowConnectInvitation,
  ONBOARDING_NOT_STARTED,
  type OnboardingState,
} from '@onramp/domain';
import { describe, expect, it } from 'vitest';
import { createMockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { SETUP_PROVISIONING_MS } from '../src/jobs/setup-provisioning.js';
import type { StoredOrg, StoredUser } from '../src/store/types.js';

// The `default` scenario holds only what the domain (DOMAIN.md, @onramp/domain) and the mock's own
// handlers could have produced: each rule below lists every seeded record that breaks it, so a
// failure names them all. Dates are checked as a partner developer reads them: nothing is dated
// before what it depends on.

const { data } = createMockApp({ clock: createManualClock() }).exportState();
const orgOf = (id: string) => data.orgs.find((org) => org.id === id) as StoredOrg;
const setupOf = (orgId: string) => data.setups.find((setup) => setup.orgId === orgId);
const days = (ms: number) => `${Math.round((ms / 86_400_000) * 10) / 10} d`;

/** The user's activation as the domain replays it, step by step (a refused step is a violation). */
function replayOnboarding(user: StoredUser): OnboardingState | string {
  let state: OnboardingState = ONBOARDING_NOT_STARTED;
  for (const step of user.onboarding?.completed ?? []) {
    const result = completeOnboardingStep(state, step);
    if ('error' in result) return result.error.message;
    state = result.state;
  }
  return state;
}

describe('the default seed keeps the domain rules', () => {
  it('every user holds licenses only of services their org has', () => {
    const violations = data.users.flatMap((user) => {
      const lacking = user.services.filter((service) => !orgOf(user.orgId).services.includes(service));
      return lacking.length > 0 ? [`${user.email}: ${lacking.join(', ')} (${orgOf(user.orgId).name})`] : [];
    });
    expect(violations).toEqual([]);
  });

  it("a trial's customer admin was created by the trial, which sent the welcome e-mail (§1.1)", () => {
    const violations = data.trials.flatMap((trial) => {
      const admin = data.users.find((user) => user.email === trial.customerAdminEmail);
      if (!admin) return [`${trial.id}: no user ${trial.customerAdminEmail}`];
      // startTrial refuses an e-mail that already belongs to a user.
      const problems: string[] = [];
      if (admin.createdAt < trial.startedAt)
        problems.push(`${admin.email} created ${days(trial.startedAt - admin.createdAt)} before the trial`);
      if (admin.onboarding?.welcomeEmailSentAt !== trial.startedAt)
        problems.push(`${admin.email}: welcome e-mail not sent when the trial started`);
      return problems;
    });
    expect(violations).toEqual([]);
  });

  it('an activation is a prefix of the steps of §1.1, each dated, in order, from the account creation', () => {
    const violations = data.users.flatMap((user) => {
      if (!user.onboarding) return [];
      const replayed = replayOnboarding(user);
      if (typeof replayed === 'string') return [`${user.email}: ${replayed}`];
      const problems: string[] = [];
      if (isAccountActive(replayed) !== (user.status === 'verified'))
        problems.push(`${user.email}: ${user.status} but activation complete=${isAccountActive(replayed)}`);
      let previous = user.createdAt;
      for (const step of user.onboarding.completed) {
        const at = user.onboarding.at[step];
        if (at === undefined) problems.push(`${user.email}: "${step}" done but not dated`);
        else if (at < previous) problems.push(`${user.email}: "${step}" ${days(previous - at)} too early`);
        else previous = at;
      }
      const sent = user.onboarding.welcomeEmailSentAt;
      if (sent !== null && sent !== user.onboarding.at.welcome_email_sent)
        problems.push(`${user.email}: welcomeEmailSentAt is not the date of "welcome_email_sent"`);
      return problems;
    });
    expect(violations).toEqual([]);
  });

  it("a Connect invitation follows the setup's provisioning; activation follows Get started, within 7 business days (§1.4)", () => {
    const violations = data.users.flatMap((user) => {
      if (!user.connect) return [];
      const { sentAt, activatedAt } = user.connect;
      const problems: string[] = [];
      const run = setupOf(user.orgId)?.provisioning;
      if (run?.finishedAt == null) problems.push(`${user.email}: invited with no completed provisioning`);
      else if (sentAt < run.finishedAt)
        problems.push(`${user.email}: invited ${days(run.finishedAt - sentAt)} before provisioning ended`);
      if (sentAt < user.createdAt) problems.push(`${user.email}: invited before the account existed`);
      if (activatedAt !== null) {
        const replayed = replayOnboarding(user);
        const getStarted = user.onboarding?.at.get_started;
        if (typeof replayed === 'string' || !mayFollowConnectInvitation(replayed))
          problems.push(`${user.email}: activated Connect without Get started`);
        else if (getStarted === undefined || getStarted > activatedAt)
          problems.push(`${user.email}: activated Connect before Get started`);
        if (activatedAt < sentAt || isActivationExpired(sentAt, activatedAt))
          problems.push(`${user.email}: activated outside its window`);
      }
      return problems;
    });
    expect(violations).toEqual([]);
  });

  it('a subscription from an order starts when the order was mapped, by the order mapped to that org', () => {
    const violations = data.orgs.flatMap((org) => {
      const sub = org.subscription;
      if (sub?.kind !== 'subscription') return [];
      const order = data.orders.find((o) => o.id === sub.sourceId);
      if (!order) return [`${org.name}: no order ${sub.sourceId}`];
      const problems: string[] = [];
      if (order.customerOrgId !== org.id) problems.push(`${org.name}: ${order.id} is mapped elsewhere`);
      if (order.orderReference !== sub.orderReference) problems.push(`${org.name}: reference differs`);
      if (order.mappedAt !== sub.startedAt) problems.push(`${org.name}: started apart from the mapping`);
      return problems;
    });
    expect(violations).toEqual([]);
  });

  it('every order has a reference of its own', () => {
    const references = data.orders.map((order) => order.orderReference);
    expect(references.filter((reference, i) => references.indexOf(reference) !== i)).toEqual([]);
  });

  it('a setup past Submit has its provisioning run, after its subscription started, ending as its status says', () => {
    const violations = data.setups.flatMap((setup) => {
      const { status } = setup.state;
      const name = orgOf(setup.orgId).name;
      const run = setup.provisioning;
      if (status !== 'provisioning' && status !== 'completed' && status !== 'failed')
        return run ? [`${name}: ${status} with a provisioning run`] : [];
      if (!run) return [`${name}: ${status} without a provisioning run`];
      const problems: string[] = [];
      if (run.finishAt - run.startedAt !== SETUP_PROVISIONING_MS)
        problems.push(`${name}: run of another length`);
      if ((run.finishedAt !== null) !== (status !== 'provisioning') || run.fails !== (status === 'failed'))
        problems.push(`${name}: run's end contradicts ${status}`);
      const lastChange = status === 'provisioning' ? run.startedAt : run.finishAt;
      if (setup.updatedAt !== lastChange) problems.push(`${name}: updatedAt is not its last change`);
      const started = orgOf(setup.orgId).subscription?.startedAt;
      if (started === undefined || run.startedAt < started)
        problems.push(`${name}: submitted before its subscription started`);
      return problems;
    });
    expect(violations).toEqual([]);
  });

  it('Webex Calling telephony is chosen only by an org with Webex Calling (§1.3 "needs an active Webex Calling subscription")', () => {
    const violations = data.setups
      .filter((setup) => setup.state.answers.telephony === 'webex_calling')
      .map((setup) => orgOf(setup.orgId))
      .filter((org) => !org.services.includes('calling'))
      .map((org) => `${org.name}: ${org.services.join(', ')}`);
    expect(violations).toEqual([]);
  });

  it("a wholesale customer's org exists from the start of its provisioning (§3.2, decisions/0046)", () => {
    const violations = data.customers.flatMap((customer) => {
      const org = data.orgs.find((o) => o.id === customer.orgId);
      const review = customer.rplReview;
      // A clear check starts provisioning at creation (the domain's createCustomer); an approved
      // review when it was decided.
      const clear = createCustomer(review?.result ?? 'clear', customer.createdAt).status === 'provisioning';
      const started = clear ? customer.createdAt : review?.reviewedAt ? Date.parse(review.reviewedAt) : null;
      if (!org || started === null) return [];
      return org.createdAt > started
        ? [`${customer.externalId}: org created ${days(org.createdAt - started)} after provisioning started`]
        : [];
    });
    expect(violations).toEqual([]);
  });
});
