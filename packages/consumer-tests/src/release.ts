/**
 * A release, as `pnpm changeset version && pnpm publish -r` would make it, into the local registry,
 * from a throwaway copy of the workspace: the real worktree's versions and changesets are untouched.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consumerEnv, runStep } from './process.js';

export const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: Record<string, unknown>;
  bin?: string | Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface PublishedPackage {
  name: string;
  version: string;
  /** The folder in the workspace (e.g. `packages/sdk`). */
  folder: string;
}

export const readManifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** Every package folder of the workspace (`packages/*`, `apps/*`). */
export function workspacePackages(root = workspaceRoot): string[] {
  return ['packages', 'apps'].flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(join(root, group, entry.name, 'package.json')))
          .map((entry) => `${group}/${entry.name}`)
      : [],
  );
}

const NOT_COPIED = new Set(['node_modules', '.turbo', 'reports', 'coverage', '.vitest-attachments']);

/**
 * The throwaway workspace: the root manifest, pnpm's workspace file (its catalog), the changesets,
 * every package's manifest (so `workspace:` ranges and changesets resolve), and the whole folder
 * (built `dist` included) of each publishable package.
 */
export function copyWorkspace(target: string, root = workspaceRoot): PublishedPackage[] {
  mkdirSync(target, { recursive: true });
  for (const file of ['package.json', 'pnpm-workspace.yaml', 'LICENSE'])
    if (existsSync(join(root, file))) cpSync(join(root, file), join(target, file));
  if (existsSync(join(root, '.changeset')))
    cpSync(join(root, '.changeset'), join(target, '.changeset'), { recursive: true });
  const publishable: PublishedPackage[] = [];
  for (const folder of workspacePackages(root)) {
    const manifest = readManifest(join(root, folder));
    mkdirSync(join(target, folder), { recursive: true });
    if (manifest.private) {
      cpSync(join(root, folder, 'package.json'), join(target, folder, 'package.json'));
      continue;
    }
    cpSync(join(root, folder), join(target, folder), {
      recursive: true,
      filter: (source) => !NOT_COPIED.has(relative(join(root, folder), source).split(/[\\/]/)[0] ?? ''),
    });
    publishable.push({ name: manifest.name, version: manifest.version, folder });
  }
  linkWorkspaceDependencies(target);
  return publishable;
}

/**
 * What `pnpm install` leaves for `workspace:` dependencies, and all `pnpm publish` reads to turn
 * them into versions: `node_modules/<name>` linking to the package's folder. Third-party
 * dependencies are not needed to publish (`catalog:` is read from pnpm-workspace.yaml).
 */
function linkWorkspaceDependencies(target: string) {
  const folders = new Map(
    workspacePackages(target).map((folder) => [readManifest(join(target, folder)).name, folder]),
  );
  for (const folder of folders.values()) {
    const manifest = readManifest(join(target, folder));
    const ranges = { ...manifest.devDependencies, ...manifest.peerDependencies, ...manifest.dependencies };
    for (const [name, range] of Object.entries(ranges)) {
      const dependency = folders.get(name);
      if (!range.startsWith('workspace:') || !dependency) continue;
      const link = join(target, folder, 'node_modules', name);
      if (existsSync(link)) continue;
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(relative(dirname(link), join(target, dependency)), link, 'dir');
    }
  }
}

/** The pnpm that runs us (`pnpm run` sets npm_execpath), else the one on PATH. */
function pnpm(args: string[]): [string, string[]] {
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm\.c?js$/.test(execpath)) return [process.execPath, [execpath, ...args]];
  return ['pnpm', args];
}

function changesetBin(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  return join(dirname(require.resolve('@changesets/cli/package.json')), 'bin.js');
}

const pendingChangesets = (dir: string) =>
  existsSync(join(dir, '.changeset'))
    ? readdirSync(join(dir, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md')
    : [];

/** Copies, versions and publishes every publishable package; answers what was published. */
export async function publishRelease(
  target: string,
  registry: { url: string; token: string },
): Promise<PublishedPackage[]> {
  const packages = copyWorkspace(target);
  const host = new URL(registry.url);
  writeFileSync(
    join(target, '.npmrc'),
    `registry=${registry.url}\n//${host.host}/:_authToken=${registry.token}\n`,
  );
  if (pendingChangesets(target).length > 0)
    await runStep(
      'version the release (changeset version)',
      process.execPath,
      [changesetBin(workspaceRoot), 'version'],
      {
        cwd: target,
        env: consumerEnv(),
      },
    );
  const [command, args] = pnpm([
    'publish',
    '-r',
    '--no-git-checks',
    '--registry',
    registry.url,
    '--report-summary',
  ]);
  await runStep('publish every package to the local registry (pnpm publish -r)', command, args, {
    cwd: target,
    env: consumerEnv(),
  });
  return packages.map((pkg) => ({ ...pkg, version: readManifest(join(target, pkg.folder)).version }));
}
