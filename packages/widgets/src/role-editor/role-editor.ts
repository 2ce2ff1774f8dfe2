import type { EffectivePermissions, User, UserListFilter } from '@onramp/contract';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ApiProblem, ClientContext } from '../api/client.js';
import { OnrampApiElement } from '../base/api-element.js';
import { FocusKeeper } from '../base/focus-keeper.js';
import { Loader } from '../base/loader.js';
import { type OnDemand, onDemand } from '../base/on-demand.js';
import { OnrampElement } from '../base/onramp-element.js';
import { OnrampRoleChangeEvent } from '../events/role-change.js';
import { OnrampLicenseChangeEvent } from '../events/role-license-change.js';
import { OnrampUserAddedEvent } from '../events/user-added.js';
import { OnrampUserRemovedEvent } from '../events/user-removed.js';
import { OnrampUsersImportedEvent } from '../events/users-imported.js';
import { roleEditorCatalogue } from '../i18n/catalogues/role-editor.js';
import { panelStyles } from '../styles/panel.js';
import { renderAddExternal } from './add-external-admin.js';
import { type NewUser, renderAddUser } from './add-user.js';
import type { CsvImport } from './csv-import.js';
import { FormAction, type FormActionHooks } from './form-action.js';
import { renderImportToggle } from './import-toggle.js';
import { renderNotices } from './notices.js';
import { addExternalAdminPermit, permit } from './permissions.js';
import { ReasonNotes } from './reason-notes.js';
import { roleEditorStyles } from './role-editor.styles.js';
import {
  type RoleEditorApi,
  type RoleEditorSdk,
  roleEditorApi,
  roleEditorSdk,
  type UserAdminApi,
  userAdminApi,
} from './role-editor-api.js';
import { roleProblemText } from './role-problem.js';
import type { Confirming, EditorAction, Notice, UserEditor } from './user-editor.js';
import { renderUserList, UserRows } from './user-list.js';
import { UserPages } from './user-pages.js';
import { VirtualList } from './virtual-list.js';

const FILTERS: UserListFilter[] = ['all', 'administrators', 'external_admins'];

// What only an action needs is loaded by that action (decision 0073): the user dialog at the first
// user opened, the CSV import at the first opening of its panel, the add forms at the first opening
// of either.
const userDialog = onDemand(() => import('./user-dialog.js'));
const csvImport = onDemand(() => import('./csv-import-view.js'));
const addForms = onDemand(() => import('./add-forms.js'));

/** The control in the dialog that starts each action: the focus goes back to it after the action. */
const CONTROL: Record<EditorAction, string> = {
  role: 'input[name="role"]:checked',
  license: 'input[name="license"]:checked',
  remove: '.remove',
  deactivate: '.activation',
  activate: '.activation',
  details: '.details-save',
  invite: '.invite',
};

/**
 * @summary The users and admin roles of a customer org (DOMAIN §2), as the signed-in admin may see
 * and change them: search and filters over server pages (a windowed list that stays smooth with
 * 10,000 users), the exclusive admin role with every refused choice disabled and explained, the
 * contact-center license with the options of the org's platform, resending an invitation, adding an
 * external service admin, adding and removing users, and the CSV import of licenses (template,
 * checked preview, apply). Role and license changes show at once and roll back, with the reason,
 * when the server refuses them.
 *
 * @event onramp-role-change - The server changed a user's admin role (`userId`, `role`, `previousRole`).
 * @event onramp-license-change - The server changed a user's contact-center license (`license`, `previousLicense`).
 * @event onramp-user-added - The server added a user and sent the invitation (`user`).
 * @event onramp-user-removed - The server removed a user (`userId`, `email`).
 * @event onramp-users-imported - The server applied a users CSV file (`report`).
 *
 * @csspart base - The editor's frame.
 * @csspart viewport - The scrolling users list.
 * @csspart row - A user's row.
 * @csspart button - Every button (`primary` and `link` are added where they apply).
 * @csspart fieldset - The role and license choices.
 * @csspart reason - Why a choice is not available.
 * @csspart notice - A result, warning or error (`success`, `warning`, `error` are added).
 * @csspart error - Errors of the list.
 * @csspart form - The add-user and add-external-admin forms.
 * @csspart import - The CSV import panel.
 * @csspart dropzone - Where a CSV file can be dropped.
 * @csspart preview - The rows of the import preview.
 *
 * @cssproperty --onramp-role-editor-max-width - The editor's maximum width (default 64rem).
 * @cssproperty --onramp-role-editor-list-height - The height of the users list (default 28rem).
 */
