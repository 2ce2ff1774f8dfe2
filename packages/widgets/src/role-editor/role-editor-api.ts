import type {
  AdminRoleChange,
  EffectivePermissions,
  License,
  RoleOptions,
  User,
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
