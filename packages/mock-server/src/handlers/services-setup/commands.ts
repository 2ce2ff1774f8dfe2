import type { ErrorResponse, Setup, SetupStep } from '@onramp/contract';
import {
  resumeStep,
  type SetupCommand,
  type SetupContext,
  type SetupResult,
  type SetupState,
  setupReducer,
  stepIndex,
} from '@onramp/domain';
import { authorize, etag, ifMatches, staleVersion } from '../../handling/access.js';
import { fail, type Handler, type HandlerContext, isFailure, type Reply } from '../../handling/reply.js';
import { SETUP_FAILURE_MARKER, SETUP_PROVISIONING_MS } from '../../jobs/setup-provisioning.js';
import type { StoredSetup } from '../../store/types.js';
import { setupFailure } from './errors.js';
import { setupView, withLiveContext } from './view.js';

type SetupOp =
  | 'getSetup'
  | 'saveSetupCurrentStep'
  | 'saveSetupCountry'
  | 'confirmSetupCountry'
  | 'saveSetupTimeZone'
  | 'saveSetupPlatform'
  | 'saveSetupTelephony'
  | 'submitSetup';

/** The org's setup, if the viewer may open the wizard (`open_setup_wizard`, DOMAIN §1.1, §2.3). */
function openSetup(context: HandlerContext<SetupOp>) {
  const access = authorize(context.store, context.viewer, context.path.orgId, 'open_setup_wizard');
  if (isFailure(access)) return access;
  const setup = context.store.setups.get(access.org.id);
  if (!setup) return fail(404, 'not_found', 'This organization has no services setup.', 'orgId');
  return { org: access.org, setup };
}

/** Moves to `target`: back by the domain's `goTo`, forward by `next`, which checks every answer. */
function navigate(state: SetupState, target: SetupStep, context: SetupContext): SetupResult {
  if (stepIndex(target, context) < stepIndex(state.step, context))
    return setupReducer(state, { type: 'goTo', step: target }, context);
  let current: SetupResult = { state };
  for (let guard = 0; 'state' in current && current.state.step !== target && guard < 10; guard++)
    current = setupReducer(current.state, { type: 'next' }, context);
  return current;
}

const notEditable = () =>
  fail(409, 'setup_not_editable', 'The setup is provisioning or completed: it can no longer change.');

/**
 * Every change: optimistic concurrency (`If-Match`), then the domain's reducer, then the stored
 * setup with a new version. `apply` answers the new state or a domain refusal.
 */
function change(
  context: HandlerContext<SetupOp>,
  apply: (setup: StoredSetup) => SetupResult | { status: 400 | 409 | 422; body: ErrorResponse },
) {
  const found = openSetup(context);
  if ('status' in found) return found;
  const { org } = found;
  const setup = withLiveContext(org, found.setup);
  if (!ifMatches(context.headers['if-match'], setup.version)) return staleVersion();
  if (setup.state.status === 'provisioning' || setup.state.status === 'completed') return notEditable();
  const result = apply(setup);
  if ('status' in result) return result;
  if ('error' in result) return setupFailure(result.error, 'step_out_of_order');
  const step = resumeStep(result.state, setup.context);
  const state = { ...result.state, step };
  const furthest =
    stepIndex(step, setup.context) > stepIndex(setup.furthest, setup.context) ? step : setup.furthest;
  const now = context.clock.now();
  const saved: StoredSetup = { ...setup, state, furthest, version: setup.version + 1, updatedAt: now };
  context.store.setups.set(org.id, saved);
  return { org, setup: saved, now };
}

/**
 * An answer is given on its own step (the domain's rule): the wizard goes there, takes the answer,
 * and, if the admin was further on ("Go back and edit" from Review), returns to where they were.
 * `advance` is the step's **Next** (Confirm, and the telephony step's Next).
 */
function answer(step: SetupStep, command: SetupCommand, advance = false) {
  return (setup: StoredSetup): SetupResult => {
    const { context } = setup;
    const at = navigate(setup.state, step, context);
    if ('error' in at) return at;
    const done = setupReducer(at.state, command, context);
    if ('error' in done) return done;
    const wasFurther = stepIndex(setup.state.step, context) > stepIndex(step, context);
    if (wasFurther) return { state: { ...done.state, step: setup.state.step } };
    if (!advance) return done;
    const next = setupReducer(done.state, { type: 'next' }, context);
    return 'state' in next ? next : done;
  };
}

