/**
 * Bulk-assign contact-center agent licenses from a CSV: one wholesale subscriber per row, with the
 * Standard (`cx_standard_agent`) or Premium (`cx_premium_agent`) agent package the row asks for.
 *
 *   node dist/examples/bulk-licenses-from-csv.js [path/to/agents.csv]
 *
 * The CSV has the columns of the license import template: "Webex Contact Center Standard" →
 * Standard, "Webex Contact Center" → Premium (decision 0003). Rows asking for neither are skipped.
 *
 * Note: the designed users operations (`client.users.importCsv`, `client.users.setLicense`) do the
 * same for the users of a customer org; this example uses the wholesale subscribers, which the
 * mock server answers today.
 */
import { readFile } from 'node:fs/promises';
import { ConflictError, OnrampError, type SubscriberPackage } from '@onramp/sdk';
import { onramp, runId } from './env.js';

const csvPath = process.argv[2] ?? new URL('../../examples/data/agents.csv', import.meta.url);
const [header, ...lines] = (await readFile(csvPath, 'utf8')).trim().split(/\r?\n/);
const columns = (header ?? '').split(',');
const rows = lines.map((line) =>
  Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell.trim()])),
);

function packageOf(row: Record<string, string | undefined>): SubscriberPackage | undefined {
  const yes = (value: string | undefined) => value?.toUpperCase() === 'TRUE';
  if (yes(row['Webex Contact Center'])) return 'cx_premium_agent';
  if (yes(row['Webex Contact Center Standard'])) return 'cx_standard_agent';
  return undefined;
}

// A customer with agent seats to hand out.
const customer = await onramp.customers.createAndWait({
  provisioningId: `prov-csv-${runId}`,
  externalId: `crm-csv-${runId}`,
  packages: ['cx_standard_agent', 'cx_premium_agent'],
  address: {
    addressLine1: '1 Main Street',
    city: 'Austin',
    stateOrProvince: 'TX',
    zipOrPostalCode: '73301',
    country: 'US',
  },
  customerInfo: { name: 'Contact Center Co', primaryEmail: `owner-${runId}@cc.example.com` },
});
console.log(`customer ${customer.id} is ${customer.status}`);

const outcome = { assigned: 0, skipped: 0, failed: 0 };
for (const row of rows) {
  const pkg = packageOf(row);
  const email = (row.email ?? '').replace('@', `+${runId}@`);
  if (!pkg) {
    outcome.skipped++;
    console.log(`skip   ${email}: no contact-center license asked`);
    continue;
  }
  try {
    const subscriber = await onramp.subscribers.create({
      customerId: customer.id ?? '',
      email,
      packages: [pkg],
      provisioningParameters: { firstName: row.firstName, lastName: row.lastName },
    });
    outcome.assigned++;
    console.log(`assign ${subscriber.email}: ${pkg}`);
  } catch (error) {
    // One bad row does not stop the others; the typed error says what went wrong.
    if (!(error instanceof OnrampError)) throw error;
    outcome.failed++;
    const kind = error instanceof ConflictError ? 'conflict' : (error.reason ?? error.status);
    console.log(`fail   ${email}: ${kind}: ${error.message}`);
  }
}
console.log(`done: ${outcome.assigned} assigned, ${outcome.skipped} skipped, ${outcome.failed} failed`);
