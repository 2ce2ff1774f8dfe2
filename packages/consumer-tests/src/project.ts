/**
 * A fresh npm project in a folder outside the workspace, installed from the local registry as a
 * partner would install it: `npm install` with `--registry`, nothing linked from the workspace.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { consumerEnv, runStep, StepError, tail } from './process.js';
import type { PublishedPackage } from './release.js';

export interface ProjectSpec {
  name: string;
  /** `@onramp/*` packages by name: their published version is used, as `npm i` would save it. */
  onramp: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  /** Relative path → contents. */
  files: Record<string, string>;
}

export function writeFiles(dir: string, files: Record<string, string>) {
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
}

export function createProject(dir: string, spec: ProjectSpec, published: PublishedPackage[]) {
  const versions = new Map(published.map((pkg) => [pkg.name, pkg.version]));
  const onramp = Object.fromEntries(
    spec.onramp.map((name) => {
      const version = versions.get(name);
      if (!version)
        throw new Error(`${name} was not published (published: ${[...versions.keys()].join(', ')})`);
      return [name, `^${version}`];
    }),
  );
  mkdirSync(dir, { recursive: true });
  writeFiles(dir, {
    ...spec.files,
    'package.json': `${JSON.stringify(
      {
        name: spec.name,
        private: true,
        type: 'module',
        scripts: spec.scripts ?? {},
        dependencies: { ...onramp, ...spec.dependencies },
        devDependencies: spec.devDependencies ?? {},
      },
      null,
      2,
    )}\n`,
  });
}

/**
 * `npm install` against the local registry (npm's own cache: its tarballs are keyed by content).
 * Tried twice: the registry fetches every third-party package from the public one on first use,
 * and one network hiccup there must not fail the run. A second failure reports both npm's output
 * and the registry's log (`registryLogPath`), where uplink errors are.
 */
export async function npmInstall(dir: string, registryUrl: string, registryLogPath?: string) {
  const step = `npm install in ${dir.split(/[\\/]/).pop()}`;
  const install = () =>
    runStep(
      step,
      'npm',
      ['install', '--registry', registryUrl, '--no-audit', '--no-fund', '--loglevel=error'],
      {
        cwd: dir,
        env: npmEnv(registryUrl),
        timeoutMs: 12 * 60_000,
      },
    );
  try {
    await install();
  } catch (first) {
    console.warn(`${step} failed once; trying again.\n${first instanceof Error ? first.message : first}`);
    try {
      await install();
    } catch (second) {
      const log =
        registryLogPath && existsSync(registryLogPath) ? tail(readFileSync(registryLogPath, 'utf8'), 20) : '';
      throw new StepError(
        `${second instanceof Error ? second.message : second}${log ? `\n--- the registry's log (last lines) ---\n${log}` : ''}`,
      );
    }
  }
}

/** What a partner's shell has, pointed at the local registry. */
export const npmEnv = (registryUrl: string, extra: NodeJS.ProcessEnv = {}) =>
  consumerEnv({ npm_config_registry: registryUrl, npm_config_update_notifier: 'false', ...extra });
