/** The runnable snippets of every published package's README (see snippets.ts for the syntax). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedPackage } from './release.js';
import { extractSnippets, type Snippet, type SnippetKind } from './snippets.js';

/** `@onramp/mock-server` → `mock-server`. */
export const shortName = (name: string) => name.replace(/^@[^/]+\//, '');

/**
 * @param folderOf where a package's README is: its workspace folder (to name tests before
 *   anything is installed) or its installed folder (what a partner reads).
 */
export function readmeSnippets(
  packages: readonly PublishedPackage[],
  folderOf: (pkg: PublishedPackage) => string,
  kind?: SnippetKind,
): Snippet[] {
  return packages.flatMap((pkg) => {
    const path = join(folderOf(pkg), 'README.md');
    if (!existsSync(path)) return [];
    const snippets = extractSnippets(
      readFileSync(path, 'utf8'),
      `${pkg.name}/README.md`,
      `${shortName(pkg.name)}-readme`,
    );
    return kind ? snippets.filter((snippet) => snippet.kind === kind) : snippets;
  });
}
