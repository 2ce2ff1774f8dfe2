/**
 * Scenarios 1, 2 and 6 of issue 16, in one npm project outside the workspace ("partner-service"):
 * the SDK against `npx onramp-mock` (nodenext and bundler, strict), every SDK example, the
 * mock-server README's Vitest setup, Node imports of the widgets and React (SSR), and the READMEs'
 * `runnable=node` and `runnable=vitest` snippets.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { copyFolder, fixtureFiles } from '../src/fixtures.js';
import { startStandaloneMock } from '../src/mock.js';
import { runStep, type Service, stopAll } from '../src/process.js';
import { createProject, npmEnv, npmInstall } from '../src/project.js';
import { readmeSnippets } from '../src/readmes.js';
import { registryLog } from '../src/registry.js';
import { workspaceRoot } from '../src/release.js';

const registryUrl = inject('registryUrl');
const published = inject('published');
const dir = join(inject('scratchDir'), 'partner-service');
const installed = (name: string) => join(dir, 'node_modules', name);
const env = (extra: NodeJS.ProcessEnv = {}) => npmEnv(registryUrl, extra);

// Named from the workspace (known before installing); run from what npm installed.
const nodeSnippets = readmeSnippets(published, (pkg) => join(workspaceRoot, pkg.folder), 'node');
const vitestSnippets = readmeSnippets(published, (pkg) => join(workspaceRoot, pkg.folder), 'vitest');
const exampleNames = readdirSync(join(workspaceRoot, 'packages/sdk/examples'))
  .filter((file) => file.endsWith('.ts') && file !== 'env.ts')
  .map((file) => file.replace(/\.ts$/, ''));

let mock: Service;

beforeAll(async () => {
  createProject(
    dir,
    {
      name: 'partner-service',
      onramp: ['@onramp/sdk', '@onramp/mock-server', '@onramp/widgets', '@onramp/react'],
      dependencies: { react: '^19.0.0', 'react-dom': '^19.0.0' },
      devDependencies: { typescript: '~5.9.3', vitest: '^4.0.0', '@types/node': '^20.19.0' },
      files: fixtureFiles('node-app'),
    },
    published,
  );
  await npmInstall(dir, registryUrl, registryLog(join(inject('scratchDir'), 'registry')));
  // The SDK's examples as a partner gets them: from the package when it ships them, else from the
  // repository the README links to (this workspace).
  const shipped = installed('@onramp/sdk/examples');
  copyFolder(
    existsSync(shipped) ? shipped : join(workspaceRoot, 'packages/sdk/examples'),
    join(dir, 'examples'),
  );
  writeFileSync(join(dir, 'examples/tsconfig.json'), '{ "extends": "../tsconfig.json" }\n');
  // The READMEs' snippets, from the installed packages.
  const fromInstalled = (pkg: { name: string }) => installed(pkg.name);
  for (const snippet of readmeSnippets(published, fromInstalled, 'node'))
    writeFileSync(join(dir, 'snippets', `${snippet.id}.ts`), snippet.code);
  for (const snippet of readmeSnippets(published, fromInstalled, 'vitest'))
    writeFileSync(join(dir, 'test', `${snippet.id}.test.ts`), snippet.code);
  mock = await startStandaloneMock(dir, registryUrl);
});

afterAll(stopAll);

describe('what the registry serves', () => {
  test.each(published.map((pkg) => [pkg.name, pkg]))(
    '%s: versioned, no workspace: or catalog: ranges',
    async (_name, pkg) => {
      const response = await fetch(`${registryUrl}${pkg.name.replace('/', '%2f')}`);
      expect(response.status).toBe(200);
      const packument = (await response.json()) as { versions: Record<string, Record<string, unknown>> };
      const manifest = packument.versions[pkg.version];
      expect(manifest, `${pkg.name}@${pkg.version}`).toBeDefined();
      expect(pkg.version).not.toBe('0.0.0');
      expect(JSON.stringify(manifest)).not.toMatch(/"(workspace|catalog):/);
    },
  );
});

describe('Node ESM + TypeScript (scenario 1)', () => {
  test('tsc, strict, module nodenext', async () => {
    await runStep('tsc -p tsconfig.json (nodenext)', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json'], {
      cwd: dir,
      env: env(),
    });
  });

  test('tsc, strict, moduleResolution bundler', async () => {
    await runStep(
      'tsc -p tsconfig.bundler.json (bundler)',
      'npx',
      ['--no-install', 'tsc', '-p', 'tsconfig.bundler.json'],
      {
        cwd: dir,
        env: env(),
      },
    );
  });

  test('the SDK against npx onramp-mock: typed errors, for await paging, polling', async () => {
    const output = await runStep('node dist/src/first-hour.js', 'node', ['dist/src/first-hour.js'], {
      cwd: dir,
      env: env({ ONRAMP_BASE_URL: `${mock.url}/v1` }),
    });
    expect(output).toContain('get unknown customer: NotFoundError 404 (OnrampError: true)');
    expect(output).toMatch(/create as read-only admin: ForbiddenError 403 [a-z_]+/);
    // More than one page of two: `for await` followed the pages.
    expect(Number(/paged customers: (\d+)/.exec(output)?.[1])).toBeGreaterThan(2);
    expect(output).toContain('created customer: provisioned');
  });

  test.each(exampleNames)('SDK example %s runs', async (name) => {
    await runStep(`SDK example ${name}`, 'node', [`dist/examples/${name}.js`], {
      cwd: dir,
      env: env({ ONRAMP_BASE_URL: `${mock.url}/v1` }),
    });
  });

  test.each(nodeSnippets.map((snippet) => [`${snippet.source}:${snippet.line}`, snippet]))(
    'README snippet %s (runnable=node) runs',
    async (_where, snippet) => {
      await runStep(
        `README snippet ${snippet.source}:${snippet.line}`,
        'node',
        [`dist/snippets/${snippet.id}.js`],
        {
          cwd: dir,
          env: env({ ONRAMP_BASE_URL: `${mock.url}/v1` }),
        },
      );
    },
  );
});

describe('Vitest with setupMockServer (scenario 2)', () => {
  test(`vitest run: the mock-server README's setup, and ${vitestSnippets.length} runnable=vitest README snippet(s)`, async () => {
    const output = await runStep('npx vitest run', 'npx', ['--no-install', 'vitest', 'run'], {
      cwd: dir,
      env: env({ CI: 'true' }),
    });
    expect(output).toMatch(/Test Files\s+\d+ passed/);
    for (const snippet of vitestSnippets) expect(output).toContain(`${snippet.id}.test.ts`);
  });
});

describe('Node imports, as SSR frameworks do (scenario 6)', () => {
  test('every entry of @onramp/widgets and @onramp/react imports in Node; React renders on the server', async () => {
    const output = await runStep('node ssr.mjs', 'node', ['ssr.mjs'], { cwd: dir, env: env() });
    expect(output).toContain('imported @onramp/widgets\n');
    expect(output).toContain('imported @onramp/react\n');
    expect(output).toMatch(/rendered <main><onramp-role-editor/);
  });
});

describe('README snippets', () => {
  test('the READMEs mark snippets runnable (node, vitest, page)', () => {
    const kinds = new Set(
      readmeSnippets(published, (pkg) => join(workspaceRoot, pkg.folder)).map((s) => s.kind),
    );
    expect([...kinds].sort()).toEqual(['node', 'page', 'vitest']);
  });
});
