/** The consumer projects' own files live in `fixtures/<app>/`, as a partner would write them. */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Every file of a fixture app, as relative path → contents. */
export function fixtureFiles(app: string): Record<string, string> {
  const root = join(fixturesDir, app);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else files[path] = readFileSync(join(root, path), 'utf8');
    }
  };
  walk('');
  return files;
}

export const copyFolder = (from: string, to: string) => cpSync(from, to, { recursive: true });
