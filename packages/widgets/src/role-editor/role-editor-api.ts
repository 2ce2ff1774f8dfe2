import type {
  AddUserRequest,
  AdminRoleChange,
  EffectivePermissions,
  License,
  RoleOptions,
  User,
  UserDetailsRequest,
  UserImportFailure,
  UserImportReport,
  UserList,
  UserListFilter,
} from '@onramp/contract';
import { Permissions, Roles, settle, Users } from '@onramp/sdk';
import { type ApiResult, type ClientContext, call, type OnrampClient, problemOf } from '../api/client.js';

/** The SDK resources the role editor calls: a host's full client is one too. */
export type RoleEditorSdk = Pick<OnrampClient, 'users' | 'roles' | 'permissions'>;

/** The role editor's quick-start client: its three resources alone, on one context. */
export const roleEditorSdk = (ctx: ClientContext): RoleEditorSdk => ({
  users: new Users(ctx),
  roles: new Roles(ctx),
  permissions: new Permissions(ctx),
});

/** The role editor's exclusive roles: the three of DOMAIN §2.1 that a user holds one of, or none. */
export type EditableRole = 'full_admin' | 'service_admin' | 'read_only_admin' | null;

export interface UserQuery {
  filter: UserListFilter;
  search: string;
  offset: number;
  max: number;
}

/** The calls the role editor makes, each one SDK resource method in the result form. */
export function roleEditorApi(sdk: RoleEditorSdk, orgId: string) {
  // The user as last read: its version goes as `If-Match`, so someone else's change meanwhile answers 412.
  const asRead = (target: User) => ({ ifMatch: target });
  return {
    permissions: (signal?: AbortSignal): Promise<ApiResult<EffectivePermissions>> =>
      call(sdk.permissions.effective(orgId, { signal })),
    list: ({ filter, search, offset, max }: UserQuery, signal?: AbortSignal): Promise<ApiResult<UserList>> =>
      call(
        sdk.users
          .list(orgId, { filter, offset, max, ...(search ? { search } : {}) }, { signal })
          .then(({ items, totalCount }) => ({ items, totalCount: totalCount ?? items.length })),
      ),
    get: (userId: string): Promise<ApiResult<User>> => call(sdk.users.get(orgId, userId)),
    roleOptions: (userId: string): Promise<ApiResult<RoleOptions>> => call(sdk.roles.options(orgId, userId)),
    setRole: (target: User, role: EditableRole): Promise<ApiResult<AdminRoleChange>> =>
      call(
        role
          ? sdk.roles.assign(orgId, target.id, role, asRead(target))
          : sdk.roles.revoke(orgId, target.id, asRead(target)),
      ),
    setLicense: (target: User, license: License | null): Promise<ApiResult<User>> =>
      call(sdk.users.setLicense(orgId, target.id, license, asRead(target))),
    setActive: (target: User, active: boolean): Promise<ApiResult<User>> =>
      call(sdk.users.setActive(orgId, target.id, active, asRead(target))),
    updateDetails: (target: User, details: UserDetailsRequest): Promise<ApiResult<User>> =>
      call(sdk.users.update(orgId, target.id, details, asRead(target))),
    resendInvitation: (userId: string, idempotencyKey: string) =>
      call(sdk.users.resendInvitation(orgId, userId, { idempotencyKey })),
    addExternalAdmin: (email: string, idempotencyKey: string): Promise<ApiResult<User>> =>
      call(sdk.roles.addExternalAdmin(orgId, email, { idempotencyKey })),
  };
}

export type RoleEditorApi = ReturnType<typeof roleEditorApi>;

/** An import answer: the report, or a problem that may carry the per-row report (400 `csv_row_errors`). */
export type ImportResult = ApiResult<UserImportReport> & { report?: UserImportReport };

/** The user-management and CSV calls (DOMAIN §2.3), kept apart from the role and license ones. */
export function userAdminApi(sdk: Pick<RoleEditorSdk, 'users'>, orgId: string) {
  return {
    addUser: (body: AddUserRequest, idempotencyKey: string): Promise<ApiResult<User>> =>
      call(sdk.users.add(orgId, body, { idempotencyKey })),
    /** `204 No Content` carries no data: the removal's success is `true`. */
    removeUser: (userId: string): Promise<ApiResult<true>> =>
      call(sdk.users.remove(orgId, userId).then(() => true as const)),
    importTemplate: (): Promise<ApiResult<string>> => call(sdk.users.importTemplate(orgId)),
    importUsers: async (csv: string, dryRun: boolean, idempotencyKey?: string): Promise<ImportResult> => {
      const { data, problem } = await settle(sdk.users.importCsv(orgId, csv, { dryRun, idempotencyKey }));
      if (!problem) return { data, report: data };
      // A 400 `csv_row_errors` carries the per-row report in its body.
      return { problem: problemOf(problem), report: (problem.body as UserImportFailure | undefined)?.report };
    },
  };
}

export type UserAdminApi = ReturnType<typeof userAdminApi>;
