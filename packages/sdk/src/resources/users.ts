import type {
  AddUserRequest,
  AdminRole,
  AdminRoleChange,
  ConnectRole,
  Invitation,
  License,
  operations,
  RoleOptions,
  RoleSyncEntry,
  User,
  UserDetailsRequest,
  UserImportReport,
} from '@onramp/contract';
import type { ClientContext } from '../client.js';
import { dataOf, unwrap } from '../internal/unwrap.js';
import { type PagePromise, paged } from '../pagination.js';
import { type CallOptions, type CreateOptions, type ETagSource, init, Resource } from './shared.js';

export type ListUsersQuery = NonNullable<operations['listUsers']['parameters']['query']>;

/**
 * `If-Match` of a user change: the user as last read (or its version / ETag); `null` sends none
 * (last write wins); left out, the SDK reads the user first and uses its current version.
 */
export interface UserChangeOptions extends CallOptions {
  ifMatch?: ETagSource | null;
}

/**
 * The users of an organization (DOMAIN §2.3): list, add, update, activate or deactivate, remove,
 * invitations, licenses, CSV import.
 */
export class Users extends Resource {
  list(orgId: string, query?: ListUsersQuery, options?: CallOptions): PagePromise<User> {
    return paged(query, (q) =>
      dataOf(
        this.ctx.raw.GET('/organizations/{orgId}/users', {
          params: { path: { orgId }, query: q },
          ...init(options),
        }),
      ),
    );
  }

  get(orgId: string, userId: string, options?: CallOptions): Promise<User> {
    return dataOf(
      this.ctx.raw.GET('/organizations/{orgId}/users/{userId}', {
        params: { path: { orgId, userId } },
        ...init(options),
      }),
    );
  }

  add(orgId: string, body: AddUserRequest, options?: CreateOptions): Promise<User> {
    return dataOf(
      this.ctx.raw.POST('/organizations/{orgId}/users', {
        params: { path: { orgId } },
        body,
        ...init(options),
      }),
    );
  }

  async remove(orgId: string, userId: string, options?: CallOptions): Promise<void> {
    await unwrap(
      this.ctx.raw.DELETE('/organizations/{orgId}/users/{userId}', {
        params: { path: { orgId, userId } },
        ...init(options),
      }),
    );
  }

  resendInvitation(orgId: string, userId: string, options?: CreateOptions): Promise<Invitation> {
    return dataOf(
      this.ctx.raw.POST('/organizations/{orgId}/users/{userId}/invitation', {
        params: { path: { orgId, userId } },
        ...init(options),
      }),
    );
  }

  /** Gives the user a contact-center license (`cc_standard`, `cc_premium`) or takes it away (`null`). */
  async setLicense(
    orgId: string,
    userId: string,
    license: License | null,
    options: UserChangeOptions = {},
  ): Promise<User> {
    return dataOf(
      this.ctx.raw.PUT('/organizations/{orgId}/users/{userId}/license', {
        params: { path: { orgId, userId } },
        body: { license },
        ...(await changeInit(this.ctx, orgId, userId, options)),
      }),
    );
  }

  /** Updates the user's first and/or last name (full admins and service admins, users of the org). */
  async update(
    orgId: string,
    userId: string,
    details: UserDetailsRequest,
    options: UserChangeOptions = {},
  ): Promise<User> {
    return dataOf(
      this.ctx.raw.PATCH('/organizations/{orgId}/users/{userId}', {
        params: { path: { orgId, userId } },
        body: details,
        ...(await changeInit(this.ctx, orgId, userId, options)),
      }),
    );
  }

  /**
   * Activates (`true`) or deactivates (`false`) a user of the org: full admins only; a deactivated
   * user cannot sign in. A 403 says why not (`user_management_not_allowed`, `last_full_admin`).
   */
  async setActive(
    orgId: string,
    userId: string,
    active: boolean,
    options: UserChangeOptions = {},
  ): Promise<User> {
    return dataOf(
      this.ctx.raw.PUT('/organizations/{orgId}/users/{userId}/activation', {
        params: { path: { orgId, userId } },
        body: { active },
        ...(await changeInit(this.ctx, orgId, userId, options)),
      }),
    );
  }

