import type { ProvisioningStage, Setup, SetupStep } from '@onramp/contract';
import {
  ciscoPstnApplies,
  countryDropdownDefault,
  editableStepsFor,
  findCountry,
  hasWebexCalling,
  missingAnswer,
  PLATFORM_DETAILS_LABELS,
  setupStepsFor,
  stepIndex,
  telephonyOptionsFor,
  telephonyUnavailableReason,
} from '@onramp/domain';
import { iso } from '../../handling/reply.js';
import type { StoredOrg, StoredSetup } from '../../store/types.js';

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'customer';

/**
 * Steps done: those before the furthest step reached whose answers are given, the furthest one
 * if it asks for an answer and has it, and `review`/`provisioning` once submitted/provisioned.
 */
export function completedSteps(setup: StoredSetup): SetupStep[] {
  const { state, context } = setup;
  const furthest = stepIndex(setup.furthest, context);
  const done = editableStepsFor(context).filter((step) => {
    if (missingAnswer(step, state.answers) !== null) return false;
    const index = stepIndex(step, context);
    const answers = step === 'country' || step === 'time_zone' || step === 'platform' || step === 'telephony';
    return index < furthest || (index === furthest && answers);
  });
  const submitted =
    state.status === 'provisioning' || state.status === 'completed' || state.status === 'failed';
  return [
    ...done.filter((step) => step !== 'review'),
    ...(submitted ? (['review'] as const) : []),
    ...(state.status === 'completed' ? (['provisioning'] as const) : []),
  ];
}

/**
 * The stage a run is at, by how far its virtual minutes went: the mock's own pacing (a real run reports
 * its stage). A run that is to fail stays in the tenant's stage, where the mock's failures happen.
 */
const STAGE_UNTIL_PERCENT: ReadonlyArray<readonly [number, ProvisioningStage]> = [
  [40, 'tenant'],
  [80, 'digital_services'],
  [100, 'admin_sync'],
];
const stageAt = (progress: number, fails: boolean): ProvisioningStage =>
  fails ? 'tenant' : (STAGE_UNTIL_PERCENT.find(([until]) => progress < until)?.[1] ?? 'admin_sync');

function provisioningMessage(stage: ProvisioningStage | null, dataCenter: string | null): string {
  switch (stage) {
    case null:
      return 'The contact center, Webex Engage and Webex Connect are ready.';
    case 'tenant':
      return `Creating the contact-center tenant in the ${dataCenter ?? ''} data center.`;
    case 'digital_services':
      return 'Provisioning Webex Engage and Webex Connect.';
    case 'admin_sync':
      return 'Synchronizing admins with Webex Connect.';
  }
}

/**
 * The setup with its context as the org is now: whether it has Webex Calling follows its services
 * (an order mapped later may add it), so a stored context, or one of an older state file, is never
 * what decides.
 */
export function withLiveContext(org: StoredOrg, setup: StoredSetup): StoredSetup {
  const webexCalling = hasWebexCalling(org);
  return setup.context.webexCalling === webexCalling
    ? setup
    : { ...setup, context: { ...setup.context, webexCalling } };
}

export function setupView(org: StoredOrg, stored: StoredSetup, now: number): Setup {
  const setup = withLiveContext(org, stored);
  const { state, context } = setup;
  const { answers } = state;
  const country = answers.country ? findCountry(answers.country) : undefined;
  const locked = ciscoPstnApplies(answers.country ?? context.mappedCountry, context);
  const offered =
    country && answers.platform
      ? telephonyOptionsFor(answers.platform, country.region).map((o) => o.option)
      : [];
  // Offered by the platform and region, but not to this org (shown disabled, with the reason).
  const unavailable = offered.flatMap((option) => {
    const reason = country ? telephonyUnavailableReason(option, country.code, context) : null;
    return reason ? [{ option, reason }] : [];
  });
  const telephony = offered.filter((option) => !unavailable.some((entry) => entry.option === option));
  const run = setup.provisioning;
  let provisioning: Setup['provisioning'] = null;
  if (run && (state.status === 'provisioning' || state.status === 'completed' || state.status === 'failed')) {
    const span = Math.max(1, run.finishAt - run.startedAt);
    const progress =
      run.finishedAt !== null
        ? 100
        : Math.max(0, Math.min(99, Math.floor(((now - run.startedAt) / span) * 100)));
    const stage = run.finishedAt === null ? stageAt(progress, run.fails) : null;
    provisioning = {
      progress,
      startedAt: iso(run.startedAt),
      finishedAt: run.finishedAt === null ? null : iso(run.finishedAt),
      message:
        state.status === 'failed'
          ? `Provisioning failed: the contact-center tenant could not be created in the ${country?.dataCenter ?? ''} data center.`
          : provisioningMessage(stage, country?.dataCenter ?? null),
      stage,
      // The mock's failures (the org-name marker, the seeded failed setup) are the tenant's creation.
      failedStage: state.status === 'failed' ? 'tenant' : null,
    };
  }
  return {
    orgId: org.id,
    status: state.status,
    currentStep: state.step,
    steps: [...setupStepsFor(context)],
    completedSteps: completedSteps(setup),
    order: {
      kind: context.isTrial ? 'trial' : 'subscription',
      orderReference: org.subscription?.orderReference ?? org.id,
      licenses: org.subscription?.licenses ?? [],
      ccai: context.ccai,
      ciscoPstnAddOn: context.ciscoPstnAddOn,
      orderCountry: context.mappedCountry ?? org.country,
    },
    sipAddress: `${slug(org.name)}.calls.webex.com`,
    defaultCountry: countryDropdownDefault(state, context),
    answers: { ...answers },
    region: country?.region ?? null,
    dataCenter: country?.dataCenter ?? null,
    choices: {
      platforms: country ? [...country.platforms] : [],
      telephonyOptions: locked ? ['webex_calling'] : telephony,
      unavailableTelephonyOptions: locked ? [] : unavailable,
    },
    telephonyLocked: locked,
    telephonyLockedReason: locked ? 'cisco_pstn_add_on' : null,
    servicesToSetUp: ['contact_center', 'engage', 'connect'],
    provisioning,
    platformDetails:
      state.status === 'completed' && answers.platform
        ? (PLATFORM_DETAILS_LABELS[answers.platform] as Setup['platformDetails'])
        : null,
    version: setup.version,
    updatedAt: iso(setup.updatedAt),
  };
}
