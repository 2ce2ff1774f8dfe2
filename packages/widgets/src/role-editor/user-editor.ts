import type {
  AdminRoleChange,
  EffectivePermissions,
  License,
  Platform,
  RoleOption,
  User,
} from '@onramp/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiProblem, ApiResult } from '../api/client.js';
import type { IsolatedText, LocalizeController } from '../i18n/localize-controller.js';
import { type Permit, permit } from './permissions.js';
import type { EditableRole, RoleEditorApi, UserAdminApi } from './role-editor-api.js';
import { roleProblemText } from './role-problem.js';
import { licenseLabel, roleLabel } from './user-list.js';

/** What an action said; user text in it is isolated (`localize.tx`). */
export type Notice = { tone: 'success' | 'warning' | 'error'; text: string | IsolatedText };
export type Confirming = 'role' | 'license' | 'remove' | 'deactivate';
/** What the dialog's actions do: the confirmed changes, activating, details and the invitation. */
export type EditorAction = Confirming | 'activate' | 'details' | 'invite';

/** What the editor needs of the element: the language, the API, the permissions, and change hooks. */
export interface EditorDeps {
  localize: LocalizeController;
  api(): RoleEditorApi | undefined;
  users(): UserAdminApi | undefined;
  permissions(): EffectivePermissions | undefined;
  /** Show `user` in the list now (an optimistic value, or its rollback); no event. */
  show(user: User): void;
  /** The server changed the user: show it and tell the host. */
  changed(user: User, previous: User): void;
  /** The server removed the user. */
  removed(user: User): void;
  /** An external user lost their last role here, so is no longer listed. */
  left(user: User): void;
  /** An action of the dialog starts (the focus is still on the control that started it). */
  acting?(action: EditorAction): void;
  /** The action has ended, and what it changed is set (the element then puts the focus on its outcome). */
  acted?(action: EditorAction): void;
}

/**
 * The state of the one user being edited: their role choices and license options (`roleOptions`,
 * the server's rules), the pending choice, the confirmation and what the last change said. Changes
 * carry `If-Match`; a 412 reloads the user so nobody's change is overwritten unnoticed. A confirmed
 * role or license change shows at once (decision 0006) and is rolled back, with the reason, if the
 * server refuses it; after a network failure, a 429 or a 5xx the admin's choice stays selected to
 * apply again.
 */
export class UserEditor implements ReactiveController {
  user?: User;
  options: RoleOption[] = [];
  /** The licenses the org's platform offers (`undefined` until the options answered). */
  licenseOptions?: License[];
  platform: Platform | null = null;
  /** Why the actor may not change roles at all, when the options could not be asked for. */
  rolesLocked?: Permit;
  role: EditableRole = null;
  license: License | null = null;
  confirming?: Confirming;
  busy = false;
  notices: Notice[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deps: EditorDeps,
  ) {
    host.addController(this);
  }

  hostConnected() {}

  get licensePermit(): Permit {
    return permit(this.deps.permissions(), 'edit_licenses');
  }

  get invitePermit(): Permit {
    return permit(this.deps.permissions(), 'send_activation_email');
  }

  /**
   * Removing a user also takes their role away: the server's role options for this user (the
   * domain's answer) say when they are the last full admin, so the button is disabled with that
   * reason instead of asking, then refusing.
   */
  get removePermit(): Permit {
    const general = permit(this.deps.permissions(), 'remove_user');
    if (!general.allowed) return general;
    const lastFullAdmin = this.options.some(
      (option) => !option.allowed && option.reason === 'last_full_admin',
    );
    return lastFullAdmin ? { allowed: false, reason: 'last_full_admin' } : general;
  }

  /** Activate or deactivate (DOMAIN §2.1: full admins; never a service admin, §2.3). */
  get activationPermit(): Permit {
    return permit(this.deps.permissions(), 'activate_user');
  }

  /** Edit first and last name (seed 001: full and service admins, decision 0026). */
  get detailsPermit(): Permit {
    return permit(this.deps.permissions(), 'edit_user_details');
  }

  async open(user: User) {
    Object.assign(this, {
      user,
      options: [],
      licenseOptions: undefined,
      notices: [],
      confirming: undefined,
      rolesLocked: undefined,
    });
    this.reset(user);
    await this.loadOptions(user);
  }

  close() {
    this.user = undefined;
    this.host.requestUpdate();
  }

  choose(patch: { role?: EditableRole; license?: License | null }) {
    Object.assign(this, patch, { confirming: undefined });
    this.host.requestUpdate();
  }

