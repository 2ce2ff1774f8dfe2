import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const STATIC_DIR = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const MANIFEST = fileURLToPath(new URL('../../../packages/widgets/custom-elements.json', import.meta.url));

export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  importPath: string;
  exportName?: string;
}

/** The static build's story index; a clear failure when the build has not run. */
export function readIndex(): IndexEntry[] {
  const path = `${STATIC_DIR}index.json`;
  if (!existsSync(path))
    throw new Error(
      `${path} is missing: run the build first (pnpm turbo run build --filter=@onramp/storybook).`,
    );
  const index = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries);
}

type Named = { name: string }[] | undefined;
export interface ElementDeclaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: Named;
  events?: Named;
  cssParts?: Named;
  cssProperties?: Named;
}
interface Manifest {
  modules: { declarations?: ElementDeclaration[] }[];
}

/** Every custom element the widgets' manifest declares, with what its Docs page must list. */
export function manifestElements(): (ElementDeclaration & { tagName: string })[] {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ElementDeclaration & { tagName: string } =>
      Boolean(declaration.customElement && declaration.tagName),
    );
}

export const manifestTags = () => manifestElements().map((element) => element.tagName);
