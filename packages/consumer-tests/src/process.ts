/**
 * Running the commands of a consumer's first hour: each is a named step whose failure says which
 * step failed, the command, and the tail of its output. Every process started here is tracked so
 * that `stopAll()` (afterAll / global teardown) ends it, even when a test failed half-way.
 */
import { type ChildProcess, spawn } from 'node:child_process';

/** Minutes, not seconds: a timeout only detects a hang on a loaded 2-core runner (decision 0013). */
export const STEP_TIMEOUT_MS = 10 * 60_000;
const TAIL_LINES = 40;
const KEEP_CHARS = 200_000;

export class StepError extends Error {
  override name = 'StepError';
}

export interface StepOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

const running = new Set<ChildProcess>();

/**
 * The environment of a consumer's shell: ours, without what `pnpm run`, Turborepo and Vitest add
 * (every `npm_*` / `PNPM_*` variable would steer npm, e.g. its registry; Vitest's `NODE_ENV=test`
 * would make `vite build` a development build, with Lit's dev bundle).
 */
export function consumerEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|TURBO_|VITEST|NODE_OPTIONS$|NODE_ENV$|TEST$|INIT_CWD$)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

export function tail(output: string, lines = TAIL_LINES): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}

function describe(command: string, args: readonly string[]): string {
  return [command, ...args].map((part) => (/\s/.test(part) ? JSON.stringify(part) : part)).join(' ');
}

function launch(command: string, args: readonly string[], options: StepOptions) {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? consumerEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it also stops what it started (npx → node).
    detached: process.platform !== 'win32',
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > KEEP_CHARS) output = output.slice(-KEEP_CHARS);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return { child, output: () => output };
}

function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Runs a command to its end; resolves with its output, rejects with a StepError naming `step`. */
export function runStep(
  step: string,
  command: string,
  args: readonly string[],
  options: StepOptions,
): Promise<string> {
  const timeoutMs = options.timeoutMs ?? STEP_TIMEOUT_MS;
  const { child, output } = launch(command, args, options);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      kill(child, 'SIGKILL');
      reject(
        new StepError(
          `${step}: \`${describe(command, args)}\` did not finish within ${timeoutMs / 60_000} min (in ${options.cwd}); last output:\n${tail(output())}`,
        ),
      );
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new StepError(`${step}: \`${describe(command, args)}\` could not start: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output());
      else
        reject(
          new StepError(
            `${step}: \`${describe(command, args)}\` exited with ${code ?? signal} (in ${options.cwd}); last output:\n${tail(output())}`,
          ),
        );
    });
  });
}

export interface Service {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts a long-running process and waits until `ready(output)` answers a URL (polled), or fails
 * with the step's name if it exits first or never gets ready.
 */
export async function startService(
  step: string,
  command: string,
  args: readonly string[],
  options: StepOptions & { ready: (output: string) => Promise<string | undefined> },
): Promise<Service> {
  const timeoutMs = options.timeoutMs ?? 3 * 60_000;
  const { child, output } = launch(command, args, options);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    kill(child, 'SIGTERM');
    const timer = setTimeout(() => kill(child, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new StepError(
        `${step}: \`${describe(command, args)}\` exited with ${child.exitCode ?? child.signalCode} before it was ready; last output:\n${tail(output())}`,
      );
    const url = await options.ready(output()).catch(() => undefined);
    if (url) return { url, output, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new StepError(
    `${step}: \`${describe(command, args)}\` was not ready within ${timeoutMs / 60_000} min; last output:\n${tail(output())}`,
  );
}

/** Stops every process still running (afterAll, global teardown). */
export async function stopAll(): Promise<void> {
  const children = [...running];
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          kill(child, 'SIGTERM');
          setTimeout(() => {
            kill(child, 'SIGKILL');
            resolve();
          }, 10_000).unref();
        }),
    ),
  );
}

/** A port that was free a moment ago on loopback. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `url` answers 2xx. */
export async function answers(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  await response.arrayBuffer();
  return response.ok;
}
