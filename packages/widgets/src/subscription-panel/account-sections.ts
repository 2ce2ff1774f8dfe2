import type { ServiceState } from '@onramp/contract';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { StatusTone } from '../status-badge/status-badge.js';
import type { AccountViews } from './panel-api.js';
import { addOnNames, packageNames } from './product-names.js';

const stateTone: Record<ServiceState, StatusTone> = {
  operational: 'success',
  degraded: 'warning',
  outage: 'danger',
  provisioning: 'info',
  not_provisioned: 'neutral',
};

function renderTerm({ subscriptions }: AccountViews, localize: LocalizeController) {
  const { trial, subscription } = subscriptions;
  const date = (value?: string | null) => (value ? localize.formatDate(value) : '—');
  if (trial)
    return html`<h4>${localize.t('panel.trial')}</h4>
      <p id="days-left"><strong>${localize.t('trial.daysLeft', { count: trial.daysLeft })}</strong></p>
      <dl part="facts">
        <dt>${localize.t('panel.orderReference')}</dt><dd><bdi>${trial.trialId}</bdi></dd>
        <dt>${localize.t('panel.startDate')}</dt><dd>${date(trial.startDate)}</dd>
        <dt>${localize.t('panel.endDate')}</dt><dd>${date(trial.endDate)}</dd>
      </dl>`;
  if (subscription)
    return html`<h4>${localize.t('panel.subscription')}</h4>
      <dl part="facts" id="subscription">
        <dt>${localize.t('panel.orderReference')}</dt><dd><bdi>${subscription.orderReference}</bdi></dd>
        <dt>${localize.t('panel.startDate')}</dt><dd>${date(subscription.startDate)}</dd>
        <dt>${localize.t('panel.renewalDate')}</dt><dd>${date(subscription.renewalDate)}</dd>
      </dl>`;
  return html`<p>${localize.t('panel.noSubscription')}</p>`;
}

function renderUsage({ subscriptions }: AccountViews, localize: LocalizeController) {
  const n = (value: number) => localize.formatNumber(value);
  // How full it is, drawn under the assigned count; the numbers in the cells are what it says.
  const row = (name: string, quantity: number, assigned: number) =>
    html`<tr><th scope="row">${name}</th><td>${n(quantity)}</td><td>${n(assigned)}<meter aria-hidden="true" min="0"
      max=${quantity} .value=${assigned} high=${quantity * 0.9} optimum="0"></meter></td></tr>`;
  const head = (first: string) =>
    html`<thead><tr><th scope="col">${first}</th><th scope="col">${localize.t('panel.limit')}</th><th scope="col">${localize.t('panel.assigned')}</th></tr></thead>`;
  return html`
    <h4 id="licenses-title">${localize.t('panel.licenses')}</h4>
    ${
      subscriptions.licenseUsage.length
        ? html`<table part="table" aria-labelledby="licenses-title" id="licenses">${head(localize.t('panel.license'))}<tbody>
          ${subscriptions.licenseUsage.map((usage) => row(localize.t(`license.${usage.license}`), usage.quantity, usage.assigned))}
        </tbody></table>`
        : html`<p id="licenses">${localize.t('panel.noLicenses')}</p>`
    }
    ${
      subscriptions.packages.length
        ? html`<h4 id="packages-title">${localize.t('panel.packages')}</h4>
          <table part="table" aria-labelledby="packages-title" id="packages">${head(localize.t('panel.package'))}<tbody>
            ${subscriptions.packages.map((pkg) => row(packageNames[pkg.name] ?? pkg.name, pkg.quantity, pkg.assigned))}
          </tbody></table>`
        : nothing
    }
    <h4>${localize.t('panel.addOns')}</h4>
    <ul id="add-ons">${subscriptions.addOns.map(
      (addOn) =>
        html`<li>${addOnNames[addOn.name] ?? addOn.name}: <span part="help">${localize.t('panel.notOrderable')}</span></li>`,
    )}</ul>`;
}

function renderServices(
  { contactCenter, serviceStatus, digitalServices }: AccountViews,
  localize: LocalizeController,
) {
  const { roleSync } = digitalServices;
  const toConnect = roleSync.filter((entry) => entry.direction === 'control_hub_to_connect').length;
  const yesNo = (value: boolean) => localize.t(value ? 'panel.provisioned' : 'panel.state.not_provisioned');
  return html`
    <h4>${localize.t('panel.platform')}</h4>
    <dl part="facts" id="platform">
      <dt>${localize.t('panel.platformDetails')}</dt>
      <dd>${contactCenter.platform ? localize.t(`platform.${contactCenter.platform}`) : localize.t('panel.notProvisioned')}</dd>
    </dl>
    ${contactCenter.setUpContactCenter?.required ? html`<p part="help">${localize.t('panel.setUpContactCenter')}</p>` : nothing}
    <h4>${localize.t('panel.services')}</h4>
    <ul id="services" part="list">${serviceStatus.services.map(
      (entry) => html`<li>${localize.t(`service.${entry.service}`)}
        <onramp-status-badge tone=${stateTone[entry.status]}>${localize.t(`panel.state.${entry.status}`)}</onramp-status-badge>
        ${entry.message ? html`<span part="help">${entry.message}</span>` : nothing}</li>`,
    )}</ul>
    <h4>${localize.t('panel.digital')}</h4>
    <dl part="facts" id="digital">
      <dt>${localize.t('service.connect')}</dt><dd>${yesNo(digitalServices.connect.provisioned)}</dd>
      <dt>${localize.t('service.engage')}</dt><dd>${yesNo(digitalServices.engage.provisioned)}</dd>
    </dl>
    <p id="role-sync">${localize.t('panel.roleSync', {
      count: roleSync.length,
      toConnect,
      toControlHub: roleSync.length - toConnect,
    })}</p>`;
}

/** The org's administrators: who manages it, and whether they activated their account. */
function renderAdmins({ admins }: AccountViews, localize: LocalizeController) {
  if (!admins) return nothing;
  return html`<h4 id="admins-title">${localize.t('panel.admins')}</h4>
    ${
      admins.length
        ? html`<ul id="admins" part="list" aria-labelledby="admins-title">${admins.map(
            (user) => html`<li><bdi>${user.displayName || user.email}</bdi> (<bdi>${user.email}</bdi>):
              ${localize.t(`panel.admin.role.${user.adminRole ?? 'none'}`)},
              ${localize.t(`panel.admin.status.${user.status ?? 'unverified'}`)}</li>`,
          )}</ul>`
        : html`<p id="admins">${localize.t('panel.noAdmins')}</p>`
    }`;
}

/** Account › Subscriptions, platform details, Monitoring › service status, digital services, admins. */
export function renderAccount(views: AccountViews, localize: LocalizeController) {
  return html`<section part="section" aria-labelledby="account-title">
    <h3 id="account-title">${localize.t('panel.account')}</h3>
    ${renderTerm(views, localize)} ${renderUsage(views, localize)} ${renderServices(views, localize)}
    ${renderAdmins(views, localize)}
  </section>`;
}
