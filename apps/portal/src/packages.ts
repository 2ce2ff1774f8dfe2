import type { StatusTone } from '@onramp/widgets';

/** A workspace package as its package.json describes it. */
export interface WorkspacePackage {
  /** The workspace folder, e.g. `packages/widgets`. */
  folder: string;
  name: string;
  description: string;
  private: boolean;
}

export interface PackageRow extends WorkspacePackage {
  status: string;
  tone: StatusTone;
}

/**
 * How far a package has come, where there is something to say beyond its package.json. The About
 * page lists every workspace package (found at build time, so none is forgotten); a package
 * without a note shows whether it is published.
 */
export const statusNotes: Record<string, { status: string; tone: StatusTone }> = {
  'packages/contract': { status: 'Wholesale (wire-compatible) and designed operations', tone: 'success' },
  'packages/domain': { status: 'Ready', tone: 'success' },
  'packages/mock-server': { status: 'Every operation, control API, standalone CLI', tone: 'success' },
  'packages/sdk': { status: 'Ready', tone: 'success' },
  'packages/widgets': {
    status: 'Setup wizard and prompt, role editor, subscription panel, customer onboarding',
    tone: 'success',
  },
  'packages/bench': { status: 'Mock throughput, sizes, SDK overhead, scale, widget timings', tone: 'info' },
  'packages/devkit': { status: 'Ready', tone: 'success' },
  'apps/portal': {
    status: 'Every screen of the partner journey, wholesale onboarding with RPL, four languages',
    tone: 'success',
  },
};

/** The About page's rows: every package, sorted by folder, with its note or its publication. */
export function packageRows(packages: WorkspacePackage[]): PackageRow[] {
  return [...packages]
    .sort((a, b) => a.folder.localeCompare(b.folder))
    .map((pkg) => ({
      ...pkg,
      ...(statusNotes[pkg.folder] ??
        (pkg.private ? { status: 'Private', tone: 'neutral' } : { status: 'Published', tone: 'info' })),
    }));
}

type Manifest = { name?: string; description?: string; private?: boolean };

/** This file's place in the workspace: the glob's keys are relative to it. */
const HERE = 'http://workspace/apps/portal/src/';

/** The workspace's package.json files, read by Vite at build time. */
export function workspacePackages(
  manifests: Record<string, Manifest> = import.meta.glob<Manifest>(
    ['../../../packages/*/package.json', '../../../apps/*/package.json'],
    { eager: true, import: 'default' },
  ),
): WorkspacePackage[] {
  return Object.entries(manifests).map(([path, manifest]) => ({
    folder: new URL(path, HERE).pathname.replace(/^\//, '').replace(/\/package\.json$/, ''),
    name: manifest.name ?? path,
    description: manifest.description ?? '',
    private: manifest.private === true,
  }));
}
