import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORLD } from '@onramp/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let realTime: TestServer;
beforeAll(async () => {
  // Standalone mock servers: at ×600, 3 virtual minutes of provisioning take 0.3 s; at the default
  // ×60 they take 3 s, long enough for the RPL example's one-second polls to see `provisioning`.
  server = await startTestServer({ speed: 600 });
  realTime = await startTestServer({ speed: 60 });
});
afterAll(async () => {
  await server.close();
  await realTime.close();
});

/** Runs a built example as a user would (`node dist/examples/…`), calling `onLine` per output line. */
function runExample(
  name: string,
  onLine: (line: string) => void = () => {},
  target: TestServer = server,
  args: string[] = [],
) {
  return new Promise<{ code: number | null; lines: string[]; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [`dist/examples/${name}.js`, ...args], {
      env: { ...process.env, ONRAMP_BASE_URL: target.url, ONRAMP_TOKEN: 'partner-full-admin' },
    });
    const lines: string[] = [];
    let stderr = '';
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        lines.push(line);
        onLine(line);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('exit', (code) => resolve({ code, lines, stderr }));
  });
}

// Each example is a Node process of its own: its start-up alone takes seconds on a loaded CI runner
// (2 cores shared with every other package's tests). The timeout is room for that, not a budget;
// an example that hangs still fails.
describe('examples, run against a standalone mock server', { timeout: 90_000 }, () => {
  it('onboard-customer: precheck, provision and wait, add subscribers', async () => {
    const { code, lines, stderr } = await runExample('onboard-customer');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lines).toContain('precheck: success');
    expect(lines).toContain('status: provisioned');
    // The two it adds, and the first full admin, who holds the customer's package level (DOMAIN §3).
    expect(lines.at(-1)).toBe('done: 3 subscribers');
  });

  it('bulk-licenses-from-csv: adds the missing agents, imports their licenses, checks each user', async () => {
    server.app.reset();
    const { code, lines, stderr } = await runExample('bulk-licenses-from-csv');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lines.filter((l) => l.startsWith('add '))).toHaveLength(4);
    expect(lines).toContain('plan   anna.schmidt@berlin-bakery.example.com: cc_standard → cc_premium');
    expect(lines).toContain('import applied: 4 changed, 1 unchanged');
    expect(lines.at(-1)).toBe('done: 4 licensed, 1 without, 0 wrong');
    // The server agrees: the org's users hold what the CSV asked for.
    const { client } = clientFor(server);
    const licenses = new Map<string, string | null>();
    for await (const user of client.users.list(WORLD.provisionedCustomer))
      licenses.set(user.email, user.contactCenterLicense ?? null);
    expect(licenses.get('ada.lovelace@berlin-bakery.example.com')).toBe('cc_standard');
    expect(licenses.get('grace.hopper@berlin-bakery.example.com')).toBe('cc_premium');
    expect(licenses.get('alan.turing@berlin-bakery.example.com')).toBe('cc_standard');
    expect(licenses.get('edsger.dijkstra@berlin-bakery.example.com')).toBeNull();
    expect(licenses.get('anna.schmidt@berlin-bakery.example.com')).toBe('cc_premium');
  });

  it('bulk-licenses-from-csv: a refused row changes no license and exits 1, saying why', async () => {
    server.app.reset();
    const dir = mkdtempSync(join(tmpdir(), 'onramp-csv-'));
    const file = join(dir, 'agents.csv');
    writeFileSync(
      file,
      [
        'email,firstName,lastName,Webex Contact Center Standard,Webex Contact Center',
        'ben.weber@berlin-bakery.example.com,Ben,Weber,TRUE,FALSE',
        'anna.schmidt@berlin-bakery.example.com,Anna,Schmidt,TRUE,TRUE',
      ].join('\n'),
    );
    try {
      const { code, lines, stderr } = await runExample('bulk-licenses-from-csv', undefined, server, [file]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      expect(lines).toContain(
        'refuse row 3 (anna.schmidt@berlin-bakery.example.com): A user holds only one contact-center license.',
      );
      expect(lines).toContain('nothing changed: 1 row(s) refused');
      expect(lines.at(-1)).toBe('done: 2 licensed, 0 without, 0 wrong');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const { client } = clientFor(server);
    const ben = (await client.users.list(WORLD.provisionedCustomer, { search: 'ben.weber' })).items[0];
    expect(ben?.contactCenterLicense).toBe('cc_premium');
  });

  it('rpl-review: pending_rpl_review, then (clock advanced) provisioning and provisioned', async () => {
    const { code, lines, stderr } = await runExample(
      'rpl-review',
      (line) => {
        // The reviewer approves within the hour: jump the mock's virtual clock past it.
        if (line.startsWith('review: pending')) realTime.app.clock.advance(61 * 60_000);
      },
      realTime,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const statuses = lines.filter((l) => l.startsWith('status: ')).map((l) => l.split(' ')[1]);
    // Time travel is exact (decisions/0024): provisioning's 3 minutes run from the review's own
    // decision, so the jump may already be past them when the example polls again.
    expect(statuses.filter((status) => status !== 'provisioning')).toEqual([
      'pending_rpl_review',
      'provisioned',
    ]);
    expect(lines.at(-1)).toBe('done: provisioned');
  });
});
