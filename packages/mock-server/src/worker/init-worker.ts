import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/**
 * Copies MSW's `mockServiceWorker.js`, from the msw this package runs with (so the worker and
 * `setupWorker` are the same version), into `dir`, which is created if needed. Returns the path written.
 */
export function initWorker(dir: string): string {
  const source = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
  const target = join(resolve(dir), 'mockServiceWorker.js');
  mkdirSync(resolve(dir), { recursive: true });
  copyFileSync(source, target);
  return target;
}
