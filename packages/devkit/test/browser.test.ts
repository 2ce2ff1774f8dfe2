import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser, missingBrowserMessage } from '../src/browser.mjs';

const onDisk =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);
const noPlaywright = () => undefined;

describe('findBrowser', () => {
  it('prefers CHROME_PATH over everything else', () => {
    const found = findBrowser({
      env: { CHROME_PATH: '/opt/chrome/chrome' },
      platform: 'linux',
      exists: onDisk('/opt/chrome/chrome', '/usr/bin/chromium'),
      playwrightPath: () => '/pw/chrome',
    });
    expect(found).toEqual({ path: '/opt/chrome/chrome', source: 'CHROME_PATH' });
  });

  it('refuses a CHROME_PATH that points at nothing instead of guessing', () => {
    const attempt = () =>
      findBrowser({ env: { CHROME_PATH: '/nope' }, platform: 'linux', exists: onDisk('/usr/bin/chromium') });
    expect(attempt).toThrow(BrowserNotFoundError);
    expect(attempt).toThrow(/CHROME_PATH is set to "\/nope"/);
  });

  it('takes the first system browser of the platform', () => {
    const found = findBrowser({
      env: {},
      platform: 'linux',
      exists: onDisk('/usr/bin/google-chrome', '/usr/bin/chromium'),
      playwrightPath: noPlaywright,
    });
    expect(found).toEqual({ path: '/usr/bin/chromium', source: 'system' });
  });

  it("falls back to Playwright's own download when it exists", () => {
    const found = findBrowser({
      env: {},
      platform: 'linux',
      exists: onDisk('/pw/chrome'),
      playwrightPath: () => '/pw/chrome',
    });
    expect(found).toEqual({ path: '/pw/chrome', source: 'playwright' });
  });

  it('finds nothing when nothing is there (Playwright path known but not downloaded)', () => {
    expect(
      findBrowser({ env: {}, platform: 'darwin', exists: onDisk(), playwrightPath: () => '/pw/chrome' }),
    ).toBeUndefined();
  });

  it('ignores an empty CHROME_PATH', () => {
    const found = findBrowser({
      env: { CHROME_PATH: '  ' },
      platform: 'linux',
      exists: onDisk('/usr/bin/chromium'),
      playwrightPath: noPlaywright,
    });
    expect(found?.source).toBe('system');
  });
});

describe('missingBrowserMessage', () => {
  it('names the exact install command on Linux and every alternative', () => {
    const message = missingBrowserMessage('linux');
    expect(message).toContain('sudo apt-get install -y chromium');
    expect(message).toContain('CHROME_PATH');
    expect(message).toContain('playwright install chromium');
  });

  it('names a macOS install', () => {
    expect(missingBrowserMessage('darwin')).toContain('brew install --cask chromium');
  });
});
