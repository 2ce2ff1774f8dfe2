import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMockApp, type MockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import type { MockResponse } from '../src/core/types.js';
import { SETUP_FAILURE_MARKER } from '../src/jobs/setup-provisioning.js';
import { WORLD } from '../src/store/seed-world.js';
import { US_ADDRESS } from './customers.js';
import { normalized, send } from './world.js';

/**
 * Time travel is exact (decisions/0024): work that falls due inside one clock jump runs at its due
 * instant, so one jump leaves the same world as the same time in small steps.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const FRIDAY_NOON = Date.UTC(2026, 11, 4, 12);
const iso = (ms: number) => new Date(ms).toISOString();
/** The body of an answer, read loosely (the contract tests check shapes; here only values matter). */
// biome-ignore lint/suspicious/noExplicitAny: test-only loose read
const json = (answer: MockResponse): any => answer.body;
const idOf = (answer: MockResponse) => (answer.headers.location ?? '').split('/').pop() as string;
const newApp = (start = FRIDAY_NOON) => createMockApp({ clock: createManualClock(start) });
const setupPath = (orgId: string, rest = '') => `/organizations/${encodeURIComponent(orgId)}/setup${rest}`;

const customerBody = (n: number, name: string) => ({
  provisioningId: `prov-${n}`,
  packages: ['webex_calling', 'webex_meetings'],
  externalId: `ext-travel-${n}`,
  address: US_ADDRESS,
  customerInfo: { name, primaryEmail: `admin${n}@travel.example.com` },
});

/** Broken Arrow's failed setup, submitted again: it runs five virtual minutes. */
async function resubmit(app: MockApp, orgName?: string): Promise<MockResponse> {
  const org = app.store.directory.orgs.get(WORLD.failedCustomer);
  if (org && orgName) app.store.directory.putOrg({ ...org, name: orgName });
  return send(app, 'POST', setupPath(WORLD.failedCustomer, '/submission'));
}

describe('a setup submitted Friday 12:00 and a 3-day jump', () => {
  it('stamps the end of provisioning and the Connect e-mail at their due instant, not Monday', async () => {
    const app = newApp();
    expect((await resubmit(app)).status).toBe(202);
    app.clock.advance(3 * DAY);
    const done = json(await send(app, 'GET', setupPath(WORLD.failedCustomer)));
    const due = FRIDAY_NOON + 5 * MINUTE;
    expect(done).toMatchObject({ status: 'completed', provisioning: { finishedAt: iso(due), stage: null } });
    const onboarding = json(
      await send(app, 'GET', `/organizations/${encodeURIComponent(WORLD.failedCustomer)}/onboarding`),
    ) as { connect: { connectEmailSentAt: string; activationDeadline: string } };
    expect(onboarding.connect.connectEmailSentAt).toBe(iso(due));
    // 7 business days from Friday 12:05: the Tuesday after next, same time (not the Wednesday).
    expect(onboarding.connect.activationDeadline).toBe(iso(Date.UTC(2026, 11, 15, 12, 5)));
    const mail = app.store.outbox.find((m) => m.kind === 'connect' && m.orgId === WORLD.failedCustomer);
    expect(mail?.sentAt).toBe(due);
  });

  it('a failed provisioning is finished too: finishedAt is when it failed', async () => {
    const app = newApp();
    await resubmit(app, `Broken Arrow ${SETUP_FAILURE_MARKER}`);
    app.clock.advance(4 * MINUTE);
    // A run that is to fail stays in the tenant's stage, where it then fails.
    expect(json(await send(app, 'GET', setupPath(WORLD.failedCustomer)))).toMatchObject({
      status: 'provisioning',
      provisioning: { progress: 80, stage: 'tenant', failedStage: null },
    });
    app.clock.advance(HOUR);
    const failed = json(await send(app, 'GET', setupPath(WORLD.failedCustomer)));
    expect(failed).toMatchObject({
      status: 'failed',
      provisioning: {
        progress: 100,
        finishedAt: iso(FRIDAY_NOON + 5 * MINUTE),
        stage: null,
        failedStage: 'tenant',
      },
    });
  });

  it('the seeded failed setup has its finish too', async () => {
    const app = newApp();
    const seeded = json(await send(app, 'GET', setupPath(WORLD.failedCustomer))) as {
      provisioning: { finishedAt: string | null };
    };
    expect(seeded.provisioning.finishedAt).not.toBeNull();
  });
});

describe('an RPL review decided inside a 66-minute jump', () => {
  it('is stamped at its due time, and provisioning counts from there', async () => {
    const app = newApp();
    const created = await send(app, 'POST', '/wholesale/customers', customerBody(1, 'Listed rpl-listed'));
    const id = idOf(created);
    const pending = app.store.customers.get(id);
    const reviewAt = pending?.scheduled?.at as number;
    expect(reviewAt - FRIDAY_NOON).toBeGreaterThanOrEqual(15 * MINUTE);
    expect(reviewAt - FRIDAY_NOON).toBeLessThanOrEqual(60 * MINUTE);
    app.clock.advance(66 * MINUTE);
    const customer = json(await send(app, 'GET', `/wholesale/customers/${id}`)) as {
      status: string;
      rplReview: { reviewedAt: string };
      lastStatusChange: string;
    };
    expect(customer.rplReview.reviewedAt).toBe(iso(reviewAt));
    // Approved at reviewAt, provisioned 3 minutes later: both inside the jump.
    expect(customer.status).toBe('provisioned');
    expect(customer.lastStatusChange).toBe(iso(reviewAt + 3 * MINUTE));
  });
});

describe('/_mock/reset', () => {
  it('turns the clock back to its start', async () => {
    const app = newApp();
    app.clock.advance(5 * DAY);
    const answer = await send(app, 'POST', '/_mock/reset');
    expect(answer.status).toBe(200);
    expect(app.clock.now()).toBe(FRIDAY_NOON);
    const clock = json(await send(app, 'GET', '/_mock/clock')) as { epochMs: number };
    expect(clock.epochMs).toBe(FRIDAY_NOON);
  });
});

/** The same requests, then the same total time: in one jump, or in the given small steps. */
async function world(steps: readonly number[] | 'one jump', total: number): Promise<string> {
  const app = newApp();
  await resubmit(app);
  for (const [n, name] of [
    [1, 'Plain'],
    [2, 'Listed rpl-listed'],
    [3, 'Refused rpl-denied'],
    [4, 'Forgotten rpl-timeout'],
  ] as const)
    await send(app, 'POST', '/wholesale/customers', customerBody(n, name));
  if (steps === 'one jump') app.clock.advance(total);
  else {
    let left = total;
    for (const step of steps) {
      const ms = Math.min(step, left);
      app.clock.advance(ms);
      left -= ms;
    }
    app.clock.advance(left);
  }
  return normalized(app.store.snapshot());
}

describe('one jump equals the same time in small steps (property)', () => {
  it('leaves the same world', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 4 * DAY }),
        fc.array(fc.integer({ min: 1, max: 6 * HOUR }), { minLength: 1, maxLength: 40 }),
        async (total, steps) => {
          expect(await world(steps, total)).toBe(await world('one jump', total));
        },
      ),
      { numRuns: 25 },
    );
  });
});
