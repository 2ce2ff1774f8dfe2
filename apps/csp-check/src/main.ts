// The page the CSP check serves: every widget from the production build, wired to the in-page mock.
// Nothing here is inline (no inline script, style attribute or event-handler attribute): the page
// runs under `script-src 'self'; style-src 'self'` like a strict partner portal.
import { createMockApp, createMockFetch, WORLD } from '@onramp/mock-server';
// Types only (erased): the widgets' event classes in GlobalEventHandlersEventMap, so listeners are typed.
import type {} from '@onramp/widgets';
import '@onramp/widgets/customer-onboarding.js';
import '@onramp/widgets/role-editor.js';
import '@onramp/widgets/setup-prompt.js';
import '@onramp/widgets/setup-wizard.js';
import '@onramp/widgets/status-badge.js';
import '@onramp/widgets/subscription-panel.js';
import { createOnrampClient } from '@onramp/sdk';

// Same origin, so even a request that escaped the in-page mock would stay within connect-src 'self'.
const baseUrl = new URL('/v1', location.origin).href;
const app = createMockApp({ speed: 0 }); // time moves only with the page's "Advance" button
const fetch = createMockFetch({ baseUrl, app });
const clientFor = (token: string) => createOnrampClient({ baseUrl, token, fetch, retry: false });

const byId = <K extends keyof HTMLElementTagNameMap>(id: string, _tag: K) =>
  document.getElementById(id) as HTMLElementTagNameMap[K];
const badge = byId('badge', 'onramp-status-badge');
const prompt = byId('prompt', 'onramp-setup-prompt');
const wizard = byId('wizard', 'onramp-setup-wizard');
const roles = byId('roles', 'onramp-role-editor');
const onboarding = byId('onboarding', 'onramp-customer-onboarding');
const panel = byId('panel', 'onramp-subscription-panel');

function log(line: string) {
  const item = document.createElement('li');
  item.textContent = line;
  byId('events', 'ol').append(item);
}

prompt.orgId = WORLD.trialCustomer;
Object.assign(wizard, {
  client: clientFor('partner-full-admin'),
  orgId: WORLD.trialCustomer,
  pollInterval: 100,
});
Object.assign(roles, { client: clientFor('customer-full-admin'), orgId: WORLD.provisionedCustomer });
onboarding.client = clientFor('partner-full-admin');
Object.assign(panel, { client: clientFor('partner-full-admin'), pollInterval: 100 });

prompt.addEventListener('onramp-setup-requested', (event) => {
  log(`${event.type}: ${event.orgId}`);
  prompt.hidden = true;
  wizard.hidden = false;
});
wizard.addEventListener('onramp-setup-step-change', (event) => log(`${event.type}: ${event.step}`));
roles.addEventListener('onramp-role-change', (event) =>
  log(`${event.type}: ${event.userId} ${event.previousRole ?? 'none'} → ${event.role ?? 'none'}`),
);
onboarding.addEventListener('onramp-customer-accepted', (event) => {
  log(`${event.type}: ${event.customerId}`);
  panel.customerId = event.customerId;
  panel.hidden = false;
});
panel.addEventListener('onramp-subscription-status-change', (event) => {
  log(`${event.type}: ${event.previous} → ${event.status}`);
  badge.tone = event.status === 'provisioned' ? 'success' : 'warning';
  badge.textContent = event.status;
});
byId('advance', 'button').addEventListener('click', () => app.clock.advance(5 * 60_000));

badge.tone = 'success';
badge.textContent = 'Ready';
byId('status', 'p').textContent = 'Ready';