export class OnrampRoleEditor extends OnrampApiElement<'users' | 'roles' | 'permissions'> {
  static override styles = [...OnrampElement.styles, panelStyles, roleEditorStyles];
  static override catalogues = [roleEditorCatalogue];

  static override properties: PropertyDeclarations = {
    orgId: { attribute: 'org-id' },
    searchDelay: { type: Number, attribute: 'search-delay' },
    permissions: { state: true },
    filter: { state: true },
    importOpen: { state: true },
    importLoad: { state: true },
    listNotices: { state: true },
  };

  /** The customer organization whose users are shown. */
  orgId = '';
  /** How long typing must pause before the search is sent, in milliseconds. */
  searchDelay = 300;

  private permissions?: EffectivePermissions;
  private filter: UserListFilter = 'all';
  private importOpen = false;
  /** The CSV import's code: loading, or failed to arrive (the panel then says so, with Try again). */
  private importLoad?: 'loading' | 'failed';
  /** What happened to the list itself (a user removed). */
  private listNotices: Notice[] = [];
  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  private api?: RoleEditorApi;
  private users?: UserAdminApi;
  private search = '';
  private focusedConfirm?: Confirming;
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** The dialog closes because the editor let go of its user (not by Escape): its late `close` event must not close the next user. */
  private closingDialog = false;
  /** Keeps the keyboard focus on what an action led to while the admin acts in the editor. */
  private readonly keeper = new FocusKeeper(this);
  /** A change closed the dialog and took its user out of the list: the focus goes to the row in their place once the list is back. */
  private refocusList = false;
  private readonly pages = new UserPages(
    // Without a client nothing is shown but "not configured"; a page asked for anyway is the list's problem.
    (offset, max, signal) =>
      this.api!.list({ filter: this.filter, search: this.search, offset, max }, signal),
    () => this.pageChanged(),
  );
  /** The list's total and problem as last rendered: a page arriving that changes neither repaints only the rows. */
  private shownList?: Pick<UserPages, 'total' | 'problem'>;
  private readonly rows = new UserRows(this.pages, this.localize);
  private readonly list = new VirtualList(this, () => this.renderRoot, {
    total: () => this.pages.total || undefined,
    row: (index, active) => this.rows.row(index, active),
    need: (first, last) => this.pages.ensure(first, last),
  });
  /** The user being managed, once the dialog's code is loaded (at the first user opened). */
  private editor?: UserEditor;
  private renderDialog?: Awaited<ReturnType<typeof userDialog>>['renderUserDialog'];
  /** The CSV import, once its code is loaded (at the panel's first opening). */
  private importer?: CsvImport;
  private renderImportPanel?: Awaited<ReturnType<typeof csvImport>>['renderCsvImportPanel'];

  /** Opens `user` in the dialog, loading the dialog's code at the first user opened. */
  private async openUser(user: User) {
    const loaded = await this.loadPart(userDialog);
    if (!loaded) {
      this.listNotices = [{ tone: 'error', text: this.localize.t('common.offline') }];
      return;
    }
    this.renderDialog = loaded.renderUserDialog;
    if (!this.editor) {
      this.editor = new loaded.UserEditor(this, {
        localize: this.localize,
        api: () => this.api,
        users: () => this.users,
        permissions: () => this.permissions,
        show: (user) => this.pages.replace(user),
        changed: (user, previous) => this.changed(user, previous),
        removed: (user) => this.removed(user),
        left: (user) => {
          this.listNotices = [
            { tone: 'success', text: this.localize.tx('roles.left', { name: user.displayName }) },
          ];
          this.pages.reset();
        },
        acting: () => this.keeper.update(),
        acted: (action) => void this.focusOutcome(action),
      });
    }
    void this.editor.open(user);
  }

