import { beforeEach, describe, expect, it } from 'vitest';
import { createMockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { createMockFetch } from '../src/fetch/fetch-adapter.js';
import { SEEDED_TOKENS, WORLD } from '../src/store/seed-world.js';
import { createClient } from './http-client.js';

const baseUrl = 'http://onramp.mock/v1';
const U = '/organizations/{orgId}/users/{userId}';
const ROLES = [null, 'full_admin', 'service_admin', 'read_only_admin', 'provisioning_admin'] as const;

/**
 * Issue 17, through the API: for every seeded signed-in admin × every member of the customer org
 * they may see × every role, `GET .../roleOptions` offers the role exactly when
 * `PUT .../adminRole` to it is accepted, with the same reason when it is not. Each accepted change
 * is undone by a reset, so every case starts from the same world.
 */
describe('role options agree with the role change, for every seeded actor × user × role', () => {
  const app = createMockApp({ clock: createManualClock() });
  const call = createClient(baseUrl, createMockFetch({ baseUrl, app }));
  beforeEach(() => app.reset());

  it.each([WORLD.provisionedCustomer, WORLD.trialCustomer])('in org %s', async (orgId) => {
    const org = `/organizations/${encodeURIComponent(orgId)}`;
    const everyone = await call('GET', '/organizations/{orgId}/users', { path: `${org}/users?max=1000` });
    let compared = 0;
    for (const token of Object.keys(SEEDED_TOKENS)) {
      const permissions = await call('GET', '/organizations/{orgId}/permissions', {
        path: `${org}/permissions`,
        token,
      });
      const authority = permissions.json.actions?.find((a: { action: string }) => a.action === 'assign_role');
      for (const { id } of everyone.json.items as Array<{ id: string }>) {
        const path = `${org}/users/${encodeURIComponent(id)}`;
        const options = await call('GET', `${U}/roleOptions`, { path: `${path}/roleOptions`, token });
        for (const role of ROLES) {
          const put = await call('PUT', `${U}/adminRole`, {
            path: `${path}/adminRole`,
            token,
            body: { role },
          });
          if (options.status !== 200) {
            // No options at all (no access, or a user the actor may not see): no change either.
            expect([put.status, put.json.errors[0].reason]).toEqual([
              options.status,
              options.json.errors[0].reason,
            ]);
            continue;
          }
          const option = options.json.options.find((o: { role: string | null }) => o.role === role);
          if (option === undefined) {
            // The provisioning role is not a choice in a customer org, and no change gives it: not
            // applicable, once the actor has the authority to change roles at all.
            expect([role, put.status, put.json.errors[0].reason]).toEqual([
              'provisioning_admin',
              403,
              authority.allowed ? 'role_not_applicable' : authority.reason,
            ]);
          } else if (option.allowed) {
            expect(put.status, `${token} → ${id} → ${role}`).toBe(200);
            app.reset();
          } else {
            expect([put.status, put.json.errors[0].reason], `${token} → ${id} → ${role}`).toEqual([
              403,
              option.reason,
            ]);
          }
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("offers the partner's provisioning admin nothing on an external service admin, as the change refuses", async () => {
    const org = `/organizations/${encodeURIComponent(WORLD.provisionedCustomer)}`;
    const admins = await call('GET', '/organizations/{orgId}/users', {
      path: `${org}/users?filter=external_admins`,
      token: 'partner-provisioning-admin',
    });
    const serviceAdmin = admins.json.items.find(
      (u: { adminRole: string }) => u.adminRole === 'service_admin',
    );
    const path = `${org}/users/${encodeURIComponent(serviceAdmin.id)}`;
    const options = await call('GET', `${U}/roleOptions`, {
      path: `${path}/roleOptions`,
      token: 'partner-provisioning-admin',
    });
    expect(options.json.options.find((o: { current: boolean }) => o.current)).toMatchObject({
      role: 'service_admin',
      allowed: false,
      reason: 'insufficient_role',
    });
    const put = await call('PUT', `${U}/adminRole`, {
      path: `${path}/adminRole`,
      token: 'partner-provisioning-admin',
      body: { role: 'service_admin' },
    });
    expect([put.status, put.json.errors[0].reason]).toEqual([403, 'insufficient_role']);
  });

  it('refuses the service-admin role to a partner-org user as not applicable (table 1)', async () => {
    const org = `/organizations/${encodeURIComponent(WORLD.provisionedCustomer)}`;
    const users = await call('GET', '/organizations/{orgId}/users', {
      path: `${org}/users?max=1000`,
      token: 'customer-full-admin',
    });
    const partnerAdmins = users.json.items.filter((u: { relation: string }) => u.relation === 'partner');
    expect(partnerAdmins.length).toBeGreaterThan(0);
    for (const partnerAdmin of partnerAdmins) {
      const put = await call('PUT', `${U}/adminRole`, {
        path: `${org}/users/${encodeURIComponent(partnerAdmin.id)}/adminRole`,
        token: 'customer-full-admin',
        body: { role: 'service_admin' },
      });
      expect([put.status, put.json.errors[0].reason]).toEqual([403, 'role_not_applicable']);
      expect(put.json.message).toContain('not applicable');
    }
  });
});
