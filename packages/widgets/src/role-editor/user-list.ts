import type { AdminRole, User } from '@onramp/contract';
import { html, nothing } from 'lit';
import { isolateText, type LocalizeController } from '../i18n/localize-controller.js';
import { roleProblemText } from './role-problem.js';
import type { UserPages } from './user-pages.js';
import { ROW_HEIGHT, type VirtualList } from './virtual-list.js';

export interface ListContext {
  pages: UserPages;
  list: VirtualList;
  localize: LocalizeController;
  /** A click in the rows (delegated: see `UserRows.onManage`). */
  onClick(event: Event): void;
  /** Starts loading the user dialog's code when a pointer or the focus comes to the rows (decision 0073). */
  prefetch(): void;
}

export const roleLabel = (localize: LocalizeController, role: AdminRole | null) =>
  localize.t(role ? `roles.role.${role}` : 'roles.role.none');

/**
 * The license in the list's narrow column, under the heading "Contact-center license": the tier
 * alone, so an ellipsis never cuts the word that tells Standard from Premium.
 */
const licenseTier = (localize: LocalizeController, license: User['contactCenterLicense']) =>
  license ? localize.t(`license.tier.${license}`) : localize.t('roles.license.noneShort');

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
  const { list } = context;
  const total = pages.total;
  return html`<p part="count" role="status">${localize.t('roles.count', { count: pages.total })}</p>
    ${
      pages.problem
        ? html`<div part="error" role="alert">${roleProblemText(localize, pages.problem)}
      <button part="button" @click=${() => pages.retry()}>${localize.t('common.retry')}</button></div>`
        : nothing
    }
    <div part="viewport" class="viewport" tabindex="0" @scroll=${list.onScroll}
      @pointerover=${context.prefetch} @focusin=${context.prefetch}>
      <div role="table" aria-label=${localize.t('roles.title')} aria-rowcount=${total + 1}
        aria-describedby="list-keys">
        <div role="rowgroup" class="head">
          <div role="row" aria-rowindex="1" class="row">
            <span role="columnheader">${localize.t('roles.column.user')}</span>
            <span role="columnheader">${localize.t('roles.column.status')}</span>
            <span role="columnheader">${localize.t('roles.column.license')}</span>
            <span role="columnheader">${localize.t('roles.column.role')}</span>
          </div>
        </div>
        <div role="rowgroup" class="body" .style=${`block-size: ${total * ROW_HEIGHT}px`}
          @focusin=${list.onFocusIn} @keydown=${list.onKeyDown} @click=${context.onClick}></div>
      </div>
    </div>
    <p id="list-keys" class="muted">${localize.t('roles.listKeys')}</p>`;
}

/**
 * The rows' templates, each kept while its user (and locale, and tab stop) is the same: a row that
 * stays in the window as the list scrolls costs no template work at all. The "Manage" buttons are
 * handled by one delegated listener (`onManage`), not a closure per row.
 */
export class UserRows {
  private cache = new Map<number, { user?: User; active: boolean; locale: string; result: unknown }>();

  constructor(
    private readonly pages: UserPages,
    private readonly localize: LocalizeController,
  ) {}

  row(index: number, active: boolean): unknown {
    const user = this.pages.at(index);
    const { locale } = this.localize;
    const cached = this.cache.get(index);
    if (cached && cached.user === user && cached.active === active && cached.locale === locale)
      return cached.result;
    if (this.cache.size > 1000) this.cache.clear();
    const result = renderRow(this.localize, index, user, active);
    this.cache.set(index, { user, active, locale, result });
    return result;
  }

  /** A click on a user's name opens that user (one listener on the rowgroup). */
  onManage(event: Event, manage: (user: User) => void) {
    const button = (event.target as Element).closest('button.name');
    const index = Number(button?.closest('[aria-rowindex]')?.getAttribute('aria-rowindex')) - 2;
    const user = button && this.pages.at(index);
    if (user) manage(user);
  }
}

function renderRow(localize: LocalizeController, index: number, user: User | undefined, stop: boolean) {
  // Set through the CSSOM (`.style`), never a style attribute: a strict CSP (style-src without
  // 'unsafe-inline') blocks style attributes, even Lit's styleMap on its first render.
  const place = `inset-block-start: ${index * ROW_HEIGHT}px; block-size: ${ROW_HEIGHT}px`;
  if (!user)
    return html`<div role="row" class="row" aria-rowindex=${index + 2} .style=${place}>
      <span role="cell" class="muted" tabindex=${stop ? '-1' : nothing}>${localize.t('roles.loadingRow')}</span><span role="cell"></span>
      <span role="cell"></span><span role="cell"></span>
    </div>`;
  return html`<div role="row" class="row" part="row" aria-rowindex=${index + 2} .style=${place} data-user-id=${user.id}>
    <span role="cell" class="user">
      <button part="button link" class="name" tabindex=${stop ? '0' : '-1'}
        aria-label=${localize.t('roles.manage', { name: user.displayName })}><bdi>${user.displayName}</bdi></button>
      <span class="sub muted"><span class="email" dir="auto">${user.email}</span>${
        user.relation === 'customer'
          ? nothing
          : html`<span class="relation">&nbsp;· ${localize.t(user.relation === 'partner' ? 'roles.partnerOf' : 'roles.externalOf', { org: isolateText(user.orgName) })}</span>`
      }</span>
    </span>
    <span role="cell" class=${user.status}>${localize.t(`roles.status.${user.status}`)}</span>
    <span role="cell">${user.relation === 'customer' ? licenseTier(localize, user.contactCenterLicense) : '—'}</span>
    <span role="cell">${roleLabel(localize, user.adminRole)}</span>
  </div>`;
}
