import type {
  ErrorDetail,
  License,
  UserImportReport,
  UserImportRow,
  UserImportRowError,
} from '@onramp/contract';
import {
  type Actor,
  CSV_LICENSE_COLUMNS,
  can,
  canSee,
  formatCsv,
  licenseAfterCsvRow,
  licenseChangeRefusal,
  readUsersCsv,
  USERS_CSV_COLUMNS,
  USERS_CSV_EMAIL_COLUMN,
  type UsersCsvRow,
  usersCsvRowErrors,
} from '@onramp/domain';
import { relationOf, rolesIn, targetIn } from '../../glue/actors.js';
import { authorize } from '../../handling/access.js';
import { fail, type Handler, isFailure, newTrackingIdForImport } from '../../handling/reply.js';
import { displayNameOf } from '../../store/directory.js';
import type { Store } from '../../store/store.js';
import type { StoredOrg, StoredUser } from '../../store/types.js';
import { platformOf } from './members.js';
import { licenseLeft } from './write.js';

/** Read-only columns of the template, with the user's value (DOMAIN §2.3: only licenses change). */
const READ_ONLY: Record<string, (user: StoredUser) => string> = {
  'First Name': (user) => user.firstName,
  'Last Name': (user) => user.lastName,
  'Display Name': (user) => displayNameOf(user),
  'User Status': (user) => user.status,
};
const LICENSE_COLUMNS = Object.keys(CSV_LICENSE_COLUMNS);

/** The customer-org users the actor may see: the template's rows and the import's scope. */
function editableUsers(store: Store, actor: Actor, org: StoredOrg): StoredUser[] {
  return store.directory
    .userIdsOf(org.id)
    .map((id) => store.directory.users.get(id))
    .filter(
      (user): user is StoredUser => !!user && canSee(actor, { relation: 'customer', roles: user.roles }),
    );
}

export const getUserImportTemplate: Handler<'getUserImportTemplate'> = ({ store, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'import_users_csv');
  if (isFailure(access)) return access;
  const rows = editableUsers(store, access.actor, access.org).map((user) => [
    user.email,
    ...Object.values(READ_ONLY).map((value) => value(user)),
    ...LICENSE_COLUMNS.map((column) => (user.license === CSV_LICENSE_COLUMNS[column] ? 'TRUE' : 'FALSE')),
  ]);
  return {
    status: 200,
    body: undefined,
    headers: { 'content-disposition': 'attachment; filename="users.csv"' },
    raw: { contentType: 'text/csv; charset=utf-8', data: formatCsv([[...USERS_CSV_COLUMNS], ...rows]) },
  };
};

interface Plan {
  report: UserImportReport;
  changes: { user: StoredUser; license: License | null }[];
}

/**
 * Reads every row and decides what would change; nothing is written here. The checks the file
 * alone shows are the domain's (`usersCsvRowErrors`, shared with the role editor's preview); the
 * ones below need the org's users, the actor's rights and the licenses left.
 */
function plan(
  store: Store,
  actor: Actor,
  org: StoredOrg,
  rows: readonly UsersCsvRow[],
  dryRun: boolean,
): Plan {
  const fileErrors = usersCsvRowErrors(rows);
  const platform = platformOf(store, org);
  const planned = new Map<string, number>();
  const changes: Plan['changes'] = [];
  const reportRows: UserImportRow[] = rows.map((row) => {
    const errors: UserImportRowError[] = (fileErrors.get(row.number) ?? []).map((e) => ({ ...e }));
    const error = (column: string | null, message: string, reason: UserImportRowError['reason']) =>
      errors.push({ row: row.number, column, message, reason });
    const user = row.email ? store.directory.userByEmail(row.email) : undefined;
    const member =
      user &&
      user.orgId === org.id &&
      canSee(actor, { relation: relationOf(user.orgId, org), roles: rolesIn(store, user, org) });
    if (row.email && errors.length === 0 && !member)
      error(USERS_CSV_EMAIL_COLUMN, `${row.email} is not a user of this organization.`, 'user_not_found');
    let license: License | null = null;
    if (user && member) {
      // An empty read-only cell says nothing; a filled one must keep the user's value.
      for (const [column, value] of Object.entries(READ_ONLY))
        if ((row.values[column] ?? '').trim() !== '' && (row.values[column] ?? '').trim() !== value(user))
          error(
            column,
            `"${column}" cannot be changed by the import; keep "${value(user)}".`,
            'column_not_editable',
          );
      const result = licenseAfterCsvRow(user.license, row.values);
      license = 'error' in result ? user.license : result.license;
      if (errors.length === 0 && license !== user.license) {
        const decision = can(actor, 'edit_licenses', { user: targetIn(store, user, org) });
        const notOffered = licenseChangeRefusal(platform, user.license, license);
        const column = LICENSE_COLUMNS.find((c) => CSV_LICENSE_COLUMNS[c] === license) ?? null;
        if (!decision.allowed) error(null, decision.message, decision.reason);
        else if (notOffered) error(column, notOffered.message, notOffered.reason);
        else if (license && !licenseLeft(store, org, license, planned.get(license) ?? 0))
          error(column, `No ${license} license is left.`, 'license_limit_reached');
        else {
          if (license) planned.set(license, (planned.get(license) ?? 0) + 1);
          if (user.license) planned.set(user.license, (planned.get(user.license) ?? 0) - 1);
          changes.push({ user, license });
        }
      }
    }
    const previousLicense = user && member ? user.license : null;
    const outcome = errors.length > 0 ? 'error' : license !== previousLicense ? 'changed' : 'unchanged';
    return {
      row: row.number,
      email: row.email || null,
      outcome,
      previousLicense,
      license: errors.length > 0 ? previousLicense : license,
      errors: errors.slice(0, 20),
    };
  });
  const count = (outcome: UserImportRow['outcome']) =>
    reportRows.filter((row) => row.outcome === outcome).length;
  return {
    changes,
    report: {
      dryRun,
      applied: false,
      counts: {
        rows: reportRows.length,
        changed: count('changed'),
        unchanged: count('unchanged'),
        errors: count('error'),
      },
      rows: reportRows,
    },
  };
}

/** Bulk license changes (DOMAIN §2.3): applied only when no row has an error. */
export const importUsers: Handler<'importUsers'> = ({ store, viewer, path, query, rawBody }) => {
  const access = authorize(store, viewer, path.orgId, 'import_users_csv');
  if (isFailure(access)) return access;
  const file = readUsersCsv(rawBody ?? '');
  if ('error' in file)
    return fail(
      400,
      'csv_invalid',
      `The file cannot be read as the users CSV template: ${file.error.message}`,
      'body',
    );
  const dryRun = query.dryRun === true;
  const { report, changes } = plan(store, access.actor, access.org, file.rows, dryRun);
  if (report.counts.errors > 0 && !dryRun) {
    const errors: ErrorDetail[] = report.rows.flatMap((row) =>
      row.errors.map((e) => ({
        description: e.message,
        reason: e.reason,
        field: `row ${e.row}: ${e.column ?? ''}`.trim(),
      })),
    );
    const message = `${report.counts.errors} row(s) have errors; nothing was changed.`;
    return {
      status: 400,
      body: { message, errors: errors.slice(0, 1000), trackingId: newTrackingIdForImport(), report },
    };
  }
  if (!dryRun) {
    for (const { user, license } of changes)
      store.directory.putUser({ ...user, license, version: user.version + 1 });
  }
  return { status: 200, body: { ...report, applied: !dryRun } };
};
