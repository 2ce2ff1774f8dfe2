/**
 * A widget entry as a partner's app ships it: a Vite production build (the bundler the consumer
 * tests install, with its defaults) of a module that imports the entry, measured per output file,
 * gzip -9, as a server sends each file (decision 0073).
 *
 * - **initial**: the entry chunk and, transitively, the chunks it imports statically: what the page
 *   downloads before the widget can show anything. The widget budgets apply to it.
 * - **on action**: chunks behind a dynamic `import()` that are code, loaded when a user acts (opens
 *   the role editor's user dialog or CSV import, the panel's address form, checks the onboarding
 *   form); a widget test holds that the first screen loads none of them. Each has its own budget.
 * - **translations**: another language's messages, loaded only in that language.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

export interface ChunkSize {
  file: string;
  gzip: number;
  /** The largest modules in it (bytes as rendered, before minification). */
  modules: string[];
}

export interface AppSize {
  name: string;
  minified: number;
  gzip: number;
  files: number;
  onAction: ChunkSize[];
  translations: { files: number; gzip: number };
  /** What the initial load holds, largest inputs first (bytes as rendered). */
  inputs: { path: string; bytes: number }[];
}

const gzip = (code: string) => gzipSync(code, { level: 9 }).byteLength;

/** A chunk made only of another locale's messages (`…/i18n/locales/ru/…`). */
export const isTranslation = (ids: string[]) =>
  ids.length > 0 && ids.every((id) => /[\\/]i18n[\\/]locales[\\/](?!en[\\/])[a-z]{2}[\\/]/.test(id));

/** Builds `files` (absolute paths of ES modules) as one app entry with Vite and measures its output. */
export async function appSize(name: string, files: string[], workDir: string): Promise<AppSize> {
  const dir = resolve(workDir, name.replace(/[^a-z0-9-]+/gi, '-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = resolve(dir, 'entry.js');
  writeFileSync(entry, files.map((file) => `import ${JSON.stringify(file)};`).join('\n'));
  const result = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, modulePreload: false, rollupOptions: { input: entry } },
  });
  const chunks = (Array.isArray(result) ? result : [result as Rollup.RollupOutput])
    .flatMap((output) => output.output)
    .filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set<string>();
  const queue = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  while (queue.length) {
    const file = queue.pop() as string;
    if (initial.has(file)) continue;
    initial.add(file);
    queue.push(...(byName.get(file)?.imports ?? []));
  }
  const size: AppSize = {
    name,
    minified: 0,
    gzip: 0,
    files: initial.size,
    onAction: [],
    translations: { files: 0, gzip: 0 },
    inputs: [],
  };
  const inputs = new Map<string, number>();
  for (const chunk of chunks) {
    const zipped = gzip(chunk.code);
    const modules = Object.entries(chunk.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
    if (initial.has(chunk.fileName)) {
      size.minified += Buffer.byteLength(chunk.code);
      size.gzip += zipped;
      for (const [id, info] of modules) inputs.set(id, (inputs.get(id) ?? 0) + info.renderedLength);
    } else if (isTranslation(chunk.moduleIds)) {
      size.translations.files++;
      size.translations.gzip += zipped;
    } else {
      size.onAction.push({
        file: chunk.fileName,
        gzip: zipped,
        modules: modules.slice(0, 3).map(([id]) => id),
      });
    }
  }
  size.onAction.sort((a, b) => b.gzip - a.gzip);
  size.inputs = [...inputs.entries()]
    .map(([path, bytes]) => ({ path, bytes }))
    .filter((input) => input.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  rmSync(dir, { recursive: true, force: true });
  return size;
}
