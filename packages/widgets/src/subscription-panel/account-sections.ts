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

function renderUsage({ subscriptions }: AccountViews, localize: LocalizeController) {
  const n = (value: number) => localize.formatNumber(value);
  // How full it is, drawn under the assigned count; the numbers in the cells are what it says.
  const row = (name: string, quantity: number, assigned: number) =>
    html`<tr><th scope="row">${name}</th><td>${n(quantity)}</td><td>${n(assigned)}<meter aria-hidden="true" min="0"
      max=${quantity} .value=${assigned} high=${quantity * 0.9} optimum="0"></meter></td></tr>`;
  // The heading above names the table: its first column header is for screen readers only.
  const head = (first: string) =>
    html`<thead><tr><th scope="col"><span class="visually-hidden">${first}</span></th><th scope="col">${localize.t('panel.limit')}</th><th scope="col">${localize.t('panel.assigned')}</th></tr></thead>`;
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
    ${
      subscriptions.addOns.length
        ? html`<h4 id="add-ons-title">${localize.t('panel.addOns')}</h4>
          <dl part="facts" id="add-ons" aria-labelledby="add-ons-title">${subscriptions.addOns.map(
            (addOn) =>
              html`<dt>${addOnNames[addOn.name] ?? addOn.name}</dt><dd part="help">${localize.t('panel.notOrderable')}</dd>`,
          )}</dl>`
        : nothing
    }`;
}

/** The states in the order a reader looks for them: what is wrong first, what is not there last. */
const stateOrder: readonly ServiceState[] = [
  'outage',
  'degraded',
  'provisioning',
  'operational',
  'not_provisioned',
];

/**
 * Monitoring › service status, one group per state (its badge the group's heading), and the role
 * sync of the digital services. Whether Webex Connect and Engage are provisioned is not listed again
 * under a heading of its own: they are services of the status report, in the not-provisioned group
 * until they are.
 */
function renderServices({ serviceStatus, digitalServices }: AccountViews, localize: LocalizeController) {
  const { roleSync } = digitalServices;
  const toConnect = roleSync.filter((entry) => entry.direction === 'control_hub_to_connect').length;
  const groups = stateOrder
    .map((state) => [state, serviceStatus.services.filter((entry) => entry.status === state)] as const)
    .filter(([, entries]) => entries.length);
  return html`
    <h4>${localize.t('panel.services')}</h4>
    <div id="services" part="groups">${groups.map(
      ([state, entries]) => html`<div>
        <h5 id="services-${state}"><onramp-status-badge tone=${stateTone[state]}>${localize.t(`panel.state.${state}`)}</onramp-status-badge></h5>
        <ul part="list" aria-labelledby="services-${state}">${entries.map(
          (entry) =>
            html`<li>${localize.t(`service.${entry.service}`)}${
              entry.message ? html`<span part="help"><bdi>${entry.message}</bdi></span>` : nothing
            }</li>`,
        )}</ul>
      </div>`,
    )}</div>
    <p id="role-sync">${localize.t('panel.roleSync', {
      count: roleSync.length,
      toConnect,
      toControlHub: roleSync.length - toConnect,
    })}</p>`;
}

/**
 * The org's administrators, one row each: name and e-mail, role, and whether they activated their
 * account, in cells aligned across rows (user data isolated, so a name cannot reorder the row).
 */
function renderAdmins({ admins }: AccountViews, localize: LocalizeController) {
  if (!admins) return nothing;
  return html`<h4 id="admins-title">${localize.t('panel.admins')}</h4>
    ${
      admins.length
        ? html`<ul id="admins" part="list" aria-labelledby="admins-title">${admins.map(
            (user) => html`<li>
              <span><bdi>${user.displayName || user.email}</bdi>${
                user.displayName ? html`<span part="help"><bdi>${user.email}</bdi></span>` : nothing
              }</span>
              <span>${localize.t(`panel.admin.role.${user.adminRole ?? 'none'}`)}</span>
              <span><onramp-status-badge tone=${user.status === 'verified' ? 'success' : 'neutral'}>${localize.t(
                `panel.admin.status.${user.status ?? 'unverified'}`,
              )}</onramp-status-badge></span>
            </li>`,
          )}</ul>`
        : html`<p id="admins">${localize.t('panel.noAdmins')}</p>`
    }`;
}

/** Account › Subscriptions usage and add-ons, Monitoring › service status, role sync, admins. */
export function renderAccount(views: AccountViews, localize: LocalizeController) {
  return html`<section part="section" aria-labelledby="account-title">
    <h3 id="account-title">${localize.t('panel.account')}</h3>
    ${renderUsage(views, localize)} ${renderServices(views, localize)} ${renderAdmins(views, localize)}
  </section>`;
}
