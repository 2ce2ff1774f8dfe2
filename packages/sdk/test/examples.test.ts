import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers.js';

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
function runExample(name: string, onLine: (line: string) => void = () => {}, target: TestServer = server) {
  return new Promise<{ code: number | null; lines: string[]; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [`dist/examples/${name}.js`], {
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

describe('examples, run against a standalone mock server', () => {
  it('onboard-customer: precheck, provision and wait, add subscribers', async () => {
    const { code, lines, stderr } = await runExample('onboard-customer');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lines).toContain('precheck: success');
    expect(lines).toContain('status: provisioned');
    expect(lines.at(-1)).toBe('done: 2 subscribers');
  });

  it('bulk-licenses-from-csv: one agent package per CSV row', async () => {
    const { code, lines, stderr } = await runExample('bulk-licenses-from-csv');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lines.filter((l) => l.startsWith('assign '))).toHaveLength(3);
    expect(lines.at(-1)).toBe('done: 3 assigned, 1 skipped, 0 failed');
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
    expect(statuses).toEqual(['pending_rpl_review', 'provisioning', 'provisioned']);
    expect(lines.at(-1)).toBe('done: provisioned');
  }, 20_000);
});
