import { type ChildProcess, fork, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDir } from '../report.js';
import { sleep } from '../stats.js';
import type { ChildMessage, CpuSample, ParentMessage } from './server-child.js';

/** A server under test, in a child process: `origin` is `http://127.0.0.1:<port>`. */
export interface Target {
  name: string;
  origin: string;
  /** The API's base path on this server (`/v1` for the mock, none for Prism). */
  basePath: string;
  pid: number | undefined;
  /** Back to the seed between runs (the mock's store grows with every create). */
  reset(): Promise<void>;
  stop(): Promise<void>;
  /** Start counting the server's CPU time; `cpuStop` answers it per request (not for Prism). */
  cpuStart?(): void;
  cpuStop?(): Promise<CpuSample>;
}

const childScript = resolve(dirname(fileURLToPath(import.meta.url)), 'server-child.js');

function waitFor<T extends ChildMessage['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no "${type}" from the child within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: ChildMessage) => {
      if (message.type !== type) return;
      cleanup();
      resolvePromise(message as Extract<ChildMessage, { type: T }>);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`the child exited (code ${code}) before "${type}"`));
    };
    function cleanup() {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    }
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

function stopChild(child: ChildProcess, message?: ParentMessage): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
    if (message && child.connected) child.send(message);
    else child.kill('SIGTERM');
  });
}

/** `mock` (startMockServer from @onramp/mock-server/node) or `bare` (node:http with recorded bytes). */
export async function startChildServer(
  name: string,
  kind: 'mock' | 'bare' | 'lean',
  argument: string,
  execArgv: string[] = [],
  env: Record<string, string> = {},
): Promise<Target> {
  const child = fork(childScript, [kind, argument], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv,
    env: { ...process.env, ...env },
  });
  const { port } = await waitFor(child, 'ready', 30_000);
  return {
    name,
    origin: `http://127.0.0.1:${port}`,
    basePath: '/v1',
    pid: child.pid,
    async reset() {
      child.send({ type: 'reset' } satisfies ParentMessage);
      await waitFor(child, 'reset-done', 10_000);
    },
    stop: () => stopChild(child, { type: 'stop' }),
    cpuStart() {
      child.send({ type: 'cpu-start' } satisfies ParentMessage);
    },
    async cpuStop() {
      const reply = waitFor(child, 'cpu', 10_000);
      child.send({ type: 'cpu-stop' } satisfies ParentMessage);
      return (await reply).sample;
    },
  };
}

/** User and system CPU of a process from /proc (Linux), in µs; undefined elsewhere. */
function procCpu(pid: number | undefined): { user: number; system: number } | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), in clock ticks (100 per second on Linux).
    const tick = 1e6 / 100;
    return { user: Number(fields[11]) * tick, system: Number(fields[12]) * tick };
  } catch {
    return undefined;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

export function prismVersion(): string {
  const manifest = JSON.parse(
    readFileSync(resolve(benchDir, 'node_modules/@stoplight/prism-cli/package.json'), 'utf8'),
  ) as { version: string; bin: Record<string, string> };
  return manifest.version;
}

/** Prism's CPU from /proc; `requests` is left 0 for the caller to fill from the load generator. */
function prismCpu(pid: number | undefined): Pick<Target, 'cpuStart' | 'cpuStop'> {
  if (!procCpu(pid)) return {};
  let start = { user: 0, system: 0 };
  return {
    cpuStart() {
      start = procCpu(pid) ?? start;
    },
    async cpuStop() {
      const now = procCpu(pid) ?? start;
      return { requests: 0, userUs: now.user - start.user, systemUs: now.system - start.system };
    },
  };
}

/**
 * `prism mock` on the bundled contract, as a child process. Logging is set to `error` (Prism logs
 * every request at `info`, which would slow it down: this is Prism at its fastest).
 */
export async function startPrism(
  openapiPath: string,
  probe: { path: string; headers: Record<string, string> },
): Promise<Target> {
  const prismDir = resolve(benchDir, 'node_modules/@stoplight/prism-cli');
  const manifest = JSON.parse(readFileSync(resolve(prismDir, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  const bin = resolve(prismDir, manifest.bin.prism ?? 'dist/index.js');
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [bin, 'mock', '-h', '127.0.0.1', '-p', String(port), '-v', 'error', openapiPath],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${origin}${probe.path}`, { headers: probe.headers });
      await response.arrayBuffer();
      if (response.status < 500) {
        return {
          name: `Prism ${prismVersion()}`,
          origin,
          basePath: '',
          pid: child.pid,
          reset: async () => {},
          stop: () => stopChild(child),
          ...prismCpu(child.pid),
        };
      }
      lastError = `status ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  await stopChild(child);
  throw new Error(
    `Prism did not start (${child.exitCode !== null ? `exited with ${child.exitCode}` : `last probe: ${lastError}`}): ${output.trim().split('\n').slice(-5).join(' / ')}`,
  );
}