  confirm(what: Confirming | undefined) {
    this.confirming = what;
    this.host.requestUpdate();
  }

  applyRole() {
    return this.act('role', () => this.changeRole());
  }

  applyLicense() {
    return this.act('license', () => this.changeLicense());
  }

  /** Removal waits for the server (it destroys a record): then the dialog closes. */
  remove() {
    return this.act('remove', () => this.removeUser());
  }

  resendInvitation() {
    return this.act('invite', () => this.resend());
  }

  /** Deactivation is confirmed first (the user can no longer sign in); activation is not. */
  deactivate() {
    return this.act('deactivate', () => this.changeActivation(false));
  }

  activate() {
    return this.act('activate', () => this.changeActivation(true));
  }

  saveDetails(details: { firstName: string; lastName: string }) {
    return this.act('details', () => this.changeDetails(details));
  }

  private async changeActivation(active: boolean) {
    const { user } = this;
    if (!user) return;
    const outcome = await this.run(user, undefined, () => this.deps.api()?.setActive(user, active));
    if (!outcome || !('data' in outcome)) return;
    const key = active ? 'roles.changed.activated' : 'roles.changed.deactivated';
    this.notices = [{ tone: 'success', text: this.deps.localize.t(key, { name: user.displayName }) }];
    await this.settle(outcome.data, user);
  }

  private async changeDetails(details: { firstName: string; lastName: string }) {
    const { user } = this;
    if (!user) return;
    const outcome = await this.run(user, undefined, () => this.deps.api()?.updateDetails(user, details));
    if (!outcome || !('data' in outcome)) return;
    const text = this.deps.localize.t('roles.changed.details', { name: outcome.data.displayName });
    this.notices = [{ tone: 'success', text }];
    await this.settle(outcome.data, user);
  }

  /** Runs one action of the dialog between the `acting` and `acted` hooks. */
  private async act(action: EditorAction, work: () => Promise<void>) {
    if (this.busy) return;
    this.deps.acting?.(action);
    try {
      await work();
    } finally {
      this.deps.acted?.(action);
    }
  }

  private async changeRole() {
    const { user, role } = this;
    if (!user) return;
    const { localize } = this.deps;
    const outcome = await this.run(
      user,
      { ...user, adminRole: role },
      () => this.deps.api()?.setRole(user, role),
      (latest) => latest.adminRole === role,
    );
    if (!outcome) return;
    const change: AdminRoleChange | undefined = 'data' in outcome ? outcome.data : undefined;
    this.notices = [
      {
        tone: 'success',
        text: localize.tx('roles.changed.role', { name: user.displayName, role: roleLabel(localize, role) }),
      },
      ...(change?.warnings ?? []).map((warning) => ({
        tone: 'warning' as const,
        text:
          warning.reason === 'standard_license_agent_only'
            ? localize.t('roles.warning.standard_license_agent_only')
            : warning.message,
      })),
      ...this.confirmedNote(outcome),
    ];
    await this.settle(change?.user ?? (outcome as { latest: User }).latest, user);
  }

  private async changeLicense() {
    const { user, license } = this;
    if (!user) return;
    const optimistic = { ...user, contactCenterLicense: license };
    const outcome = await this.run(
      user,
      optimistic,
      () => this.deps.api()?.setLicense(user, license),
      (latest) => latest.contactCenterLicense === license,
    );
    if (!outcome) return;
    const { localize } = this.deps;
    const text = localize.t('roles.changed.license', {
      name: user.displayName,
      license: licenseLabel(localize, license),
    });
    this.notices = [{ tone: 'success', text }, ...this.confirmedNote(outcome)];
    await this.settle('data' in outcome ? outcome.data : outcome.latest, user);
  }

  /** Said when the change's answer was lost and the user read back shows it was made. */
  private confirmedNote(outcome: object): Notice[] {
    return 'latest' in outcome ? [{ tone: 'success', text: this.deps.localize.t('roles.lost.saved') }] : [];
  }

  private async removeUser() {
    const { user } = this;
    if (!user) return;
    if (await this.run(user, undefined, () => this.deps.users()?.removeUser(user.id))) {
      this.user = undefined;
      this.deps.removed(user);
      this.host.requestUpdate();
    }
  }

  private async resend() {
    const { user } = this;
    if (!user) return;
    const key = crypto.randomUUID();
    if (await this.run(user, undefined, () => this.deps.api()?.resendInvitation(user.id, key)))
      this.notices = [
        { tone: 'success', text: this.deps.localize.tx('roles.editor.resent', { email: user.email }) },
      ];
    this.host.requestUpdate();
  }