  /** The CSV template of the bulk license import. */
  async importTemplate(orgId: string, options?: CallOptions): Promise<string> {
    return (
      await unwrap(
        this.ctx.raw.GET('/organizations/{orgId}/users/import/template', {
          params: { path: { orgId } },
          parseAs: 'text',
          ...init(options),
        }),
      )
    ).data;
  }

  /** Imports licenses from CSV; `dryRun: true` reports what would change without changing it. */
  importCsv(
    orgId: string,
    csv: string,
    options: CreateOptions & { dryRun?: boolean } = {},
  ): Promise<UserImportReport> {
    return dataOf(
      this.ctx.raw.POST('/organizations/{orgId}/users/import', {
        params: { path: { orgId }, query: { dryRun: options.dryRun ?? false } },
        body: csv,
        bodySerializer: (text: string) => text,
        ...init({ ...options, headers: { ...options.headers, 'Content-Type': 'text/csv' } }),
      }),
    );
  }
}

/** Admin roles (DOMAIN §2.1–§2.2): exclusive, guarded by `If-Match` against concurrent changes. */
export class Roles extends Resource {
  /** Gives `role` (replacing any other exclusive role); a 403 says why not in `error.reason`. */
  async assign(
    orgId: string,
    userId: string,
    role: AdminRole,
    options: UserChangeOptions = {},
  ): Promise<AdminRoleChange> {
    return dataOf(
      this.ctx.raw.PUT('/organizations/{orgId}/users/{userId}/adminRole', {
        params: { path: { orgId, userId } },
        body: { role },
        ...(await changeInit(this.ctx, orgId, userId, options)),
      }),
    );
  }

  /** Takes the user's exclusive admin role away (`role: null`). */
  revoke(orgId: string, userId: string, options?: UserChangeOptions): Promise<AdminRoleChange> {
    // `assign` types `role` as a role to give; the contract's body takes `null` for none.
    return this.assign(orgId, userId, null as unknown as AdminRole, options);
  }

  /**
   * Sets the admin's role in Webex Connect; it syncs to Control Hub at once (DOMAIN §1.4: read-only,
   * limited and restricted access give read-only admin; all access and tenant owner, full admin),
   * by the rules of that Control Hub change. Answers the synchronised pair.
   */
  async setConnectRole(
    orgId: string,
    userId: string,
    role: ConnectRole,
    options: UserChangeOptions = {},
  ): Promise<RoleSyncEntry> {
    return dataOf(
      this.ctx.raw.PUT('/organizations/{orgId}/users/{userId}/connectRole', {
        params: { path: { orgId, userId } },
        body: { role },
        ...(await changeInit(this.ctx, orgId, userId, options)),
      }),
    );
  }

  /** Every role and whether the signed-in user may give it to this user, with the reason if not. */
  options(orgId: string, userId: string, options?: CallOptions): Promise<RoleOptions> {
    return dataOf(
      this.ctx.raw.GET('/organizations/{orgId}/users/{userId}/roleOptions', {
        params: { path: { orgId, userId } },
        ...init(options),
      }),
    );
  }

  /** Invites a user of another org as an external admin of this one. */
  addExternalAdmin(orgId: string, email: string, options?: CreateOptions): Promise<User> {
    return dataOf(
      this.ctx.raw.POST('/organizations/{orgId}/externalAdmins', {
        params: { path: { orgId } },
        body: { email },
        ...init(options),
      }),
    );
  }
}

/**
 * The init of a user change: its `If-Match` is the caller's, none (`null`), or the user's current
 * version read now.
 */
async function changeInit(ctx: ClientContext, orgId: string, userId: string, options: UserChangeOptions) {
  const { ifMatch = await new Users(ctx).get(orgId, userId, { signal: options.signal }) } = options;
  return init({ ...options, ifMatch });
}
