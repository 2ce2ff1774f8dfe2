// @ts-check
// Shrinks the CSS inside the built widgets' `css` tagged templates (dist/**/*.js): comments and
// indentation go. The comments stay in src/, where they explain the styles; shipped, they were
// bytes every page paid for (the role editor's budget is 30 kB gzip with Lit: `pnpm bench`).
// Only the template's static text is touched: `${…}` interpolations are kept as they are.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The static CSS text between two interpolations, without indentation or blank lines (spaces next
 * to an interpolation on its line are kept: `0 ${x}` must not become `0${x}`).
 */
/** @param {string} text */
export function minifyCssText(text) {
  return text.replace(/\n\s*/g, '\n');
}

/**
 * Rewrites every css`…` template of a module's source. A template is scanned character by
 * character so that `${…}` (with nested braces and strings) is copied untouched.
 */
/** @param {string} source */
export function minifyCssTemplates(source) {
  let out = '';
  let i = 0;
  const tag = /\bcss\s*`/g;
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    const start = match.index + match[0].length;
    out += source.slice(i, start);
    let chunk = '';
    let j = start;
    while (j < source.length && source[j] !== '`') {
      if (source[j] === '\\') {
        chunk += source.slice(j, j + 2);
        j += 2;
      } else if (source[j] === '/' && source[j + 1] === '*') {
        // A CSS comment goes whole, with any `${…}` in it (a value nobody reads).
        const end = source.indexOf('*/', j + 2);
        j = end < 0 ? source.length : end + 2;
      } else if (source[j] === '$' && source[j + 1] === '{') {
        out += minifyCssText(chunk);
        chunk = '';
        let depth = 0;
        const from = j;
        for (; j < source.length; j++) {
          if (source[j] === '{') depth++;
          else if (source[j] === '}' && --depth === 0) break;
        }
        out += source.slice(from, j + 1);
        j++;
      } else chunk += source[j++];
    }
    out += minifyCssText(chunk);
    i = j;
    tag.lastIndex = j + 1;
  }
  return out + source.slice(i);
}

/** @param {string} dir @returns {Generator<string>} */
function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  let saved = 0;
  for (const file of jsFiles(dist)) {
    const source = readFileSync(file, 'utf8');
    if (!/\bcss\s*`/.test(source)) continue;
    const minified = minifyCssTemplates(source);
    saved += source.length - minified.length;
    if (minified !== source) writeFileSync(file, minified);
  }
  console.log(`minify-css: ${saved} characters of CSS comments and indentation removed from dist/`);
}
