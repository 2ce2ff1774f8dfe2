// @ts-check
// Finds the waits in tests that would use a library's default timeout (Vitest's `expect.poll` and
// `vi.waitFor` wait 1 s, Testing Library's `waitFor` 1 s, Playwright's waits 30 s): on a loaded
// 2-core runner those are speed budgets, not hang detectors (decision 0013). Every wait must name
// its timeout, or go through a helper that does (`waitUntil` in waits.mjs, the story kit's
// `waitFor`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Calls that wait, and must be given `{ timeout }`. */
const WAITS = [
  /\bexpect\s*\.poll\(/g,
  /\bexpect\s*\.element\(/g,
  /\bvi\s*\.waitFor\(/g,
  /\bvi\s*\.waitUntil\(/g,
  /\.waitForSelector\(/g,
  /\.waitForFunction\(/g,
  /\.waitForEvent\(/g,
  /\.waitForURL\(/g,
  /\.waitForLoadState\(/g,
  /\.waitForResponse\(/g,
  /\.waitForRequest\(/g,
  /(?<![\w.])waitFor\(/g,
  // A Playwright locator's `waitFor`; the SDK's own poller (`customers.waitFor`) has its deadline.
  /(?<!customers|vi)\.waitFor\(/g,
];

/**
 * The text of the call that starts at `open` (the index of its opening parenthesis), up to the
 * matching closing one; strings, template literals and comments are skipped over.
 * @param {string} source
 * @param {number} open
 */
export function callText(source, open) {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
    } else if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 1;
      if (i <= 0) break;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return source.slice(open, i + 1);
  }
  return source.slice(open);
}

/**
 * `source` with the insides of comments and string literals blanked (same length, same lines), so
 * that a wait mentioned in a comment or a string is not taken for one.
 * @param {string} source
 */
export function maskCommentsAndStrings(source) {
  const out = source.split('');
  /** @param {number} from @param {number} to */
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') {
      const start = i;
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
      blank(start + 1, i);
    } else if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      blank(i, end < 0 ? source.length : end);
      if (end < 0) break;
      i = end;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      blank(i, end < 0 ? source.length : end + 2);
      if (end < 0) break;
      i = end + 1;
    }
  }
  return out.join('');
}

/**
 * Where `source` waits without a timeout of its own: `{ line, call }` for each.
 * - A story kit's own `waitFor` (imported from a module that ends in `kit.js`) passes one itself,
 *   and so does a `waitFor` the file defines (its body's wait is checked like any other).
 * - `expect.element(…)` is checked when it is awaited with a matcher (it polls like `expect.poll`).
 * @param {string} original
 */
export function waitsWithoutTimeout(original) {
  const source = maskCommentsAndStrings(original);
  const localWaitFor = /(?:\bconst|\blet|\bfunction)\s+waitFor\b/.test(source);
  const kitWaitFor = /import\s*\{[^}]*\bwaitFor\b[^}]*\}\s*from\s*'(?:[^']*kit\.js|@onramp\/story-kit)'/.test(
    original,
  );
  /** @type {{ line: number, call: string }[]} */
  const found = [];
  for (const pattern of WAITS) {
    for (const match of source.matchAll(pattern)) {
      const start = match.index ?? 0;
      const name = match[0].replace(/\($/, '').replace(/\s+/g, '');
      // The story kit's `waitFor`, or one the file defines itself: its own body is checked instead.
      if (name === 'waitFor' && (kitWaitFor || localWaitFor)) continue;
      const call = callText(source, start + match[0].length - 1);
      if (/\btimeout\b/.test(call)) continue;
      const line = source.slice(0, start).split('\n').length;
      found.push({ line, call: `${name}${call.replace(/\s+/g, ' ').slice(0, 100)}` });
    }
  }
  // A wait that counts tries (`for (let i = 0; i < 200; i++) { …; await sleep }`): each try takes
  // longer on a slow machine, so such a wait is shortest exactly when it needs to be longest.
  for (const match of source.matchAll(COUNTED_WAIT)) {
    const line = source.slice(0, match.index ?? 0).split('\n').length;
    found.push({ line, call: `counted wait: ${match[0].replace(/\s+/g, ' ').slice(0, 80)}` });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** A loop over a count of tries whose body sleeps (`setTimeout`) between them. */
const COUNTED_WAIT =
  /for\s*\(\s*let\s+\w+\s*=\s*0\s*;\s*\w+\s*<\s*[\w.]+[^;]*;[^)]*\)\s*\{?[^{}]{0,400}?setTimeout\(\s*resolve/g;

/** Test code: test files, stories, and the helpers in test folders and the Storybook app. */
const TEST_FILE = /\.(test|browser\.test|e2e\.test|stories)\.(ts|tsx|mjs)$/;

/**
 * Every test-code file under the workspace's packages and apps.
 * @param {string} root
 */
export function testCodeFiles(root) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} dir @param {boolean} inTests */
  const walk = (dir, inTests) => {
    for (const entry of readdirSync(dir)) {
      if (
        entry === 'node_modules' ||
        entry === 'dist' ||
        entry === 'fixtures' ||
        entry.startsWith('storybook-static')
      )
        continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path, inTests || entry === 'test' || entry === '.storybook');
      else if (/\.(ts|tsx|mjs)$/.test(entry) && (inTests || TEST_FILE.test(entry))) files.push(path);
    }
  };
  for (const folder of ['packages', 'apps']) {
    for (const pkg of readdirSync(join(root, folder))) {
      const dir = join(root, folder, pkg);
      if (!statSync(dir).isDirectory()) continue;
      walk(dir, pkg === 'storybook' && folder === 'apps');
    }
  }
  return files.map((file) => relative(root, file)).sort();
}

/**
 * Every wait without its own timeout in the workspace's test code, as `file:line call`.
 * @param {string} root
 */
export function findDefaultWaits(root) {
  return testCodeFiles(root).flatMap((file) =>
    waitsWithoutTimeout(readFileSync(join(root, file), 'utf8')).map(
      ({ line, call }) => `${file}:${line} ${call}`,
    ),
  );
}
