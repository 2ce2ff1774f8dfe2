import type { Customer } from '@onramp/contract';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { customerStatusTone } from '../status-badge/customer-status-tone.js';
import type { AccountViews } from './panel-api.js';

/** One card of the summary: a label over its value. */
const card = (term: string, value: unknown, id?: string) =>
  html`<div><dt>${term}</dt><dd id=${id ?? nothing}>${value}</dd></div>`;

/** The trial or subscription: its id (and the days a trial has left), then its term. */
function termCards({ subscriptions }: AccountViews, localize: LocalizeController) {
  const { trial, subscription } = subscriptions;
  const date = (value?: string | null) => (value ? localize.formatDate(value) : '—');
  if (!trial && !subscription)
    return [card(localize.t('panel.subscription'), localize.t('panel.noSubscription'), 'subscription')];
  const daysLeft = trial
    ? html`<span part="help" id="days-left">${localize.t('trial.daysLeft', { count: trial.daysLeft })}</span>`
    : nothing;
  return [
    card(
      localize.t(trial ? 'panel.trial' : 'panel.subscription'),
      html`<bdi>${trial ? trial.trialId : subscription?.orderReference}</bdi>${daysLeft}`,
      trial ? 'trial' : 'subscription',
    ),
    card(localize.t('panel.startDate'), date((trial ?? subscription)?.startDate)),
    trial
      ? card(localize.t('panel.endDate'), date(trial.endDate))
      : card(localize.t('panel.renewalDate'), date(subscription?.renewalDate)),
  ];
}

/**
 * What a reader wants first, as a grid of cards: the onboarding status, the trial or subscription
 * with its dates, the platform and how many administrators the org has, then what is still to do
 * on the platform. The sections below give the details; nothing here is a heading, so no heading
 * repeats.
 */
export function renderSummary(
  customer: Customer | undefined,
  account: AccountViews | undefined,
  localize: LocalizeController,
) {
  if (!customer && !account) return nothing;
  const status = customer ? (customer.status ?? 'provisioning') : undefined;
  const { platform, setUpContactCenter } = account?.contactCenter ?? {};
  return html`<dl part="summary" id="summary">
    ${
      status
        ? card(
            localize.t('panel.status'),
            html`<onramp-status-badge id="customer-status" tone=${customerStatusTone[status]}>${localize.t(`status.${status}`)}</onramp-status-badge>`,
          )
        : nothing
    }
    ${
      account
        ? [
            ...termCards(account, localize),
            card(
              localize.t('panel.platform'),
              platform ? localize.t(`platform.${platform}`) : localize.t('panel.notProvisioned'),
              'platform',
            ),
            account.admins
              ? card(localize.t('panel.admins'), localize.formatNumber(account.admins.length))
              : nothing,
          ]
        : nothing
    }
  </dl>
  ${
    setUpContactCenter?.required
      ? html`<p part="help">${localize.t('panel.setUpContactCenter')}</p>`
      : nothing
  }`;
}