  /** Opens or closes the CSV import; its code is loaded at the first opening. */
  private toggleImport = async () => {
    const opening = !this.importOpen;
    if (opening) this.closePanels();
    this.importOpen = opening;
    if (!opening || this.importer) return;
    this.importLoad = 'loading';
    const loaded = await this.loadPart(csvImport);
    this.importLoad = loaded ? undefined : 'failed';
    if (!loaded || this.importer) return;
    this.renderImportPanel = loaded.renderCsvImportPanel;
    this.importer = new loaded.CsvImport(this, {
      // The file input and Apply are disabled while busy: the keyboard goes on at the outcome.
      acting: () => this.keeper.update(),
      settled: async () => {
        await this.updateComplete;
        const panel = this.renderRoot.querySelector('#import-panel');
        this.keeper.focus(panel?.querySelector('[data-outcome]'), panel?.querySelector('#import-file'));
      },
      api: () => this.users,
      applied: (report) => {
        this.emit(new OnrampUsersImportedEvent(this.orgId, report));
        this.pages.reset();
      },
    });
  };

  /** A module only an action needs, or `undefined` when it did not arrive (the connection dropped). */
  private async loadPart<T>(module: OnDemand<T>): Promise<T | undefined> {
    try {
      return await module();
    } catch {
      return undefined;
    }
  }

