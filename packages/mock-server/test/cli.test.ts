import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOOK_MS } from '@onramp/devkit/waits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStateFile } from '../src/node/state-file.js';
import { US_ADDRESS } from './customers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');

/** Starts `onramp-mock`, resolves with its URL once it listens; collects its output. */
function start(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], { cwd: root });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    // Room for a loaded runner (a Node process starting beside every other package's tests): a
    // soak run at load average 30 saw a start take more than 45 s.
    const timer = setTimeout(() => reject(new Error(`no start line:\n${output}`)), HOOK_MS);
    child.stdout?.on('data', () => {
      // The whole start line (it may arrive in two chunks): it names the state file it loaded.
      const url = /on (http:\/\/\S+\/v1) \(.*\)\n/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, output: () => output });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

const auth = { authorization: 'Bearer partner-full-admin', 'content-type': 'application/json' };

// Every test starts Node processes: room for a loaded CI runner (2 cores shared with every other
// package's tests), not a budget. A CLI that hangs still fails.
describe('onramp-mock CLI', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'onramp-mock-'));
  const state = join(dir, 'state.json');
  const running: ChildProcess[] = [];

  beforeAll(() => {
    // The CLI runs from dist/: turbo builds before `test`; a plain `vitest run` rebuilds if stale.
    const built = existsSync(cli) ? statSync(cli).mtimeMs : 0;
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' });
    if (sources.every((file) => statSync(join(root, 'src', file)).mtimeMs <= built)) return;
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root });
  }, 120_000);
  afterAll(() => {
    for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('serves, logs each request, saves its state on SIGTERM and loads it after a restart', async () => {
    const first = await start(['--scenario', 'default', '--speed', '0', '--state', state]);
    running.push(first.child);
    expect((await fetch(`${first.url}/me`, { headers: auth })).status).toBe(200);
    const trial = await fetch(`${first.url}/trials`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        customerName: 'Restart Bistro',
        customerAdminEmail: 'rita@restart.example.com',
        services: ['contact_center'],
        trialDays: 14,
        country: 'US',
      }),
    }).then((r) => r.json());
    expect(trial.id).toMatch(/^trial_/);
    const control = first.url.replace(/\/v1$/, '/_mock');
    expect((await fetch(`${control}/clock`)).status).toBe(200);
    expect(await stop(first.child, 'SIGTERM')).toBe(0);
    expect(first.output()).toMatch(/GET \/v1\/me → 200 \(\d+ ms\)/);
    expect(first.output()).toMatch(/POST \/v1\/trials → 201/);
    expect(first.output()).toContain('state saved');
    expect(existsSync(state)).toBe(true);
    expect(JSON.parse(readFileSync(state, 'utf8')).scenario).toBe('default');

    const second = await start(['--state', state, '--quiet']);
    running.push(second.child);
    const again = await fetch(`${second.url}/trials/${trial.id}`, { headers: auth });
    expect(again.status).toBe(200);
    expect((await again.json()).customerName).toBe('Restart Bistro');
    const outbox = await fetch(
      `${second.url.replace(/\/v1$/, '')}/_mock/outbox?to=rita@restart.example.com`,
    ).then((r) => r.json());
    expect(outbox.items).toHaveLength(1);
    expect(await stop(second.child, 'SIGINT')).toBe(0);
  });

  it('starts with a fault rule from --fault: the next create loses its answer, a keyed retry replays it', async () => {
    const run = await start([
      '--speed',
      '0',
      '--fault',
      'provisionWholesaleCustomer={"loseAnswer":true,"times":1}',
    ]);
    running.push(run.child);
    const create = () =>
      fetch(`${run.url}/wholesale/customers`, {
        method: 'POST',
        headers: { ...auth, 'idempotency-key': 'cli-lost-1' },
        body: JSON.stringify({
          provisioningId: 'cli',
          packages: ['webex_calling'],
          externalId: 'cli-lost-1',
          address: US_ADDRESS,
        }),
      });
    await expect(create()).rejects.toThrow(TypeError);
    const retry = await create();
    expect(retry.status).toBe(202);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await stop(run.child, 'SIGTERM')).toBe(0);
    // The log line is written after the socket is destroyed: read it once the server has stopped.
    expect(run.output()).toMatch(/POST \/v1\/wholesale\/customers → 202, answer lost \(fault\)/);
    expect(run.output()).toContain('Faults: provisionWholesaleCustomer {"loseAnswer":true,"times":1}');
  });

  it('refuses an invalid --fault with the reason', () => {
    expect(() =>
      execFileSync(process.execPath, [cli, '--fault', 'getMe={"loseAnswer":"yes"}'], { stdio: 'pipe' }),
    ).toThrow(/loseAnswer must be true or false/);
    expect(() => execFileSync(process.execPath, [cli, '--fault', 'getMe=drop'], { stdio: 'pipe' })).toThrow(
      /the rule is not JSON/,
    );
    expect(() =>
      execFileSync(process.execPath, [cli, '--fault', 'getMee={"drop":true}'], { stdio: 'pipe' }),
    ).toThrow(/no operation is named or found at "getMee"/);
  });

  it('refuses an unknown scenario', () => {
    expect(() => execFileSync(process.execPath, [cli, '--scenario', 'nope'], { stdio: 'pipe' })).toThrow(
      /Unknown scenario/,
    );
  });

  it.each([
    ['empty', () => ''],
    ['truncated', (good: string) => good.slice(0, Math.floor(good.length * 0.7))],
    ['{}', () => '{}'],
    ['garbage', () => '\u0000\u00ff garbage '.repeat(50_000)],
  ])(
    'refuses a %s state file with one line naming it and how to start fresh; the file is kept',
    (_, content) => {
      const good = readFileSync(state, 'utf8');
      const file = join(dir, `bad-${_.replace(/\W/g, '')}.json`);
      const text = content(good);
      writeFileSync(file, text);
      let stderr = '';
      let status: number | null = 0;
      try {
        execFileSync(process.execPath, [cli, '--port', '0', '--state', file], {
          stdio: 'pipe',
          encoding: 'utf8',
        });
      } catch (error) {
        ({ stderr, status } = error as { stderr: string; status: number | null });
      }
      expect(status).toBe(2);
      const lines = stderr.trim().split('\n');
      expect(lines, stderr.slice(0, 2000)).toHaveLength(1);
      expect(lines[0]).toContain(`cannot load the state file ${file}: it `);
      expect(lines[0]).toMatch(
        /to start fresh and keep it, move it aside \(mv '.+' '.+\.corrupt-\d{8}T\d{6}Z'\)/,
      );
      expect(lines[0]?.length).toBeLessThan(500);
      expect(readFileSync(file, 'utf8')).toBe(text);
    },
  );

  it('writes atomically: killed (SIGKILL) during a write burst 20 times, it always restarts from a valid file', async () => {
    const file = join(dir, 'burst.json');
    let midWrite = 0;
    let loaded = 0;
    let child: ChildProcess | undefined;
    for (let round = 0; round < 20; round++) {
      const saved = existsSync(file);
      const run = await start(['--speed', '0', '--quiet', '--state', file]);
      child = run.child;
      running.push(child);
      if (saved) {
        expect(run.output(), `round ${round} loaded the state`).toContain(`state from ${file}`);
        loaded++;
      }
      // Creates from four clients until the kill; each change schedules a save.
      let stopped = false;
      const worker = async (id: number) => {
        for (let n = 0; !stopped; n++) {
          await fetch(`${run.url}/wholesale/customers`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({
              provisioningId: 'burst',
              packages: ['webex_calling'],
              externalId: `burst-${round}-${id}-${n}`,
              address: { addressLine1: '1 Main St', city: 'Austin', country: 'US' },
            }),
          }).catch(() => undefined);
        }
      };
      const workers = [0, 1, 2, 3].map(worker);
      const tick = () => new Promise((resolve) => setImmediate(resolve));
      // The first round waits for a first complete save, so every later round has a file to keep
      // (killing each first write would prove nothing: there would never be a file).
      for (const until = Date.now() + 60_000; !existsSync(file) && Date.now() < until; ) await tick();
      // Kill as soon as a write is under way (its temporary file exists), or after a while anyway.
      const deadline = Date.now() + 5_000;
      while (!existsSync(`${file}.tmp`) && Date.now() < deadline) await tick();
      if (existsSync(`${file}.tmp`)) midWrite++;
      await stop(child, 'SIGKILL');
      stopped = true;
      await Promise.all(workers);
      const read = readStateFile(file);
      // Until a first save completes there is no file: the next run starts fresh, as it should.
      if (!saved && 'missing' in read) continue;
      expect(read, `round ${round}: the file is a valid state`).toHaveProperty('state');
    }
    // The kills did land inside writes (a temporary file was being written), not only between them.
    expect(midWrite).toBeGreaterThan(0);
    expect(loaded).toBeGreaterThan(0);
  }, 1_200_000);
});
