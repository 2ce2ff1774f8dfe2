/**
 * Scenarios 3, 4 and 5 of issue 16, in one npm project outside the workspace ("partner-portal"):
 * a Vite vanilla-TS app (the package root, and the per-widget entries) and a React 19 app with the
 * in-browser mock, built for production, served and opened in Chromium; a page with no bundler
 * that loads the self-contained per-widget builds from a CDN URL; the READMEs' `runnable=page`
 * snippets; and the gzip sizes of each widget entry in this Vite's production build.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { deepText, expectWidgetText, launchChromium, openPage, PAGE_WAIT_MS } from '../src/browser.js';
import { fixtureFiles } from '../src/fixtures.js';
import { startStandaloneMock } from '../src/mock.js';
import { runStep, type Service, stopAll } from '../src/process.js';
import { createProject, npmEnv, npmInstall } from '../src/project.js';
import { readmeSnippets } from '../src/readmes.js';
import { registryLog } from '../src/registry.js';
import { type Manifest, readManifest, workspaceRoot } from '../src/release.js';
import { serveStatic } from '../src/static-server.js';

const registryUrl = inject('registryUrl');
const published = inject('published');
const dir = join(inject('scratchDir'), 'partner-portal');
const installed = (name: string) => join(dir, 'node_modules', name);
const env = () => npmEnv(registryUrl);
const reportsDir = resolve(import.meta.dirname, '../reports');

const pageSnippets = readmeSnippets(published, (pkg) => join(workspaceRoot, pkg.folder), 'page');

/** What each of the three main widgets shows once it has loaded real data from the mock. */
const CONTENT = {
  'onramp-setup-wizard': 'Set up',
  'onramp-role-editor': 'Carla Customer',
  'onramp-subscription-panel': 'Webex Contact Center',
};
const REFUSALS = /could not be reached|not allowed/i;

let browser: Browser;
let mock: Service;
const closers: (() => Promise<void>)[] = [];

async function serve(root: string) {
  const server = await serveStatic(root);
  closers.push(server.close);
  return server.url;
}

beforeAll(async () => {
  createProject(
    dir,
    {
      name: 'partner-portal',
      onramp: ['@onramp/widgets', '@onramp/mock-server', '@onramp/sdk', '@onramp/react'],
      dependencies: { react: '^19.0.0', 'react-dom': '^19.0.0' },
      devDependencies: {
        vite: '^8.0.0',
        '@vitejs/plugin-react': '^6.0.0',
        typescript: '~5.9.3',
        '@types/react': '^19.0.0',
        '@types/react-dom': '^19.0.0',
      },
      files: fixtureFiles('web-app'),
    },
    published,
  );
  await npmInstall(dir, registryUrl, registryLog(join(inject('scratchDir'), 'registry')));
  mock = await startStandaloneMock(dir, registryUrl);
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  await browser?.close();
  await stopAll();
});

