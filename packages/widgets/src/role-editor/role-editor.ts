import type { EffectivePermissions, User, UserListFilter } from '@onramp/contract';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type ApiProblem, type ClientLike, createApiClient, toApiClient } from '../api/client.js';
import { OnrampElement } from '../base/onramp-element.js';
import { OnrampRoleChangeEvent } from '../events/role-change.js';
import { OnrampLicenseChangeEvent } from '../events/role-license-change.js';
import { panelStyles } from '../styles/panel.js';
import { renderAddExternal } from './add-external-admin.js';
import { addExternalAdminPermit, permit } from './permissions.js';
import { roleEditorStyles } from './role-editor.styles.js';
import { type RoleEditorApi, roleEditorApi } from './role-editor-api.js';
import { reasonText, roleProblemText } from './role-problem.js';
import { renderUserDialog } from './user-dialog.js';
import { type Notice, UserEditor } from './user-editor.js';
import { type ListWindow, ROW_HEIGHT, renderUserList, rowRange } from './user-list.js';
import { UserPages } from './user-pages.js';

const FILTERS: UserListFilter[] = ['all', 'administrators', 'external_admins'];

/**
 * @summary The users and admin roles of a customer org (DOMAIN §2), as the signed-in admin may see
 * and change them: search and filters over server pages (a windowed list that stays smooth with
 * 10,000 users), the exclusive admin role with every refused choice disabled and explained, the
 * contact-center license, resending an invitation, and adding an external service admin.
 *
 * @event onramp-role-change - The server changed a user's admin role (`userId`, `role`, `previousRole`).
 * @event onramp-license-change - The server changed a user's contact-center license (`license`, `previousLicense`).
 *
 * @csspart base - The editor's frame.
 * @csspart viewport - The scrolling users list.
 * @csspart row - A user's row.
 * @csspart button - Every button (`primary` and `link` are added where they apply).
 * @csspart fieldset - The role and license choices.
 * @csspart reason - Why a choice is not available.
 * @csspart notice - A result, warning or error (`success`, `warning`, `error` are added).
 * @csspart error - Errors of the list.
 *
 * @cssproperty --onramp-role-editor-max-width - The editor's maximum width (default 64rem).
 * @cssproperty --onramp-role-editor-list-height - The height of the users list (default 28rem).
 */
export class OnrampRoleEditor extends OnrampElement {
  static override styles = [...OnrampElement.styles, panelStyles, roleEditorStyles];

  /** The SDK client (or a raw openapi-fetch client over the contract). Takes precedence over `base-url` + `token`. */
  @property({ attribute: false }) client?: ClientLike;
  @property({ attribute: 'base-url' }) baseUrl?: string;
  @property() token?: string;
  /** The customer organization whose users are shown. */
  @property({ attribute: 'org-id' }) orgId = '';
  /** How long typing must pause before the search is sent, in milliseconds. */
  @property({ type: Number, attribute: 'search-delay' }) searchDelay = 300;

  @state() private permissions?: EffectivePermissions;
  @state() private permissionsProblem?: ApiProblem;
  @state() private filter: UserListFilter = 'all';
  @state() private window: ListWindow = { firstVisible: 0, visibleCount: 12 };
  @state() private addOpen = false;
  @state() private addBusy = false;
  @state() private addNotices: Notice[] = [];
  @query('dialog') private dialog?: HTMLDialogElement;

  private api?: RoleEditorApi;
  private search = '';
  private focusedConfirm?: 'role' | 'license';
  private searchTimer?: ReturnType<typeof setTimeout>;
  private readonly pages = new UserPages(
    (offset, max, signal) =>
      this.api ? this.api.list({ filter: this.filter, search: this.search, offset, max }, signal) : never(),
    () => this.requestUpdate(),
  );
  private readonly editor = new UserEditor(this, {
    localize: this.localize,
    api: () => this.api,
    permissions: () => this.permissions,
    changed: (user, previous) => this.changed(user, previous),
  });

  override willUpdate(changed: PropertyValues<this>) {
    if (['client', 'baseUrl', 'token', 'orgId'].some((key) => changed.has(key as keyof OnrampRoleEditor))) {
      const client = this.client
        ? toApiClient(this.client)
        : this.baseUrl && this.token
          ? createApiClient(this.baseUrl, this.token)
          : undefined;
      this.api = client && this.orgId ? roleEditorApi(client, this.orgId) : undefined;
      if (this.api) void this.load();
    }
  }

