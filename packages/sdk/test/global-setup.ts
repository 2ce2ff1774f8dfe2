import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The examples run as built JavaScript (Node 20 cannot run TypeScript) and a test inspects the
 * built runtime. `turbo run test` builds first; a bare `vitest run` builds here when dist is missing
 * or older than a source.
 */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  const built = ['dist/src/index.js', 'dist/examples/onramp-examples.stamp'];
  const stale =
    built.some((file) => !existsSync(file)) ||
    statSync(built[1] as string).mtimeMs < Math.max(newest('src'), newest('examples'));
  if (stale) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}
