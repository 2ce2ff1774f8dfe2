import type { AdminRoleChange, EffectivePermissions, License, RoleOption, User } from '@onramp/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiProblem, ApiResult } from '../api/client.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { type Permit, permit } from './permissions.js';
import type { EditableRole, RoleEditorApi } from './role-editor-api.js';
import { roleProblemText } from './role-problem.js';
import { licenseLabel, roleLabel } from './user-list.js';

export type Notice = { tone: 'success' | 'warning' | 'error'; text: string };

/** What the editor needs of the element: the language, the API, the permissions, and a change hook. */
export interface EditorDeps {
  localize: LocalizeController;
  api(): RoleEditorApi | undefined;
  permissions(): EffectivePermissions | undefined;
  changed(user: User, previous: User): void;
}

/**
 * The state of the one user being edited: their role choices (`roleOptions`, the server's rules),
 * the pending choice, the confirmation and what the last change said. Changes carry `If-Match`;
 * a 412 reloads the user so nobody's change is overwritten unnoticed.
 */
export class UserEditor implements ReactiveController {
  user?: User;
  options: RoleOption[] = [];
  /** Why the actor may not change roles at all, when the options could not be asked for. */
  rolesLocked?: Permit;
  role: EditableRole = null;
  license: License | null = null;
  confirming?: 'role' | 'license';
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

  async open(user: User) {
    Object.assign(this, { user, options: [], notices: [], confirming: undefined, rolesLocked: undefined });
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

  confirm(what: 'role' | 'license' | undefined) {
    this.confirming = what;
    this.host.requestUpdate();
  }

  async applyRole() {
    const { user, role } = this;
    if (!user) return;
    const result = await this.run(() => this.deps.api()?.setRole(user, role));
    if (!result) return;
    const { localize } = this.deps;
    const change = result as AdminRoleChange;
    this.notices = [
      {
        tone: 'success',
        text: localize.t('roles.changed.role', { name: user.displayName, role: roleLabel(localize, role) }),
      },
      ...change.warnings.map((warning) => ({
        tone: 'warning' as const,
        text:
          warning.reason === 'standard_license_agent_only'
            ? localize.t('roles.warning.standard_license_agent_only')
            : warning.message,
      })),
    ];
    await this.settle(change.user, user);
  }

  async applyLicense() {
    const { user, license } = this;
    if (!user) return;
    const result = await this.run(() => this.deps.api()?.setLicense(user, license));
    if (!result) return;
    const { localize } = this.deps;
    const text = localize.t('roles.changed.license', {
      name: user.displayName,
      license: licenseLabel(localize, license),
    });
    this.notices = [{ tone: 'success', text }];
    await this.settle(result as User, user);
  }

  async resendInvitation() {
    const { user } = this;
    if (!user) return;
    const key = crypto.randomUUID();
    if (await this.run(() => this.deps.api()?.resendInvitation(user.id, key)))
      this.notices = [
        { tone: 'success', text: this.deps.localize.t('roles.editor.resent', { email: user.email }) },
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
    const view = permit(this.deps.permissions(), 'view_users');
    if (!api || !view.allowed) {
      // A provisioning admin sees external admins but may not ask for role options (403).
      this.rolesLocked = { allowed: false, reason: view.reason ?? 'insufficient_role' };
      this.host.requestUpdate();
      return;
    }
    const result = await api.roleOptions(user.id);
    if (this.user?.id !== user.id) return;
    if (result.problem) this.fail(result.problem);
    else this.options = result.data.options;
    this.host.requestUpdate();
  }

  /** Runs one change; a refusal becomes a notice (and a 412 a reload). Returns the answer or nothing. */
  private async run<T>(request: () => Promise<ApiResult<T>> | undefined): Promise<T | undefined> {
    if (this.busy) return undefined;
    Object.assign(this, { busy: true, notices: [], confirming: undefined });
    this.host.requestUpdate();
    const result = await request();
    this.busy = false;
    this.host.requestUpdate();
    if (!result) return undefined;
    if (result.problem) {
      this.fail(result.problem);
      if (result.problem.status === 412) await this.reload();
      else if (this.user) this.reset(this.user);
      return undefined;
    }
    return result.data;
  }

  private fail(problem: ApiProblem) {
    this.notices = [{ tone: 'error', text: roleProblemText(this.deps.localize, problem) }];
    this.host.requestUpdate();
  }

  /** Someone else changed the user: show their latest values and choices, keep the notice. */
  private async reload() {
    const previous = this.user;
    if (!previous) return;
    const latest = await this.deps.api()?.get(previous.id);
    if (latest?.data) {
      this.user = latest.data;
      this.reset(latest.data);
      this.deps.changed(latest.data, previous);
      await this.loadOptions(latest.data);
    }
  }

  private async settle(next: User, previous: User) {
    this.user = next;
    this.reset(next);
    this.deps.changed(next, previous);
    await this.loadOptions(next);
  }
}
