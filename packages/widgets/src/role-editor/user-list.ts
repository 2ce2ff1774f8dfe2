import type { AdminRole, User } from '@onramp/contract';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { roleProblemText } from './role-problem.js';
import type { UserPages } from './user-pages.js';

/** Every row has this height, so the scroll position alone says which rows are on screen. */
export const ROW_HEIGHT = 56;
/** Rows rendered above and below the visible ones, so a fast scroll shows no blank gap. */
const OVERSCAN = 10;
/** Never more rows in the DOM than this, however tall the viewport. */
const MAX_RENDERED = 200;

export interface ListWindow {
  /** The first row visible in the viewport. */
  firstVisible: number;
  /** How many rows the viewport shows. */
  visibleCount: number;
}

/** The rows to render: the visible ones with some overscan, at most MAX_RENDERED. */
export function rowRange({ firstVisible, visibleCount }: ListWindow, total: number) {
  const first = Math.max(0, firstVisible - OVERSCAN);
  const last = Math.min(total - 1, firstVisible + visibleCount + OVERSCAN, first + MAX_RENDERED - 1);
  return { first, last };
}

export interface ListContext {
  pages: UserPages;
  window: ListWindow;
  localize: LocalizeController;
  onScroll(event: Event): void;
  manage(user: User): void;
}

export const roleLabel = (localize: LocalizeController, role: AdminRole | null) =>
  localize.t(role ? `roles.role.${role}` : 'roles.role.none');

export const licenseLabel = (localize: LocalizeController, license: User['contactCenterLicense']) =>
  license ? localize.t(`license.${license}`) : localize.t('roles.license.none');

/** The users list: states, then a windowed table of server pages (DOMAIN §2.3 users page). */
export function renderUserList(context: ListContext) {
  const { pages, localize } = context;
  if (pages.problem && pages.total === undefined) {
    const forbidden = pages.problem.status === 403;
    return html`<div part="error" role="alert">${roleProblemText(localize, pages.problem)}</div>
      ${forbidden ? nothing : html`<button part="button" @click=${() => pages.retry()}>${localize.t('common.retry')}</button>`}`;
  }
  if (pages.total === undefined) return html`<p role="status">${localize.t('common.loading')}</p>`;
  if (pages.total === 0) return html`<p part="empty" role="status">${localize.t('roles.empty')}</p>`;
  const { first, last } = rowRange(context.window, pages.total);
  const rows = [];
  for (let index = first; index <= last; index++) rows.push(renderRow(context, index));
  return html`<p part="count" role="status">${localize.t('roles.count', { count: pages.total })}</p>
    ${
      pages.problem
        ? html`<div part="error" role="alert">${roleProblemText(localize, pages.problem)}
      <button part="button" @click=${() => pages.retry()}>${localize.t('common.retry')}</button></div>`
        : nothing
    }
    <div part="viewport" class="viewport" tabindex="0" @scroll=${context.onScroll}>
      <div role="table" aria-label=${localize.t('roles.title')} aria-rowcount=${pages.total + 1}>
        <div role="rowgroup" class="head">
          <div role="row" aria-rowindex="1" class="row">
            <span role="columnheader">${localize.t('roles.column.user')}</span>
            <span role="columnheader">${localize.t('roles.column.status')}</span>
            <span role="columnheader">${localize.t('roles.column.license')}</span>
            <span role="columnheader">${localize.t('roles.column.role')}</span>
          </div>
        </div>
        <div role="rowgroup" class="body" .style=${`block-size: ${pages.total * ROW_HEIGHT}px`}>${rows}</div>
      </div>
    </div>`;
}

function renderRow({ pages, localize, manage }: ListContext, index: number) {
  const user = pages.at(index);
  // Set through the CSSOM (`.style`), never a style attribute: a strict CSP (style-src without
  // 'unsafe-inline') blocks style attributes, even Lit's styleMap on its first render.
  const place = `inset-block-start: ${index * ROW_HEIGHT}px; block-size: ${ROW_HEIGHT}px`;
  if (!user)
    return html`<div role="row" class="row" aria-rowindex=${index + 2} .style=${place}>
      <span role="cell" class="muted">${localize.t('roles.loadingRow')}</span><span role="cell"></span>
      <span role="cell"></span><span role="cell"></span>
    </div>`;
  return html`<div role="row" class="row" part="row" aria-rowindex=${index + 2} .style=${place} data-user-id=${user.id}>
    <span role="cell" class="user">
      <button part="button link" class="name" aria-label=${localize.t('roles.manage', { name: user.displayName })}
        @click=${() => manage(user)}>${user.displayName}</button>
      <span class="muted">${user.email}${user.relation === 'customer' ? nothing : html` · ${localize.t('roles.externalOf', { org: user.orgName })}`}</span>
    </span>
    <span role="cell" class=${user.status}>${localize.t(`roles.status.${user.status}`)}</span>
    <span role="cell">${user.relation === 'customer' ? licenseLabel(localize, user.contactCenterLicense) : '—'}</span>
    <span role="cell">${roleLabel(localize, user.adminRole)}</span>
  </div>`;
}
