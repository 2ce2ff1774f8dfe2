// @ts-check
// Part of the build, after `cem analyze`: the manifest's module paths name what the package ships
// and a consumer imports (dist/**/*.js), not the TypeScript sources it was read from (src/**/*.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `src/role-editor/role-editor.ts` → `dist/role-editor/role-editor.js`; anything else as it is. */
/** @param {unknown} value @returns {unknown} */
export function toDistPaths(value) {
  if (typeof value === 'string') return value.replace(/^\/?src\/(.+)\.ts$/, 'dist/$1.js');
  if (Array.isArray(value)) return value.map(toDistPaths);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toDistPaths(item)]));
  return value;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = fileURLToPath(new URL('../custom-elements.json', import.meta.url));
  writeFileSync(file, `${JSON.stringify(toDistPaths(JSON.parse(readFileSync(file, 'utf8'))), null, 2)}\n`);
}