  override updated() {
    const { total } = this.pages;
    if (total) {
      const { first, last } = rowRange(this.window, total);
      this.pages.ensure(first, last);
    }
    if (this.editor.user && !this.dialog?.open) this.dialog?.showModal();
    if (!this.editor.user && this.dialog?.open) this.dialog.close();
    // Keyboard users land on the question they must answer, and back on the choice after it.
    const confirming = this.editor.confirming;
    if (confirming !== this.focusedConfirm) {
      this.focusedConfirm = confirming;
      const target = confirming ? '[part="confirm"] .cancel' : 'dialog input[type="radio"]:checked';
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  /** Reads what the actor may do, picks the first filter they may use, and loads the first page. */
  async load() {
    const api = this.api;
    if (!api) return;
    Object.assign(this, { permissions: undefined, permissionsProblem: undefined });
    const result = await api.permissions();
    if (result.problem) {
      this.permissionsProblem = result.problem;
      return;
    }
    this.permissions = result.data;
    if (!this.filterPermit(this.filter).allowed)
      this.filter = FILTERS.find((filter) => this.filterPermit(filter).allowed) ?? 'all';
    this.pages.reset();
  }

  private filterPermit(filter: UserListFilter) {
    return permit(this.permissions, filter === 'external_admins' ? 'view_external_admins' : 'view_users');
  }

  private setFilter(filter: UserListFilter) {
    this.filter = filter;
    this.restart();
  }

  private onSearch = (event: InputEvent) => {
    const value = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      if (value === this.search) return;
      this.search = value;
      this.restart();
    }, this.searchDelay);
  };

  private restart() {
    this.renderRoot.querySelector('.viewport')?.scrollTo({ top: 0 });
    this.window = { ...this.window, firstVisible: 0 };
    this.pages.reset();
  }

  private onScroll = (event: Event) => {
    const viewport = event.target as HTMLElement;
    const firstVisible = Math.floor(viewport.scrollTop / ROW_HEIGHT);
    const visibleCount = Math.ceil(viewport.clientHeight / ROW_HEIGHT);
    if (firstVisible !== this.window.firstVisible || visibleCount !== this.window.visibleCount)
      this.window = { firstVisible, visibleCount };
  };

  private changed(user: User, previous: User) {
    this.pages.replace(user);
    if (user.adminRole !== previous.adminRole)
      this.emit(new OnrampRoleChangeEvent(this.orgId, user.id, user.adminRole, previous.adminRole));
    if (user.contactCenterLicense !== previous.contactCenterLicense)
      this.emit(
        new OnrampLicenseChangeEvent(
          this.orgId,
          user.id,
          user.contactCenterLicense,
          previous.contactCenterLicense,
        ),
      );
  }

  private addExternal = async (email: string) => {
    if (!this.api || this.addBusy) return;
    Object.assign(this, { addBusy: true, addNotices: [] });
    const result = await this.api.addExternalAdmin(email, crypto.randomUUID());
    this.addBusy = false;
    if (result.problem) {
      this.addNotices = [{ tone: 'error', text: roleProblemText(this.localize, result.problem) }];
      return;
    }
    this.addNotices = [{ tone: 'success', text: this.localize.t('roles.addExternal.added', { email }) }];
    this.emit(new OnrampRoleChangeEvent(this.orgId, result.data.id, result.data.adminRole, null));
    this.pages.reset();
  };

  override render() {
    return html`<section part="base" dir=${this.localize.dir} lang=${this.localize.locale} aria-labelledby="title">
      <h2 id="title">${this.localize.t('roles.title')}</h2>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody() {
    if (!this.api) return html`<p>${this.localize.t('roles.notConfigured')}</p>`;
    if (this.permissionsProblem)
      return html`<div part="error" role="alert">${roleProblemText(this.localize, this.permissionsProblem)}</div>
        <button part="button" @click=${() => this.load()}>${this.localize.t('common.retry')}</button>`;
    if (!this.permissions) return html`<p role="status">${this.localize.t('common.loading')}</p>`;
    return html`${this.renderToolbar()}
      ${renderAddExternal({
        localize: this.localize,
        permit: addExternalAdminPermit(this.permissions),
        open: this.addOpen,
        busy: this.addBusy,
        notices: this.addNotices,
        toggle: () => {
          this.addOpen = !this.addOpen;
        },
        submit: this.addExternal,
      })}
      ${renderUserList({
        pages: this.pages,
        window: this.window,
        localize: this.localize,
        onScroll: this.onScroll,
        manage: (user) => void this.editor.open(user),
      })}
      <dialog aria-labelledby="editor-title" @close=${() => this.editor.user && this.editor.close()}>
        ${renderUserDialog(this.editor, this.localize)}
      </dialog>`;
  }

  private renderToolbar() {
    const { localize } = this;
    return html`<div class="toolbar">
      <label class="search"><span>${localize.t('roles.search')}</span>
        <input type="search" part="search" @input=${this.onSearch} /></label>
      <fieldset part="filters" class="filters">
        <legend>${localize.t('roles.filter')}</legend>
        ${FILTERS.map((filter) => {
          const allowed = this.filterPermit(filter);
          const why = allowed.allowed ? undefined : `filter-${filter}-why`;
          return html`<label class="segment"><input type="radio" name="filter" .checked=${this.filter === filter}
              ?disabled=${!allowed.allowed} aria-describedby=${why ?? nothing}
              @change=${() => this.setFilter(filter)} />${localize.t(`roles.filter.${filter}`)}</label>
            ${why ? html`<span id=${why} part="reason" class="reason">${reasonText(localize, allowed.reason)}</span>` : nothing}`;
        })}
      </fieldset>
    </div>`;
  }
}

function never(): never {
  throw new Error('The role editor has no API client.');
}
