import type {
  ErrorDetail,
  License,
  UserImportReport,
  UserImportRow,
  UserImportRowError,
} from '@onramp/contract';
import { type Actor, CSV_LICENSE_COLUMNS, can, canSee, licenseAfterCsvRow } from '@onramp/domain';
import { relationOf, rolesIn, targetIn } from '../../glue/actors.js';
import { displayNameOf } from '../../store/directory.js';
import type { Store } from '../../store/store.js';
import type { StoredOrg, StoredUser } from '../../store/types.js';
import { authorize } from '../access.js';
import { fail, type Handler, isFailure, newTrackingIdForImport } from '../reply.js';
import { formatCsv, parseCsv } from './csv.js';
import { licenseLeft } from './write.js';

const EMAIL = 'User ID/Email (Required)';
/** Read-only columns of the template, with the user's value (DOMAIN §2.3: only licenses change). */
const READ_ONLY: Record<string, (user: StoredUser) => string> = {
  'First Name': (user) => user.firstName,
  'Last Name': (user) => user.lastName,
  'Display Name': (user) => displayNameOf(user),
  'User Status': (user) => user.status,
};
const LICENSE_COLUMNS = Object.keys(CSV_LICENSE_COLUMNS);
export const TEMPLATE_COLUMNS = [EMAIL, ...Object.keys(READ_ONLY), ...LICENSE_COLUMNS];

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
    raw: { contentType: 'text/csv; charset=utf-8', data: formatCsv([TEMPLATE_COLUMNS, ...rows]) },
  };
};

/** The domain's CSV refusals in the contract's words. */
const CSV_REASON = { invalid_enum: 'invalid_boolean', one_license_only: 'both_licenses' } as const;

interface Plan {
  report: UserImportReport;
  changes: { user: StoredUser; license: License | null }[];
}

/** Reads every row and decides what would change; nothing is written here. */
function plan(
  store: Store,
  actor: Actor,
  org: StoredOrg,
  header: string[],
  rows: string[][],
  dryRun: boolean,
): Plan {
  const seen = new Set<string>();
  const planned = new Map<string, number>();
  const changes: Plan['changes'] = [];
  const reportRows: UserImportRow[] = rows.map((cells, index) => {
    const rowNumber = index + 2;
    const row = Object.fromEntries(header.map((column, i) => [column, cells[i] ?? '']));
    const errors: UserImportRowError[] = [];
    const error = (column: string | null, message: string, reason: UserImportRowError['reason']) =>
      errors.push({ row: rowNumber, column, message, reason });
    const email = (row[EMAIL] ?? '').trim();
    const user = email ? store.directory.userByEmail(email) : undefined;
    const member =
      user &&
      user.orgId === org.id &&
      canSee(actor, { relation: relationOf(user.orgId, org), roles: rolesIn(store, user, org) });
    if (!email) error(EMAIL, 'Every row needs the user e-mail.', 'missing_email');
    else if (seen.has(email.toLowerCase())) error(EMAIL, `${email} is in the file twice.`, 'duplicate_user');
    else if (!user || !member) error(EMAIL, `${email} is not a user of this organization.`, 'user_not_found');
    seen.add(email.toLowerCase());
    let license: License | null = null;
    if (user && member) {
      for (const [column, value] of Object.entries(READ_ONLY))
        if (column in row && (row[column] ?? '').trim() !== value(user))
          error(
            column,
            `"${column}" cannot be changed by the import; keep "${value(user)}".`,
            'column_not_editable',
          );
      const result = licenseAfterCsvRow(user.license, row);
      if ('error' in result) error(result.error.column, result.error.message, CSV_REASON[result.error.code]);
      else license = result.license;
      if (errors.length === 0 && license !== user.license) {
        const decision = can(actor, 'edit_licenses', { user: targetIn(store, user, org) });
        if (!decision.allowed) error(null, decision.message, decision.reason);
        else if (license && !licenseLeft(store, org, license, planned.get(license) ?? 0))
          error(null, `No ${license} license is left.`, 'license_limit_reached');
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
      row: rowNumber,
      email: email || null,
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
  const rows = parseCsv(rawBody ?? '');
  const header = rows?.[0]?.map((cell) => cell.trim());
  const unknown = header?.filter((column) => !TEMPLATE_COLUMNS.includes(column)) ?? [];
  if (!rows || !header?.includes(EMAIL) || unknown.length > 0 || rows.length > 10_001) {
    const why = !rows
      ? 'a quoted field is not closed'
      : unknown.length > 0
        ? `unknown column(s): ${unknown.join(', ')}`
        : rows.length > 10_001
          ? 'more than 10,000 rows'
          : `the header must have "${EMAIL}"`;
    return fail(400, 'csv_invalid', `The file cannot be read as the users CSV template: ${why}.`, 'body');
  }
  const dryRun = query.dryRun === true;
  const { report, changes } = plan(store, access.actor, access.org, header, rows.slice(1), dryRun);
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