  private reset(user: User) {
    this.role = user.adminRole === 'provisioning_admin' ? null : user.adminRole;
    this.license = user.contactCenterLicense;
    this.host.requestUpdate();
  }

  private async loadOptions(user: User) {
    const api = this.deps.api();
    const view = permit(this.deps.permissions(), 'view_service');
    if (!api || !view.allowed) {
      this.rolesLocked = { allowed: false, reason: view.reason ?? 'insufficient_role' };
      this.host.requestUpdate();
      return;
    }
    const result = await api.roleOptions(user.id);
    if (this.user?.id !== user.id) return;
    if (result.problem) this.fail(result.problem);
    else {
      this.options = result.data.options;
      this.licenseOptions = result.data.licenseOptions;
      this.platform = result.data.platform;
    }
    this.host.requestUpdate();
  }

  /**
   * Runs one change. With `optimistic`, the list shows it at once; a refusal puts the user back
   * (and says why), a 412 reloads the user, a 429 or 5xx keeps the admin's choice to retry.
   * With `saved` too, a change whose answer never arrived (the connection dropped before or after
   * the server acted: nobody can tell which) is checked by reading the user back: made, it is a
   * success (`latest`); not made, the choice stays to apply again; unreadable, the editor says it
   * could not confirm, never "not saved".
   */
  private async run<T>(
    user: User,
    optimistic: User | undefined,
    request: () => Promise<ApiResult<T>> | undefined,
    saved?: (latest: User) => boolean,
  ): Promise<{ data: T } | { latest: User } | undefined> {
    if (this.busy) return undefined;
    const { localize } = this.deps;
    Object.assign(this, { busy: true, notices: [], confirming: undefined });
    if (optimistic) this.deps.show(optimistic);
    this.host.requestUpdate();
    const result = await request();
    if (result?.problem?.network && optimistic && saved) {
      this.notices = [{ tone: 'warning', text: localize.t('roles.lost.checking') }];
      this.host.requestUpdate();
      const latest = (await this.deps.api()?.get(user.id))?.data;
      this.busy = false;
      if (latest && saved(latest)) return { latest };
      this.deps.show(latest ?? user);
      if (latest && latest.version !== user.version) {
        // Someone else changed the user meanwhile (and not to this choice): their values win.
        this.notices = [{ tone: 'error', text: localize.t('roles.stale') }];
        await this.reload(latest);
      } else
        this.notices = [
          { tone: 'error', text: localize.t(latest ? 'roles.lost.notSaved' : 'roles.lost.unknown') },
        ];
      this.host.requestUpdate();
      return undefined;
    }
    this.busy = false;
    this.host.requestUpdate();
    if (!result) return undefined;
    if (!result.problem) return { data: result.data };
    if (optimistic) this.deps.show(user);
    const { problem } = result;
    if (problem.status === 412) {
      const latest = (await this.deps.api()?.get(user.id))?.data;
      // Already as chosen (often this admin's own change, whose answer was lost): nothing to redo.
      if (latest && saved?.(latest))
        this.notices = [{ tone: 'success', text: localize.t('roles.lost.already') }];
      else this.fail(problem, optimistic !== undefined);
      await this.reload(latest);
    } else {
      this.fail(problem, optimistic !== undefined);
      if (optimistic && (problem.status === 429 || problem.status >= 500))
        // Not refused, only not done: the choice stays selected to apply again.
        this.notices = [...this.notices, { tone: 'warning', text: localize.t('roles.choiceKept') }];
      else if (this.user) this.reset(this.user);
    }
    return undefined;
  }

  private fail(problem: ApiProblem, rolledBack = false) {
    const { localize } = this.deps;
    const reason = roleProblemText(localize, problem);
    this.notices = [
      { tone: 'error', text: rolledBack ? localize.t('roles.rolledBack', { reason }) : reason },
    ];
    this.host.requestUpdate();
  }

  /** Someone else changed the user: show their latest values and choices, keep the notice. */
  private async reload(latest?: User) {
    const previous = this.user;
    if (!previous || !latest) return;
    this.user = latest;
    this.reset(latest);
    this.deps.changed(latest, previous);
    await this.loadOptions(latest);
  }

  private async settle(next: User, previous: User) {
    this.deps.changed(next, previous);
    if (next.relation !== 'customer' && next.adminRole === null) {
      // An external user without a role here is no member any more (DOMAIN §2): the dialog closes.
      this.user = undefined;
      this.deps.left(next);
      this.host.requestUpdate();
      return;
    }
    this.user = next;
    this.reset(next);
    await this.loadOptions(next);
  }
}
