import type { Customer, CustomerStatus } from '@onramp/contract';
import { displayPhoneNumber } from '@onramp/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { packageNames } from './product-names.js';

/** Statuses that move on by themselves: the panel polls while the customer is in one. */
export const LIVE_STATUSES: readonly CustomerStatus[] = ['provisioning', 'updating', 'pending_rpl_review'];

const dateTime: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

export interface LifecycleContext {
  localize: LocalizeController;
  countryName: (code: string) => string;
  /** Whether the account's usage is shown: it has each package's limit, so the limits are not repeated. */
  withUsage: boolean;
}

/** What happened to the customer so far, oldest first (DOMAIN §3.2 and the current status). */
function timeline(customer: Customer, { localize }: LifecycleContext): Array<[string, string | undefined]> {
  const at = (value?: string) => (value ? localize.formatDate(value, dateTime) : undefined);
  const rpl = customer.rplReview;
  const events: Array<[string, string | undefined]> = [
    [localize.t('panel.event.created'), at(customer.createdAt)],
  ];
  if (rpl) {
    if (rpl.trigger === 'address_updated')
      events.push([localize.t('panel.event.addressUpdated'), at(rpl.checkedAt)]);
    events.push([
      localize.t(rpl.result === 'clear' ? 'panel.event.rplClear' : 'panel.event.rplListed'),
      at(rpl.checkedAt),
    ]);
    if (rpl.reviewStatus === 'pending' && rpl.reviewDeadline)
      events.push([
        localize.t('panel.event.reviewPending', { deadline: at(rpl.reviewDeadline) ?? '' }),
        undefined,
      ]);
    const decided = {
      approved: 'panel.event.reviewApproved',
      denied: 'panel.event.reviewDenied',
      timed_out: 'panel.event.reviewTimedOut',
    } as const;
    if (rpl.reviewStatus && rpl.reviewStatus !== 'pending')
      events.push([localize.t(decided[rpl.reviewStatus]), at(rpl.reviewedAt)]);
  }
  if (customer.status)
    events.push([
      localize.t('panel.event.status', { status: localize.t(`status.${customer.status}`) }),
      at(customer.lastStatusChange),
    ]);
  return events;
}

/** The customer's errors, and each package's errors and warnings (where the real API reports them). */
function problemsOf(customer: Customer): string[] {
  const line = (error: { errorCode?: number; description?: string }, prefix = '') =>
    `${prefix}${error.description ?? ''}${error.errorCode ? ` (${error.errorCode})` : ''}`;
  const fromPackages = (customer.resourceDetails?.packages ?? []).flatMap((pkg) => {
    const prefix = pkg.name ? `${packageNames[pkg.name] ?? pkg.name}: ` : '';
    return [...(pkg.errors ?? []), ...(pkg.warnings ?? [])].map((error) => line(error, prefix));
  });
  return [...(customer.errors ?? []).map((error) => line(error)), ...fromPackages];
}

/** The quantities the partner gave at creation (DOMAIN §3.1); usage comes with the org's account view. */
function renderLimits(customer: Customer, localize: LocalizeController) {
  const limits = Object.entries(customer.packageLimits ?? {});
  if (!limits.length) return nothing;
  return html`<h4>${localize.t('panel.packages')}</h4>
    <dl part="facts" id="package-limits">${limits.map(
      ([name, limit]) => html`<dt>${packageNames[name as keyof typeof packageNames] ?? name}</dt>
        <dd>${localize.t('panel.limit')}: ${localize.formatNumber(limit ?? 0)}</dd>`,
    )}</dl>
    ${
      customer.adminPackage
        ? html`<p part="help" id="admin-package">${localize.t('panel.adminPackage', {
            package: packageNames[customer.adminPackage] ?? customer.adminPackage,
          })}</p>`
        : nothing
    }`;
}

/** The call-in number the org country resolves to, and why (DOMAIN §3.3). */
function renderCallIn(customer: Customer, { localize, countryName }: LifecycleContext) {
  // The org country (set at creation); older answers without it: the billing country.
  const country = customer.orgCountry ?? customer.address?.country;
  const callIn = customer.defaultCallInNumber;
  const why = !callIn
    ? localize.t('panel.callIn.none')
    : callIn.source === 'org_country'
      ? localize.t('panel.callIn.own', { country: countryName(callIn.country ?? country ?? '') })
      : localize.t('panel.callIn.fallback', {
          country: countryName(country ?? ''),
          location: callIn.location ?? '',
        });
  return html`<dl part="facts">
    <dt>${localize.t('panel.orgCountry')}</dt><dd id="org-country">${country ? countryName(country) : '—'}</dd>
    <dt>${localize.t('panel.callIn')}</dt>
    <dd id="call-in"><bdi dir="ltr">${callIn ? displayPhoneNumber(callIn.number, callIn.countryCode) : '—'}</bdi><span part="help">${why}</span></dd>
  </dl>`;
}

/** The wholesale lifecycle (its status badge is in the summary): explanation, what happens next, errors and timeline. */
export function renderLifecycle(customer: Customer, context: LifecycleContext): TemplateResult {
  const { localize } = context;
  const status = customer.status ?? 'provisioning';
  const deadline = customer.rplReview?.reviewDeadline;
  const problems = status === 'provisioned' ? [] : problemsOf(customer);
  return html`<section part="section" aria-labelledby="lifecycle-title">
    <h3 id="lifecycle-title">${localize.t('panel.lifecycle')}</h3>
    <p id="explanation">${localize.t(`panel.explain.${status}`)}</p>
    ${
      status === 'pending_rpl_review' && deadline
        ? html`<p id="next">${localize.t('panel.rpl.next', { deadline: localize.formatDate(deadline, dateTime) })}</p>`
        : nothing
    }
    ${
      problems.length
        ? html`<h4>${localize.t('panel.errors')}</h4>
          <ul id="errors" part="error">${problems.map((problem) => html`<li>${problem}</li>`)}</ul>`
        : nothing
    }
    ${context.withUsage ? nothing : renderLimits(customer, localize)}
    <h4>${localize.t('panel.timeline')}</h4>
    <ol part="timeline" id="timeline">
      ${timeline(customer, context).map(
        ([what, when]) => html`<li>${what}${when ? html` <time part="help">${when}</time>` : nothing}</li>`,
      )}
    </ol>
    ${renderCallIn(customer, context)}
  </section>`;
}
