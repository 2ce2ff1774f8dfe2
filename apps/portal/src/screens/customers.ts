import '@onramp/widgets/status-badge.js';
import type { Organization } from '@onramp/contract';
import { isolated, isolatedText } from '../bidi.js';
import type { ScreenContext } from '../context.js';
import { hasServicesSetup, setupStatusBadge } from '../customer-status.js';
import { alertLine, h, table } from '../dom.js';
import type { MessageKey } from '../i18n/index.js';
import { loadPermissions, refusalNotice, refusalOf } from '../permissions.js';

/** The customer organizations the actor manages, with their setup status; pick one or set it up. */
export function renderCustomers(into: HTMLElement, context: ScreenContext) {
  const { t } = context;
  const body = h('div', {}, h('p', { role: 'status' }, t('customers.loading')));
  into.append(
    h('h1', { tabindex: '-1' }, t('customers.title')),
    h('p', { class: 'lead' }, t('customers.lead')),
    body,
  );
  void context
    .track(context.loadCustomers().then(withSetupRights(context)))
    .then(([problem, setUpRefusals]) => {
      if (!context.isCurrent()) return;
      if (problem) return body.replaceChildren(alertLine(t('customers.failed', { problem })));
      const customers = context.customers();
      if (customers.length === 0) return body.replaceChildren(h('p', {}, t('customers.empty')));
      // The nav shows the selected customer's name, now that it is known.
      context.refreshNav();
      // "Set up services" only where the wizard would open; why not, said once above the table.
      const refused = [...setUpRefusals.values()][0];
      body.replaceChildren(
        refused ? refusalNotice(context, refused) : '',
        table(
          'customers',
          t('customers.title'),
          [
            t('customers.colCustomer'),
            t('customers.colCountry'),
            t('customers.colSetup'),
            t('customers.colPlatform'),
            t('customers.colActions'),
          ],
          customers.map((org) => customerRow(org, context, !setUpRefusals.has(org.id))),
        ),
      );
      context.drawn();
    });
}

/**
 * After the customer list loaded: why the actor may not open each customer's setup wizard
 * (`open_setup_wizard` of its effective permissions), by org id, for the customers with a setup.
 */
function withSetupRights(context: ScreenContext) {
  return async (problem: string | undefined): Promise<[string | undefined, Map<string, MessageKey>]> => {
    const refusals = new Map<string, MessageKey>();
    if (problem) return [problem, refusals];
    const withSetup = context.customers().filter((org) => hasServicesSetup(org.setupStatus));
    const rights = await Promise.all(withSetup.map((org) => loadPermissions(context.client, org.id)));
    withSetup.forEach((org, index) => {
      const refused = refusalOf(rights[index], 'open_setup_wizard');
      if (refused) refusals.set(org.id, refused);
    });
    return [problem, refusals];
  };
}

function customerRow(org: Organization, context: ScreenContext, maySetUp: boolean) {
  const { t } = context;
  const selected = org.id === context.selectedOrgId;
  const badge = setupStatusBadge(org.setupStatus);
  const pick = h(
    'button',
    { type: 'button', id: `pick-${org.id}`, class: 'link', 'aria-pressed': String(selected) },
    isolated(org.name),
  );
  // The list is drawn anew with the selection: the keyboard stays on the customer picked.
  pick.addEventListener('click', () => context.select(org.id, undefined, pick.id));
  // No setup, no button: the wizard would answer 404, and the setup column already says "No setup".
  const setUp = hasServicesSetup(org.setupStatus) && maySetUp ? setUpButton(org, context) : undefined;
  const platform =
    org.platform === 'new_platform' ? t('customers.platformNew') : org.platform ? org.platform : '—';
  return h(
    'tr',
    { class: selected ? 'selected' : undefined },
    h('th', { scope: 'row' }, pick),
    h('td', {}, context.countryName(org.country)),
    h('td', {}, h('onramp-status-badge', { tone: badge.tone }, t(badge.label))),
    h('td', {}, platform),
    h('td', {}, setUp),
  );
}

function setUpButton(org: Organization, context: ScreenContext) {
  const { t } = context;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'aria-label': `${t('customers.setUp')}: ${isolatedText(org.name)}`,
    },
    t('customers.setUp'),
  );
  button.addEventListener('click', () => context.select(org.id, 'setup'));
  return button;
}
