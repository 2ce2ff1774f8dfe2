/**
 * A local npm registry (Verdaccio) on 127.0.0.1 and a random free port, configured in a temporary
 * folder: its own storage and users, `@onramp/*` served only from what we publish (never the
 * public registry), everything else proxied to the public npm registry.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { answers, freePort, type Service, StepError, startService } from './process.js';

export interface Registry extends Service {
  /** A token that may publish. */
  token: string;
}

/** The public registry third-party packages come from (npm's own default unless configured). */
export const UPLINK = process.env.ONRAMP_CONSUMER_UPLINK ?? 'https://registry.npmjs.org/';

function verdaccioBin(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('verdaccio/package.json');
  const manifest = require(manifestPath) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : (manifest.bin.verdaccio ?? '');
  return join(dirname(manifestPath), bin);
}

/** Where the registry logs its warnings (uplink failures), read when an install fails. */
export const registryLog = (dir: string) => join(dir, 'verdaccio.log');

export function verdaccioConfig(storage: string, log: string, uplink = UPLINK): string {
  return `storage: ${JSON.stringify(storage)}
auth:
  htpasswd:
    file: ./htpasswd
    max_users: 10
uplinks:
  npmjs:
    url: ${JSON.stringify(uplink)}
    timeout: 120s
    max_fails: 10
    fail_timeout: 1m
packages:
  '@onramp/*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
    publish: $authenticated
    proxy: npmjs
web:
  enable: false
max_body_size: 200mb
log: { type: file, path: ${JSON.stringify(log)}, format: pretty, level: warn }
`;
}

export async function startRegistry(dir: string): Promise<Registry> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const config = join(dir, 'config.yaml');
  writeFileSync(config, verdaccioConfig(join(dir, 'storage'), registryLog(dir)));
  const url = `http://127.0.0.1:${port}/`;
  const service = await startService(
    'start the local registry (verdaccio)',
    process.execPath,
    [verdaccioBin(), '--config', config, '--listen', `127.0.0.1:${port}`],
    {
      cwd: dir,
      timeoutMs: 3 * 60_000,
      ready: async () => ((await answers(`${url}-/ping`)) ? url : undefined),
    },
  );
  try {
    return { ...service, token: await addUser(url) };
  } catch (error) {
    await service.stop();
    throw error;
  }
}

/** `npm adduser` without npm: one PUT that answers a token. */
async function addUser(url: string): Promise<string> {
  const name = 'onramp-release';
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `pw-${Date.now()}`, type: 'user', roles: [] }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string };
  if (!response.ok || !body.token)
    throw new StepError(
      `create a publishing user on the local registry: ${response.status} ${JSON.stringify(body)}`,
    );
  return body.token;
}