  /** The quick start's client: the resources this component calls, alone. */
  protected override quickStart(ctx: ClientContext): RoleEditorSdk {
    return roleEditorSdk(ctx);
  }

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (['client', 'baseUrl', 'token', 'orgId'].some((key) => changed.has(key as keyof OnrampRoleEditor))) {
      const client = this.sdk;
      this.api = client && this.orgId ? roleEditorApi(client, this.orgId) : undefined;
      this.users = client && this.orgId ? userAdminApi(client, this.orgId) : undefined;
      this.importer?.reset();
      void this.load();
    }
  }

  override updated() {
    if (this.editor?.user && !this.dialog?.open) this.dialog?.showModal();
    if (!this.editor?.user && this.dialog?.open) {
      this.closingDialog = true;
      this.dialog.close();
    }
    // Keyboard users land on the question they must answer, and back on what asked it after it.
    const confirming = this.editor?.confirming;
    if (confirming !== this.focusedConfirm) {
      const asked = this.focusedConfirm;
      this.focusedConfirm = confirming;
      const target = confirming ? '[part="confirm"] .cancel' : asked ? CONTROL[asked] : undefined;
      if (target) this.renderRoot.querySelector<HTMLElement>(`dialog ${target}`)?.focus();
    }
    if (this.refocusList && (this.pages.total !== undefined || this.pages.problem)) {
      this.refocusList = false;
      if (this.pages.total && !this.pages.problem) {
        if (this.keeper.update()) this.list.focusActiveRow();
      } else this.keeper.focus(this.renderRoot.querySelector('#title'));
    }
  }

  /**
   * After an action of the dialog (its buttons were disabled or removed while it ran, which drops
   * the focus to the page's body): a refusal takes the focus, so it is read at once; otherwise the
   * control of what changed does. When the dialog closed because its user left the list (removed,
   * or an external user's last role taken), the row now in their place does (the list's live region
   * says what happened). Nothing moves unless the admin was acting in the editor.
   */
  private async focusOutcome(action: EditorAction) {
    if (!this.keeper.update()) return;
    await this.updateComplete;
    if (!this.editor?.user) {
      this.refocusList = true;
      this.requestUpdate();
      return;
    }
    const dialog = this.dialog;
    const refusal = dialog?.querySelector('[part~="notice"].error');
    if (!refusal && !FocusKeeper.lost) return; // the focus is still where the admin put it
    this.keeper.focus(refusal, dialog?.querySelector(CONTROL[action]), dialog?.querySelector('.close'));
  }

  /** The add forms' code, once loaded (at the first opening of either). */
  private forms?: Awaited<ReturnType<typeof addForms>>;
  private formsFailed = false;

  /** An add form: itself once its code is here; else, while open, its loading or why it is not. */
  private formFields<T>(action: FormAction<T>, form: (forms: NonNullable<typeof this.forms>) => unknown) {
    if (this.forms) return form(this.forms) as ReturnType<typeof html>;
    if (!action.open) return nothing;
    return this.formsFailed
      ? html`<p part="notice error" class="error" role="alert">${this.localize.t('common.offline')}</p>`
      : html`<p role="status">${this.localize.t('common.loading')}</p>`;
  }

  private async loadForms() {
    if (this.forms) return;
    this.forms = await this.loadPart(addForms);
    this.formsFailed = !this.forms;
    this.requestUpdate();
  }

  /** The hooks of a form (add user, add external admin): its answer takes the focus its busy submit button dropped. */
  private formFocus(form: string): FormActionHooks {
    return {
      opening: () => {
        this.closePanels();
        void this.loadForms();
      },
      acting: () => this.keeper.update(),
      acted: async () => {
        await this.updateComplete;
        const inForm = (selector: string) => this.renderRoot.querySelector(`${form} ${selector}`);
        this.keeper.focus(inForm('[part~="notice"]'), inForm('button[type="submit"]'));
      },
    };
  }

  /** One add or import panel at a time: the one opening closes the others. */
  private closePanels() {
    this.addUserForm.close();
    this.addExternalForm.close();
    this.importOpen = false;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  /** What the actor may do: the latest load's answer, or the editor's problem (a thrown error too). */
  private readonly loader = new Loader(
    this,
    (signal) => {
      this.permissions = undefined;
      return this.api?.permissions(signal);
    },
    (permissions: EffectivePermissions) => {
      this.permissions = permissions;
      if (!this.filterPermit(this.filter).allowed)
        this.filter = FILTERS.find((filter) => this.filterPermit(filter).allowed) ?? 'all';
      this.pages.reset();
    },
  );

  /** Reads what the actor may do, picks the first filter they may use, and loads the first page. */
  load() {
    return this.loader.run();
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
    this.list.restart();
    this.pages.reset();
  }

  private pageChanged() {
    const { total, problem } = this.pages;
    if (this.shownList && this.shownList.total === total && this.shownList.problem === problem)
      this.list.paint();
    else this.requestUpdate();
  }

  private onRowClick = (event: Event) => this.rows.onManage(event, (user) => void this.openUser(user));

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

  private onDialogClose = () => {
    if (this.closingDialog) this.closingDialog = false;
    else if (this.editor?.user) this.editor.close();
  };

  private removed(user: User) {
    this.listNotices = [
      { tone: 'success', text: this.localize.tx('roles.removed', { name: user.displayName }) },
    ];
    this.emit(new OnrampUserRemovedEvent(this.orgId, user.id, user.email));
    this.pages.reset();
  }

  /**
   * Sends a create with an `Idempotency-Key`. When its answer does not arrive (the server may have
   * acted), the same request sent again reuses the key, so the server replays its first answer
   * instead of adding twice or refusing "already exists"; any answer retires the key.
   */
  private async retryable<T>(
    request: string,
    send: (key: string) => Promise<T & { problem?: ApiProblem }> | undefined,
  ) {
    const key = this.retryKeys.get(request) ?? crypto.randomUUID();
    const result = await send(key);
    if (result?.problem?.network) this.retryKeys.set(request, key);
    else this.retryKeys.delete(request);
    return result;
  }
  private readonly retryKeys = new Map<string, string>();

  /** "Add user": the server adds and invites; the list reloads to show the user where they sort. */
  private addUser = async (user: NewUser): Promise<Notice[]> => {
    if (!this.users) return [];
    const { email, firstName, lastName } = user;
    const body = { email, ...(firstName ? { firstName } : {}), ...(lastName ? { lastName } : {}) };
    const result = await this.retryable(`user ${JSON.stringify(body)}`, (key) =>
      this.users?.addUser(body, key),
    );
    if (!result) return [];
    if (result.problem) {
      const text =
        result.problem.reason === 'email_in_use'
          ? this.localize.t('roles.addUser.email_in_use')
          : roleProblemText(this.localize, result.problem);
      return [{ tone: 'error', text }];
    }
    this.emit(new OnrampUserAddedEvent(this.orgId, result.data));
    this.pages.reset();
    return [{ tone: 'success', text: this.localize.tx('roles.addUser.added', { email: result.data.email }) }];
  };

  private addExternal = async (email: string): Promise<Notice[]> => {
    if (!this.api) return [];
    const result = await this.retryable(`external ${email}`, (key) => this.api?.addExternalAdmin(email, key));
    if (!result) return [];
    if (result.problem) return [{ tone: 'error', text: roleProblemText(this.localize, result.problem) }];
    this.emit(new OnrampRoleChangeEvent(this.orgId, result.data.id, result.data.adminRole, null));
    this.pages.reset();
    return [{ tone: 'success', text: this.localize.tx('roles.addExternal.added', { email }) }];
  };
  private readonly addUserForm = new FormAction(this, this.addUser, this.formFocus('#add-user'));
  private readonly addExternalForm = new FormAction(this, this.addExternal, this.formFocus('#add-external'));

  override render() {
    return html`<section part="base" dir=${this.localize.dir} lang=${this.localize.locale} aria-labelledby="title">
      <h2 id="title" tabindex="-1">${this.localize.t('roles.title')}</h2>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody() {
    this.shownList = undefined;
    if (!this.api) return html`<p>${this.localize.t('roles.notConfigured')}</p>`;
    if (this.loader.problem)
      return html`<div part="error" role="alert">${roleProblemText(this.localize, this.loader.problem)}</div>
        <button part="button" @click=${() => this.load()}>${this.localize.t('common.retry')}</button>`;
    if (!this.permissions) return html`<p role="status">${this.localize.t('common.loading')}</p>`;
    const permissions = this.permissions;
    this.shownList = { total: this.pages.total, problem: this.pages.problem };
    // The list's screen says each reason once, beside the first control it closes.
    const reasons = new ReasonNotes('list', this.localize);
    return html`${this.renderToolbar(reasons)}
      <div class="actions-bar">
      ${renderAddUser({
        localize: this.localize,
        permit: permit(permissions, 'add_user'),
        form: this.addUserForm,
        fields: this.formFields(this.addUserForm, (forms) =>
          forms.addUserForm(this.addUserForm, this.localize),
        ),
        prefetch: addForms.prefetch,
        reasons,
      })}
      ${renderAddExternal({
        localize: this.localize,
        permit: addExternalAdminPermit(permissions),
        form: this.addExternalForm,
        fields: this.formFields(this.addExternalForm, (forms) =>
          forms.addExternalForm(this.addExternalForm, this.localize),
        ),
        prefetch: addForms.prefetch,
        reasons,
      })}
      ${renderImportToggle({
        localize: this.localize,
        permit: permit(permissions, 'import_users_csv'),
        open: this.importOpen,
        toggle: this.toggleImport,
        prefetch: csvImport.prefetch,
        panel: this.renderImportBody(),
        reasons,
      })}
      </div>
      <div aria-live="polite">${renderNotices(this.listNotices)}</div>
      ${renderUserList({
        pages: this.pages,
        list: this.list,
        localize: this.localize,
        onClick: this.onRowClick,
        prefetch: userDialog.prefetch,
      })}
      <dialog aria-labelledby="editor-title" @close=${this.onDialogClose}>
        ${this.editor && this.renderDialog ? this.renderDialog(this.editor, this.localize) : nothing}
      </dialog>`;
  }

  private renderImportBody() {
    const { localize } = this;
    if (this.importer && this.renderImportPanel) return this.renderImportPanel(this.importer, localize);
    if (this.importLoad === 'failed')
      return html`<p part="notice error" class="error" role="alert">${localize.t('common.offline')}</p>
        <button part="button" @click=${() => this.retryImportLoad()}>${localize.t('common.retry')}</button>`;
    return this.importLoad ? html`<p role="status">${localize.t('common.loading')}</p>` : nothing;
  }

  /** The import's code did not arrive at the panel's opening: close and open it again. */
  private retryImportLoad() {
    this.importOpen = false;
    void this.toggleImport();
  }

  /**
   * The filter as a segmented control: native radios (arrow keys move the choice, a screen reader
   * says "radio, 2 of 3"), each drawn as a segment of one joined group; why a filter is closed is
   * said after the group, so no note splits it.
   */
  private renderFilters(reasons: ReasonNotes) {
    const notes: unknown[] = [];
    const segments = FILTERS.map((filter) => {
      const allowed = this.filterPermit(filter);
      const why = allowed.allowed ? undefined : reasons.for(allowed.reason);
      if (why) notes.push(why.note);
      const on = this.filter === filter;
      return html`<label class=${`segment${on ? ' on' : ''}${allowed.allowed ? '' : ' off'}`}><input type="radio" name="filter" .checked=${on}
          ?disabled=${!allowed.allowed} aria-describedby=${why?.id ?? nothing}
          @change=${() => this.setFilter(filter)} />${this.localize.t(`roles.filter.${filter}`)}</label>`;
    });
    return html`<div class="segments">${segments}</div>${notes}`;
  }

  private renderToolbar(reasons: ReasonNotes) {
    const { localize } = this;
    return html`<div class="toolbar">
      <label class="search"><span>${localize.t('roles.search')}</span>
        <input type="search" part="search" @input=${this.onSearch} /></label>
      <fieldset part="filters" class="filters">
        <legend>${localize.t('roles.filter')}</legend>
        ${this.renderFilters(reasons)}
      </fieldset>
    </div>`;
  }
}