describe('Vite vanilla-TS and React 19 apps, production build (scenarios 3 and 5)', () => {
  test('tsc, strict, bundler resolution, React JSX: widget properties, typed props and events', async () => {
    await runStep('tsc -p tsconfig.json (web app)', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json'], {
      cwd: dir,
      env: env(),
    });
  });

  test('the in-browser mock works from the package: its documented step puts the worker in public/', async () => {
    await runStep(
      'npx onramp-mock init-worker public',
      'npx',
      ['--no-install', 'onramp-mock', 'init-worker', 'public'],
      {
        cwd: dir,
        env: env(),
      },
    );
    expect(existsSync(join(dir, 'public/mockServiceWorker.js'))).toBe(true);
  });

  test('vite build', async () => {
    await runStep('vite build', 'npx', ['--no-install', 'vite', 'build'], { cwd: dir, env: env() });
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
  });

  test.each([
    ['import "@onramp/widgets" (the root)', 'index.html'],
    ['the per-widget entries', 'entries.html'],
    ['@onramp/react', 'react.html'],
  ])('%s: each widget shows real content in Chromium', async (_name, file) => {
    expect(existsSync(join(dir, 'dist', file)), 'vite build output').toBe(true);
    const { page, errors } = await openPage(browser, `${await serve(join(dir, 'dist'))}/${file}`);
    await expectWidgetText(page, CONTENT, errors);
    for (const tag of Object.keys(CONTENT)) expect(await deepText(page, tag)).not.toMatch(REFUSALS);
    // What only an action needs is a chunk of the app's build, fetched by that action (decision
    // 0073): the user dialog and the CSV import of the role editor load and work from the build.
    const editor = page.locator('onramp-role-editor');
    await editor.locator('button.name', { hasText: 'Carla Customer' }).first().click();
    await editor.locator('dialog[open] [name="role"]').first().waitFor({ timeout: PAGE_WAIT_MS });
    await editor.locator('dialog[open] .close').first().click();
    await editor.getByRole('button', { name: 'Import from CSV' }).click();
    await editor.locator('#import-file').waitFor({ state: 'attached', timeout: PAGE_WAIT_MS });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('A page with no bundler, from a CDN (scenario 4)', () => {
  test('the self-contained per-widget builds define and render the three main widgets', async () => {
    const widgets = readManifest(installed('@onramp/widgets')) as Manifest & {
      exports: Record<string, unknown>;
    };
    const cdnFile = (name: string) => {
      const found = Object.entries(widgets.exports).find(
        ([subpath]) => subpath.includes('cdn') && subpath.includes(name),
      );
      const target = found?.[1];
      return typeof target === 'string' ? target : (target as { default?: string } | undefined)?.default;
    };
    const names = ['setup-wizard', 'role-editor', 'subscription-panel'];
    const missing = names.filter((name) => !cdnFile(name));
    expect(missing, '@onramp/widgets exports no self-contained (cdn) build for').toEqual([]);
    const { WORLD_IDS } = await worldIds();
    const cdn = `https://cdn.jsdelivr.net/npm/@onramp/widgets@${widgets.version}`;
    writeFileSync(
      join(dir, 'no-bundler.html'),
      `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Onramp from a CDN</title>
${names.map((name) => `    <script type="module" src="${cdn}/${cdnFile(name)?.replace(/^\.\//, '')}"></script>`).join('\n')}
  </head>
  <body>
    <onramp-setup-wizard base-url="http://localhost:4010/v1" token="partner-full-admin" org-id="${WORLD_IDS.trialCustomer}"></onramp-setup-wizard>
    <onramp-role-editor base-url="http://localhost:4010/v1" token="customer-full-admin" org-id="${WORLD_IDS.provisionedCustomer}"></onramp-role-editor>
    <onramp-subscription-panel base-url="http://localhost:4010/v1" token="partner-full-admin" org-id="${WORLD_IDS.provisionedCustomer}"></onramp-subscription-panel>
  </body>
</html>
`,
    );
    const { page, errors } = await openPage(browser, `${await serve(dir)}/no-bundler.html`, {
      mockOrigin: mock.url,
      cdnFrom: dir,
    });
    await expectWidgetText(page, CONTENT, errors);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** The seeded org ids, from the installed mock (what a partner would read in its README or tokens). */
async function worldIds() {
  const response = await fetch(`${mock.url}/_mock/tokens`);
  const { items } = (await response.json()) as { items: { token: string; orgId: string }[] };
  const org = (token: string) => items.find((entry) => entry.token === token)?.orgId ?? '';
  return {
    WORLD_IDS: {
      trialCustomer: org('trial-customer-admin'),
      provisionedCustomer: org('customer-full-admin'),
    },
  };
}

// No describe around it: with no runnable=page snippet there is no test here (an empty suite is an
// error in Vitest); node.consumer.test.ts fails then, naming the missing kind.
test.each(pageSnippets.map((snippet) => [`${snippet.source}:${snippet.line}`, snippet]))(
  '%s renders its elements with no console error',
  async (_where, snippet) => {
    const fromInstalled = readmeSnippets(published, (pkg) => installed(pkg.name), 'page');
    const code = fromInstalled.find((candidate) => candidate.id === snippet.id)?.code;
    expect(code, `${snippet.source} as installed`).toBeDefined();
    writeFileSync(join(dir, `${snippet.id}.html`), code ?? '');
    const { page, errors } = await openPage(browser, `${await serve(dir)}/${snippet.id}.html`, {
      mockOrigin: mock.url,
      cdnFrom: dir,
    });
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const elements = [...document.querySelectorAll('*')].filter((element) =>
              element.localName.startsWith('onramp-'),
            );
            return (
              elements.length > 0 &&
              elements.every(
                (element) =>
                  customElements.get(element.localName) &&
                  (element.shadowRoot?.textContent ?? '').trim().length > 0,
              )
            );
          }),
        {
          timeout: PAGE_WAIT_MS,
          message: `${snippet.source}:${snippet.line}: custom elements defined and rendered`,
        },
      )
      .toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  },
);

describe('Sizes a partner ships (for pnpm bench)', () => {
  test('each widget entry and all six, in this Vite production build, gzip', async () => {
    const output = await runStep(
      'measure widget sizes (node sizes/measure.mjs)',
      'node',
      ['sizes/measure.mjs'],
      {
        cwd: dir,
        env: env(),
      },
    );
    const line = output.trim().split('\n').pop() ?? '';
    const sizes = JSON.parse(line) as { tool: string; widgets: { name: string; gzip: number }[] };
    expect(sizes.widgets.map((widget) => widget.name)).toEqual(
      expect.arrayContaining(['setup-wizard', 'role-editor', 'subscription-panel']),
    );
    for (const widget of sizes.widgets) expect(widget.gzip, widget.name).toBeGreaterThan(1000);
    mkdirSync(reportsDir, { recursive: true });
    writeFileSync(
      join(reportsDir, 'consumer-sizes.json'),
      `${JSON.stringify({ measuredAt: new Date().toISOString(), ...sizes }, null, 2)}\n`,
    );
  });
});