/**
 * The answer of a change: the whole setup, or the refusal. Each refusal's status is one the
 * contract documents for the operation (the domain's refusals differ per command), which the
 * compiler cannot follow through the shared `change`: hence the one cast.
 */
function ok<Op extends SetupOp>(result: ReturnType<typeof change>): Reply<Op> {
  if ('status' in result) return result as Reply<Op>;
  const success: { status: 200; headers: Record<string, string>; body: Setup } = {
    status: 200,
    headers: { etag: etag(result.setup.version) },
    body: setupView(result.org, result.setup, result.now),
  };
  return success as Reply<Op>;
}

export const getSetup: Handler<'getSetup'> = (context) => {
  const found = openSetup(context);
  if ('status' in found) return found;
  return {
    status: 200,
    headers: { etag: etag(found.setup.version) },
    body: setupView(found.org, found.setup, context.clock.now()),
  };
};

export const saveSetupCurrentStep: Handler<'saveSetupCurrentStep'> = (context) =>
  ok(
    change(context, (setup) => {
      const target = context.body.step;
      if (target === 'time_zone' && setup.context.ccai)
        return fail(
          409,
          'time_zone_not_applicable',
          'No time-zone choice is offered when CCAI is provisioned.',
          'step',
        );
      if (target === 'provisioning' || target === 'summary_download')
        return fail(409, 'step_out_of_order', `"${target}" is reached by submitting the setup.`, 'step');
      return navigate(setup.state, target, setup.context);
    }),
  );

export const saveSetupCountry: Handler<'saveSetupCountry'> = (context) =>
  ok(change(context, answer('country', { type: 'saveCountry', country: context.body.country })));

export const confirmSetupCountry: Handler<'confirmSetupCountry'> = (context) =>
  ok(change(context, answer('country', { type: 'confirmCountry' }, true)));

export const saveSetupTimeZone: Handler<'saveSetupTimeZone'> = (context) =>
  ok(
    change(context, (setup) =>
      setup.context.ccai
        ? fail(
            409,
            'time_zone_not_applicable',
            'No time-zone choice is offered when CCAI is provisioned.',
            'timeZone',
          )
        : answer('time_zone', { type: 'setTimeZone', timeZone: context.body.timeZone })(setup),
    ),
  );

export const saveSetupPlatform: Handler<'saveSetupPlatform'> = (context) =>
  ok(change(context, answer('platform', { type: 'setPlatform', platform: context.body.platform })));

export const saveSetupTelephony: Handler<'saveSetupTelephony'> = (context) =>
  ok(change(context, answer('telephony', { type: 'setTelephony', telephony: context.body.telephony }, true)));

/** **Submit** (DOMAIN §1.2 step 4): 202, and provisioning on the virtual clock. */
export const submitSetup: Handler<'submitSetup'> = (context) => {
  const result = change(context as HandlerContext<SetupOp>, (setup) => {
    const atReview = navigate(setup.state, 'review', setup.context);
    if ('error' in atReview) return setupFailure(atReview.error, 'setup_incomplete');
    const submitted = setupReducer(atReview.state, { type: 'submit' }, setup.context);
    return 'error' in submitted ? setupFailure(submitted.error, 'setup_incomplete') : submitted;
  });
  if ('status' in result) return result as Reply<'submitSetup'>;
  const { org, setup, now } = result;
  const provisioned: StoredSetup = {
    ...setup,
    furthest: 'review',
    provisioning: {
      startedAt: now,
      finishAt: now + SETUP_PROVISIONING_MS,
      finishedAt: null,
      fails: org.name.toLowerCase().includes(SETUP_FAILURE_MARKER),
    },
  };
  context.store.setups.set(org.id, provisioned);
  context.scheduler.setupProvisioning(org.id);
  return {
    status: 202,
    headers: {
      location: `${context.baseUrl}/organizations/${org.id}/setup`,
      'retry-after': '30',
      etag: etag(provisioned.version),
    },
    body: setupView(org, provisioned, now),
  };
};
