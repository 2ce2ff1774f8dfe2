/**
 * Bulk-assign contact-center licenses to the users of a customer org from a CSV, with the org's own
 * CSV import: users missing from the org are added first, then one import (dry run, then applied)
 * gives each the Standard (`cc_standard`) or Premium (`cc_premium`) license its row asks for, and
 * every user is read back to check the result.
 *
 *   node dist/examples/bulk-licenses-from-csv.js [path/to/agents.csv]
 *
 * The CSV (your HR or WFM export) has an `email` column, `firstName`/`lastName`, and the two license
 * columns of the import template: "Webex Contact Center Standard" → Standard, "Webex Contact
 * Center" → Premium (decision 0003), each TRUE or FALSE. The org is ONRAMP_ORG ("Berlin Bakery" by
 * default, found by name among your customers). Exit code 1 when a row is refused (nothing is
 * changed then: the import is all or nothing) or when a user does not hold what was asked.
 */
import { readFile } from 'node:fs/promises';
import { type License, type User, ValidationError } from '@onramp/sdk';
import { onramp } from './env.js';

const STANDARD = 'Webex Contact Center Standard';
const PREMIUM = 'Webex Contact Center';

// 1. The agents file: one row per agent, cells by column name.
const csvPath = process.argv[2] ?? new URL('../../examples/data/agents.csv', import.meta.url);
const agents = parseCsv(await readFile(csvPath, 'utf8'));
const asked = (row: Record<string, string>): License | null =>
  isTrue(row[PREMIUM]) ? 'cc_premium' : isTrue(row[STANDARD]) ? 'cc_standard' : null;

// 2. The customer org, by name.
const orgName = process.env.ONRAMP_ORG ?? 'Berlin Bakery';
const org = (await onramp.organizations.list({ kind: 'customer', search: orgName })).items[0];
if (!org) throw new Error(`No customer org named like "${orgName}".`);
console.log(`org ${org.name}`);

// 3. Every agent must be a user of the org: add the missing ones (the import changes licenses only).
const members = new Map<string, User>();
for await (const user of onramp.users.list(org.id)) members.set(user.email.toLowerCase(), user);
for (const row of agents) {
  const email = (row.email ?? '').trim();
  if (members.has(email.toLowerCase())) continue;
  const user = await onramp.users.add(org.id, { email, firstName: row.firstName, lastName: row.lastName });
  members.set(email.toLowerCase(), user);
  console.log(`add    ${email}`);
}

// 4. The import file, in the org's own template: its header, then one row per agent with the
//    license cells filled and the read-only cells left empty ("no change").
const [header = ''] = (await onramp.users.importTemplate(org.id)).split(/\r?\n/);
const columns = splitCsvLine(header);
const lines = agents.map((row) =>
  columns
    .map((column, i) => (i === 0 ? row.email : column === STANDARD || column === PREMIUM ? row[column] : ''))
    .map((cell) => csvCell(cell ?? ''))
    .join(','),
);
const importFile = `${[header, ...lines].join('\n')}\n`;

// 5. A dry run says what would change and which rows would be refused (both licenses, none left,
//    not allowed…); the import applies all of it, or nothing if any row is refused.
const plan = await onramp.users.importCsv(org.id, importFile, { dryRun: true });
for (const row of plan.rows) {
  if (row.errors.length === 0)
    console.log(`plan   ${row.email}: ${row.previousLicense ?? 'none'} → ${row.license ?? 'none'}`);
  for (const problem of row.errors) console.log(`refuse row ${row.row} (${row.email}): ${problem.message}`);
}
if (plan.counts.errors > 0) {
  console.log(`nothing changed: ${plan.counts.errors} row(s) refused`);
  process.exitCode = 1;
} else {
  try {
    const report = await onramp.users.importCsv(org.id, importFile);
    console.log(`import applied: ${report.counts.changed} changed, ${report.counts.unchanged} unchanged`);
  } catch (error) {
    // Someone changed the org between the dry run and now (e.g. took the last license): the
    // server refuses the whole file and says why.
    if (!(error instanceof ValidationError)) throw error;
    console.log(`nothing changed: ${error.message}`);
    process.exitCode = 1;
  }
}

// 6. Read every agent back: the org's users are the truth, not the report.
const outcome = { assigned: 0, unlicensed: 0, wrong: 0 };
for (const row of agents) {
  const member = members.get((row.email ?? '').trim().toLowerCase());
  const user = member && (await onramp.users.get(org.id, member.id));
  const holds = user?.contactCenterLicense ?? null;
  const want = process.exitCode ? (member?.contactCenterLicense ?? null) : asked(row);
  if (holds !== want) outcome.wrong++;
  else if (holds) outcome.assigned++;
  else outcome.unlicensed++;
  console.log(
    `check  ${row.email}: ${holds ?? 'none'}${holds === want ? '' : ` (expected ${want ?? 'none'})`}`,
  );
}
if (outcome.wrong) process.exitCode = 1;
console.log(`done: ${outcome.assigned} licensed, ${outcome.unlicensed} without, ${outcome.wrong} wrong`);

function isTrue(value: string | undefined): boolean {
  return value?.trim().toUpperCase() === 'TRUE';
}

/** RFC 4180 fields of one line: commas inside double quotes, `""` for a quote. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...cells, cell];
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function parseCsv(text: string): Record<string, string>[] {
  const [head = '', ...rows] = text.trim().split(/\r?\n/);
  const names = splitCsvLine(head).map((name) => name.trim());
  return rows
    .filter((row) => row.trim() !== '')
    .map((row) => Object.fromEntries(splitCsvLine(row).map((cell, i) => [names[i], cell.trim()])));
}
