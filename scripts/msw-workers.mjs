// MSW's service worker script, copied from the installed msw into the folders each app lists under
// `msw.workerDirectory` in its package.json (`public/`): generated at `pnpm install`, never
// committed, and always the worker of the msw the app runs with. (pnpm runs no install scripts of
// dependencies, so msw's own postinstall, which would do this, does not run.)
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (const app of readdirSync(join(root, 'apps'))) {
  const manifest = join(root, 'apps', app, 'package.json');
  if (!existsSync(manifest)) continue;
  const folders = [JSON.parse(readFileSync(manifest, 'utf8')).msw?.workerDirectory ?? []].flat();
  if (folders.length === 0) continue;
  const worker = createRequire(manifest).resolve('msw/mockServiceWorker.js');
  for (const folder of folders) {
    const target = join(root, 'apps', app, folder, 'mockServiceWorker.js');
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(worker, target);
    console.log(`msw worker → ${relative(root, target)}`);
  }
}
