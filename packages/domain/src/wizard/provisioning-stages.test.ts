import { describe, expect, it } from 'vitest';
import { PROVISIONING_STAGES, provisioningTimeline } from './provisioning-stages.js';

const states = (entries: ReturnType<typeof provisioningTimeline>) =>
  entries.map((e) => `${e.stage}:${e.state}`);

describe('the provisioning timeline (DOMAIN §1.2, §1.4)', () => {
  it('runs the tenant first, then the digital services, then the admin sync', () => {
    expect(PROVISIONING_STAGES).toEqual(['tenant', 'digital_services', 'admin_sync']);
  });

  it('while a stage runs, the ones before it are done and the ones after it pending', () => {
    expect(
      states(provisioningTimeline('provisioning', { stage: 'digital_services', failedStage: null })),
    ).toEqual(['tenant:done', 'digital_services:current', 'admin_sync:pending']);
    expect(states(provisioningTimeline('provisioning', { stage: 'tenant', failedStage: null }))).toEqual([
      'tenant:current',
      'digital_services:pending',
      'admin_sync:pending',
    ]);
  });

  it('submitted with no stage started: every stage pending, none current', () => {
    expect(states(provisioningTimeline('provisioning', { stage: null, failedStage: null }))).toEqual([
      'tenant:pending',
      'digital_services:pending',
      'admin_sync:pending',
    ]);
  });

  it('completed: every stage done', () => {
    expect(states(provisioningTimeline('completed', { stage: null, failedStage: null }))).toEqual([
      'tenant:done',
      'digital_services:done',
      'admin_sync:done',
    ]);
  });

  it('failed: the failed stage, the ones before it done, the ones after it never reached', () => {
    expect(states(provisioningTimeline('failed', { stage: null, failedStage: 'digital_services' }))).toEqual([
      'tenant:done',
      'digital_services:failed',
      'admin_sync:pending',
    ]);
    expect(states(provisioningTimeline('failed', { stage: null, failedStage: 'tenant' }))[0]).toBe(
      'tenant:failed',
    );
  });

  it('nothing to show without a run, before submit, or for a failure that does not say where', () => {
    expect(provisioningTimeline('provisioning', null)).toEqual([]);
    expect(provisioningTimeline('in_progress', { stage: null, failedStage: null })).toEqual([]);
    expect(provisioningTimeline('failed', { stage: null, failedStage: null })).toEqual([]);
  });
});
