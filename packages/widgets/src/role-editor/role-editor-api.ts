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
import { type ApiClient, type ApiResult, call } from '../api/client.js';

/** The role editor's exclusive roles: the three of DOMAIN §2.1 that a user holds one of, or none. */
export type EditableRole = 'full_admin' | 'service_admin' | 'read_only_admin' | null;

export interface UserQuery {
  filter: UserListFilter;
  search: string;
  offset: number;
  max: number;
}

/** The user's version as an `If-Match` value: someone else's change meanwhile answers 412. */
const ifMatch = (user: Pick<User, 'version'>) => ({ 'If-Match': `"${user.version}"` });

/** The calls the role editor makes, each one line over the typed client. */
export function roleEditorApi(client: ApiClient, orgId: string) {
  const org = { orgId };
  const user = (userId: string) => ({ params: { path: { orgId, userId } } });
  return {
    permissions: (): Promise<ApiResult<EffectivePermissions>> =>
      call(() => client.GET('/organizations/{orgId}/permissions', { params: { path: org } })),
    list: ({ filter, search, offset, max }: UserQuery, signal?: AbortSignal): Promise<ApiResult<UserList>> =>
      call(() =>
        client.GET('/organizations/{orgId}/users', {
          params: { path: org, query: { filter, offset, max, ...(search ? { search } : {}) } },
          signal,
        }),
      ),
    get: (userId: string): Promise<ApiResult<User>> =>
      call(() => client.GET('/organizations/{orgId}/users/{userId}', user(userId))),
    roleOptions: (userId: string): Promise<ApiResult<RoleOptions>> =>
      call(() => client.GET('/organizations/{orgId}/users/{userId}/roleOptions', user(userId))),
    setRole: (target: User, role: EditableRole): Promise<ApiResult<AdminRoleChange>> =>
      call(() =>
        client.PUT('/organizations/{orgId}/users/{userId}/adminRole', {
          params: { path: { orgId, userId: target.id }, header: ifMatch(target) },
          body: { role },
        }),
      ),
    setLicense: (target: User, license: License | null): Promise<ApiResult<User>> =>
      call(() =>
        client.PUT('/organizations/{orgId}/users/{userId}/license', {
          params: { path: { orgId, userId: target.id }, header: ifMatch(target) },
          body: { license },
        }),
      ),
    setActive: (target: User, active: boolean): Promise<ApiResult<User>> =>
      call(() =>
        client.PUT('/organizations/{orgId}/users/{userId}/activation', {
          params: { path: { orgId, userId: target.id }, header: ifMatch(target) },
          body: { active },
        }),
      ),
    updateDetails: (target: User, details: UserDetailsRequest): Promise<ApiResult<User>> =>
      call(() =>
        client.PATCH('/organizations/{orgId}/users/{userId}', {
          params: { path: { orgId, userId: target.id }, header: ifMatch(target) },
          body: details,
        }),
      ),
    resendInvitation: (userId: string, idempotencyKey: string) =>
      call(() =>
        client.POST('/organizations/{orgId}/users/{userId}/invitation', {
          params: { path: { orgId, userId }, header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    addExternalAdmin: (email: string, idempotencyKey: string): Promise<ApiResult<User>> =>
      call(() =>
        client.POST('/organizations/{orgId}/externalAdmins', {
          params: { path: org, header: { 'Idempotency-Key': idempotencyKey } },
          body: { email },
        }),
      ),
  };
}

export type RoleEditorApi = ReturnType<typeof roleEditorApi>;

/** An import answer: the report, or a problem that may carry the per-row report (400 `csv_row_errors`). */
export type ImportResult = ApiResult<UserImportReport> & { report?: UserImportReport };

/** The user-management and CSV calls (DOMAIN §2.3), kept apart from the role and license ones. */
export function userAdminApi(client: ApiClient, orgId: string) {
  const org = { orgId };
  return {
    addUser: (body: AddUserRequest, idempotencyKey: string): Promise<ApiResult<User>> =>
      call(() =>
        client.POST('/organizations/{orgId}/users', {
          params: { path: org, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    /** `204 No Content` carries no data: an empty answer that is `ok` is the success. */
    removeUser: (userId: string): Promise<ApiResult<true>> =>
      call(async () => {
        const { error, response } = await client.DELETE('/organizations/{orgId}/users/{userId}', {
          params: { path: { orgId, userId } },
        });
        return { data: response.ok ? (true as const) : undefined, error, response };
      }),
    importTemplate: (): Promise<ApiResult<string>> =>
      call(() =>
        client.GET('/organizations/{orgId}/users/import/template', {
          params: { path: org },
          parseAs: 'text',
        }),
      ),
    importUsers: async (csv: string, dryRun: boolean, idempotencyKey?: string): Promise<ImportResult> => {
      let report: UserImportReport | undefined;
      const result = await call(async () => {
        const answer = await client.POST('/organizations/{orgId}/users/import', {
          params: {
            path: org,
            query: { dryRun },
            ...(idempotencyKey ? { header: { 'Idempotency-Key': idempotencyKey } } : {}),
          },
          body: csv,
          bodySerializer: (text: string) => text,
          headers: { 'Content-Type': 'text/csv' },
        });
        report = (answer.error as UserImportFailure | undefined)?.report;
        return answer;
      });
      return { ...result, report: result.data ?? report };
    },
  };
}

export type UserAdminApi = ReturnType<typeof userAdminApi>;
