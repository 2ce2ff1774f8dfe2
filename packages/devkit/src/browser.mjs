// @ts-check
// Finding (or, as a last resort, installing) the Chromium that browser tests run in.
// Kept dependency-free: it runs before `pnpm install` on a fresh machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags for a headless Chromium on a locked-down CI machine with no network but loopback. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);

/** Where browsers live when a package manager installed them, per platform. */
export const SYSTEM_BROWSER_PATHS = Object.freeze({
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
});

export class BrowserNotFoundError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'BrowserNotFoundError';
  }
}

/**
 * @typedef {{ path: string, source: 'CHROME_PATH' | 'system' | 'playwright' }} FoundBrowser
 * @typedef {{
 *   env?: Record<string, string | undefined>,
 *   platform?: NodeJS.Platform,
 *   exists?: (path: string) => boolean,
 *   playwrightPath?: () => string | undefined,
 * }} FindOptions
 */

/**
 * Looks for a browser in the documented order. Pure apart from the injected probes.
 * An explicit CHROME_PATH that points nowhere is an error, not a reason to guess.
 * @param {FindOptions} [options]
 * @returns {FoundBrowser | undefined}
 */
export function findBrowser(options = {}) {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const platform = options.platform ?? process.platform;
  const playwrightPath = options.playwrightPath ?? playwrightChromiumPath;

  const explicit = env.CHROME_PATH?.trim();
  if (explicit) {
    if (!exists(explicit)) {
      throw new BrowserNotFoundError(
        `CHROME_PATH is set to "${explicit}", but no file is there. Point it at a Chromium or Chrome executable, or unset it.`,
      );
    }
    return { path: explicit, source: 'CHROME_PATH' };
  }
  const candidates = /** @type {Record<string, readonly string[]>} */ (SYSTEM_BROWSER_PATHS)[platform] ?? [];
  const system = candidates.find((candidate) => exists(candidate));
  if (system) return { path: system, source: 'system' };

  const ownDownload = playwrightPath();
  if (ownDownload && exists(ownDownload)) return { path: ownDownload, source: 'playwright' };
  return undefined;
}

/** Playwright's downloaded Chromium, when playwright is installed and has one. */
function playwrightChromiumPath() {
  try {
    const require = createRequire(import.meta.url);
    /** @type {{ chromium: { executablePath(): string } }} */
    const playwright = require('playwright');
    return playwright.chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** What to tell a person who has no browser and cannot have one installed for them. */
export function missingBrowserMessage(platform = process.platform) {
  const install =
    platform === 'linux'
      ? 'install Chromium with your package manager (Debian/Ubuntu: `sudo apt-get install -y chromium`)'
      : platform === 'darwin'
        ? 'install Google Chrome or Chromium (e.g. `brew install --cask chromium`)'
        : 'install Google Chrome';
  return [
    'Onramp runs its component tests in a real Chromium, and none was found.',
    `Either ${install},`,
    'or set CHROME_PATH to a Chromium/Chrome executable,',
    'or let Playwright download its own: `pnpm exec playwright install chromium`.',
  ].join('\n  ');
}

/**
 * Finds a browser; where none exists and this is a root shell on a Debian-like system, installs
 * Debian's `chromium` with apt. Otherwise throws a BrowserNotFoundError that says what to install.
 * @param {{ log?: (line: string) => void } & FindOptions} [options]
 * @returns {FoundBrowser}
 */
export function ensureBrowser(options = {}) {
  const log = options.log ?? ((line) => console.log(line));
  const found = findBrowser(options);
  if (found) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = (options.platform ?? process.platform) === 'linux' && existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) throw new BrowserNotFoundError(missingBrowserMessage(options.platform));

  log('onramp: no Chromium found; installing Debian\'s "chromium" package with apt-get (running as root)');
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: aptEnv });
    if (result.status !== 0) {
      throw new BrowserNotFoundError(
        `apt-get ${args.join(' ')} failed.\n  ${missingBrowserMessage('linux')}`,
      );
    }
  }
  const installed = findBrowser(options);
  if (!installed) throw new BrowserNotFoundError(missingBrowserMessage(options.platform));
  return installed;
}
