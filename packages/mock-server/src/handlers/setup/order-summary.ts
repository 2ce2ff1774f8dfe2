import {
  findCountry,
  PLATFORM_DETAILS_LABELS,
  TELEPHONY_OPTION_DETAILS,
  tenantSetupPerformers,
} from '@onramp/domain';
import type { StoredOrg, StoredSetup } from '../../store/types.js';
import { authorize } from '../access.js';
import { fail, type Handler, isFailure, iso } from '../reply.js';
import { createPdf } from './pdf.js';

/** The lines of the order summary: the setup's actual answers (DOMAIN §1.2 step 5). */
export function orderSummaryLines(org: StoredOrg, setup: StoredSetup): string[] {
  const { answers } = setup.state;
  const country = answers.country ? findCountry(answers.country) : undefined;
  const order = org.subscription;
  return [
    `Customer: ${org.name}`,
    `Organization ID: ${org.id}`,
    `Order: ${setup.context.isTrial ? 'trial' : 'subscription'} ${order?.orderReference ?? ''}`,
    `Licenses: ${(order?.licenses ?? []).map((l) => `${l.license} x ${l.quantity}`).join(', ') || 'none'}`,
    `Country of operation: ${country?.name ?? answers.country} (${answers.country})`,
    `Region: ${country?.region ?? '-'}`,
    `Data center: ${country?.dataCenter ?? '-'}`,
    `Time zone: ${setup.context.ccai ? 'not offered (CCAI)' : (answers.timeZone ?? '-')}`,
    `Platform: ${answers.platform ? PLATFORM_DETAILS_LABELS[answers.platform] : '-'}`,
    `Telephony: ${answers.telephony ? TELEPHONY_OPTION_DETAILS[answers.telephony].label : '-'} (${answers.telephony})`,
    `Cisco PSTN add-on: ${setup.context.ciscoPstnAddOn ? 'yes' : 'no'}; CCAI: ${setup.context.ccai ? 'yes' : 'no'}`,
    'Services: Webex Contact Center, Webex Engage, Webex Connect',
    `Provisioned: ${setup.provisioning?.finishedAt ? iso(setup.provisioning.finishedAt) : '-'}`,
  ];
}

export const getSetupOrderSummary: Handler<'getSetupOrderSummary'> = ({ store, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'open_setup_wizard');
  if (isFailure(access)) return access;
  const setup = store.setups.get(access.org.id);
  if (!setup) return fail(404, 'not_found', 'This organization has no services setup.', 'orgId');
  if (setup.state.status !== 'completed')
    return fail(409, 'setup_not_completed', 'The order summary exists once provisioning completed.');
  const pdf = createPdf('Webex Contact Center: order summary', orderSummaryLines(access.org, setup));
  return {
    status: 200,
    body: undefined,
    headers: {
      'content-disposition': `attachment; filename="order-summary-${(access.org.subscription?.orderReference ?? 'setup').replace(/[^\w.-]/g, '_')}.pdf"`,
    },
    raw: { contentType: 'application/pdf', data: pdf },
  };
};

export const getContactCenter: Handler<'getContactCenter'> = ({ store, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'view_service');
  if (isFailure(access)) return access;
  const setup = store.setups.get(access.org.id);
  const done = setup?.state.status === 'completed' ? setup : undefined;
  const answers = done?.state.answers;
  const country = answers?.country ? findCountry(answers.country) : undefined;
  const platform = answers?.platform ?? null;
  // Chat is not modelled per customer; the seed's rule is shown as the note (DOMAIN §1.2).
  const classic = platform === '1.0';
  return {
    status: 200,
    body: {
      orgId: access.org.id,
      provisioned: !!done,
      platform,
      platformDetails: platform ? (PLATFORM_DETAILS_LABELS[platform] as '1.0' | 'new platform') : null,
      country: answers?.country ?? null,
      region: country?.region ?? null,
      dataCenter: country?.dataCenter ?? null,
      timeZone: answers?.timeZone ?? null,
      telephony: answers?.telephony ?? null,
      setUpContactCenter: classic
        ? {
            required: true,
            chatRequiresCustomerAdmin: true,
            note: `Run "Set up Webex Contact Center" in Contact Center > Settings; with chat, only the customer admin may (performers: ${tenantSetupPerformers('1.0', true).join(', ')}).`,
          }
        : null,
    },
  };
};
