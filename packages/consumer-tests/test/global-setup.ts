/**
 * Once for every consumer test file: a local registry with a release of every publishable package
 * in it. Torn down (registry stopped, temporary folders removed) even when a test failed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { stopAll } from '../src/process.js';
import { startRegistry } from '../src/registry.js';
import { type PublishedPackage, publishRelease } from '../src/release.js';

declare module 'vitest' {
  export interface ProvidedContext {
    registryUrl: string;
    published: PublishedPackage[];
    /** Where each test file makes its projects: outside the workspace. */
    scratchDir: string;
  }
}

export default async function setup(project: TestProject) {
  const scratch = mkdtempSync(join(tmpdir(), 'onramp-consumer-'));
  const teardown = async () => {
    await stopAll();
    if (!process.env.ONRAMP_CONSUMER_KEEP) rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const started = performance.now();
    const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
    const registry = await startRegistry(join(scratch, 'registry'));
    console.log(`consumer tests: local registry at ${registry.url} (${seconds()})`);
    const published = await publishRelease(join(scratch, 'release'), registry);
    const names = published.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ');
    console.log(`consumer tests: published ${names} (${seconds()})`);
    project.provide('registryUrl', registry.url);
    project.provide('published', published);
    project.provide('scratchDir', scratch);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
