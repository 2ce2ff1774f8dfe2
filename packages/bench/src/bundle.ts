import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type BuildOptions, build, type Metafile } from 'esbuild';
import { type AppSize, appSize } from './app-size.js';
import { benchDir, type Check, mark, packagesDir, type Section } from './report.js';
import { fmtKb, fmtRatio, ratio } from './stats.js';

export interface BundleSize {
  name: string;
  /** What the page loads up front: the entry chunk plus the chunks it imports statically. */
  minified: number;
  gzip: number;
  brotli: number;
  /** Chunks behind dynamic `import()` (e.g. other locales), loaded on demand: not in the figures above. */
  lazy: { files: number; minified: number; gzip: number };
  /**
   * The part of `lazy` that is not a translation (e.g. the onboarding form's schema, loaded at its
   * first input): an English session loads it too, so the widget budgets count it.
   */
  onDemand: { files: number; gzip: number };
  /** What the entry pulls in, largest inputs first (bytes in the initial output). */
  inputs: { path: string; bytes: number }[];
}

const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;
const brotli = (bytes: Uint8Array) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
  }).byteLength;

/**
 * A production browser bundle of `contents` (an ESM module) with code splitting, so that dynamic
 * imports stay lazy as they would in an app: the initial load (entry + static chunks, each file
 * compressed on its own, as served) is measured minified, gzip -9 and brotli 11.
 */
export async function bundleSize(
  name: string,
  contents: string,
  resolveDir: string,
  external: string[] = [],
): Promise<BundleSize> {
  const outdir = resolve(benchDir, '.bundle-out');
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    splitting: true,
    outdir,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    write: false,
    metafile: true,
    legalComments: 'none',
    external,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const outputs = new Map(
    Object.entries(result.metafile.outputs)
      .filter(([path]) => path.endsWith('.js'))
      .map(([path, meta]) => [resolve(path), meta]),
  );
  // The entry is the output of `stdin`. A chunk behind a dynamic `import()` also has an `entryPoint`
  // in esbuild's metafile (the imported module), so "the first output with an entryPoint" is not
  // enough once an entry has several lazy chunks (one per message area and locale): it is the one
  // with an entryPoint that no output imports dynamically.
  const dynamicTargets = new Set(
    [...outputs.values()].flatMap((meta) =>
      meta.imports
        .filter((imported) => imported.kind === 'dynamic-import')
        .map((imported) => resolve(imported.path)),
    ),
  );
  const entry = [...outputs.entries()].find(
    ([path, meta]) => meta.entryPoint !== undefined && !dynamicTargets.has(path),
  )?.[0];
  if (!entry) throw new Error(`esbuild produced no entry output for ${name}`);
  return sizeOfEntry(name, entry, files, outputs, process.cwd());
}

type Outputs = Map<string, Metafile['outputs'][string]>;

/**
 * The sizes of one entry of a build: its initial load (the entry and, transitively, the chunks it
 * imports statically) and the other outputs as lazy chunks.
 */
function sizeOfEntry(
  name: string,
  entry: string,
  files: Map<string, Uint8Array>,
  outputs: Outputs,
  /** The directory esbuild's metafile paths are relative to (its `absWorkingDir`). */
  base: string,
): BundleSize {
  // The initial load: the entry and, transitively, what it imports statically.
  const initial = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const path = queue.pop() as string;
    if (initial.has(path)) continue;
    initial.add(path);
    for (const imported of outputs.get(path)?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external)
        queue.push(resolve(base, imported.path));
  }
  // Everything the entry may load: the initial load and, transitively, its dynamic imports (in a
  // build of several entries, another entry's own chunks are not this one's).
  const reachable = new Set<string>();
  const pending = [entry];
  while (pending.length) {
    const path = pending.pop() as string;
    if (reachable.has(path)) continue;
    reachable.add(path);
    for (const imported of outputs.get(path)?.imports ?? [])
      if (!imported.external) pending.push(resolve(base, imported.path));
  }
  const size = { minified: 0, gzip: 0, brotli: 0 };
  const lazy = { files: 0, minified: 0, gzip: 0 };
  const onDemand = { files: 0, gzip: 0 };
  const inputs = new Map<string, number>();
  for (const [path, meta] of outputs) {
    const bytes = files.get(path);
    if (!bytes || !reachable.has(path)) continue;
    if (initial.has(path)) {
      size.minified += bytes.byteLength;
      size.gzip += gzip(bytes);
      size.brotli += brotli(bytes);
      for (const [input, info] of Object.entries(meta.inputs))
        inputs.set(input, (inputs.get(input) ?? 0) + info.bytesInOutput);
    } else {
      const zipped = gzip(bytes);
      lazy.files++;
      lazy.minified += bytes.byteLength;
      lazy.gzip += zipped;
      if (!isTranslation(Object.keys(meta.inputs))) {
        onDemand.files++;
        onDemand.gzip += zipped;
      }
    }
  }
  return {
    name,
    ...size,
    lazy,
    onDemand,
    inputs: [...inputs.entries()]
      .map(([path, bytes]) => ({ path, bytes }))
      .filter((input) => input.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/** A chunk made only of another locale's messages (`…/i18n/locales/ru/…`): loaded only in that language. */
const isTranslation = (inputs: string[]) =>
  inputs.length > 0 &&
  inputs.every((input) => /[\\/]i18n[\\/]locales[\\/](?!en[\\/])[a-z]{2}[\\/]/.test(input));

interface Manifest {
  name: string;
  exports?: Record<string, string | { default?: string; import?: string }>;
}

function readManifest(dir: string): Manifest | undefined {
  const path = resolve(dir, 'package.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : undefined;
}

/** JavaScript entry points of a package's `exports` (not `./package.json`), as absolute paths. */
function entries(dir: string, manifest: Manifest): { subpath: string; file: string }[] {
  return Object.entries(manifest.exports ?? {})
    .filter(([subpath]) => !subpath.endsWith('.json'))
    .map(([subpath, target]) => {
      const file = typeof target === 'string' ? target : (target.import ?? target.default);
      return { subpath, file: file ? resolve(dir, file) : '' };
    })
    .filter((entry) => entry.file.endsWith('.js') || entry.file.endsWith('.mjs'));
}

const KB = 1000;

/** The runtime export names of an ESM entry, as esbuild sees them (types have none). */
async function runtimeExports(contents: string, resolveDir: string): Promise<string[]> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    packages: 'external',
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs)
    .flatMap((output) => output.exports)
    .sort();
}

/** Whether any file under `dir` is newer than `built`. */
function isStale(dir: string, built: string): boolean {
  const builtAt = statSync(built).mtimeMs;
  const newer = (path: string): boolean =>
    readdirSync(path, { withFileTypes: true }).some((entry) =>
      entry.isDirectory()
        ? newer(resolve(path, entry.name))
        : statSync(resolve(path, entry.name)).mtimeMs > builtAt,
    );
  return newer(dir);
}

export async function benchBundles(): Promise<Section> {
  const notes = [
    'esbuild (bundle, code splitting, format esm, platform browser, target es2022, minify, tree shaking, `process.env.NODE_ENV="production"`); gzip level 9 and brotli quality 11 with node:zlib, each output file compressed on its own as a server would send it. 1 kB = 1000 bytes. Sizes are deterministic: one build each.',
    'The figures are the **initial load**: the entry chunk plus every chunk it imports statically. Chunks behind a dynamic `import()` (the other locales; code a user\'s action loads) are listed apart in "lazy chunks".',
    "Widget budgets (decision 0073) are measured in the next table, with Vite, the bundler partner apps use (the consumer tests install it): esbuild's code splitting is documented as a work in progress and puts every module a lazy chunk shares with the entry, and every module a re-exporting index reaches, into chunks of their own, which counts split-off code as initial. The esbuild rows of the widgets are shown for reference.",
    'Widget entries are bundled from `@onramp/widgets` `exports` (its built `dist`), each including Lit and whatever it imports; "all widgets" is one bundle importing every entry.',
  ];
  const checks: Check[] = [];
  const sizes: BundleSize[] = [];
  const ratioTo = new Map<string, string>();
  const budgetFor = new Map<string, Check>();
  const check = (bundle: string, entry: Check) => {
    checks.push(entry);
    budgetFor.set(bundle, entry);
  };

  const openapiFetch = await bundleSize(
    'openapi-fetch alone',
    "export { default } from 'openapi-fetch'; export * from 'openapi-fetch';",
    benchDir,
  );
  const lit = await bundleSize('Lit alone', "export { LitElement, html, css } from 'lit';", benchDir);
  sizes.push(openapiFetch, lit);

  // SDK runtime, measured as an application bundles it: every runtime export of the public entry
  // imported by name and used, minified and tree-shaken. (A library re-bundle, `export *`, also
  // keeps the ~40 export names as strings, which no application ships: shown for reference only.)
  const sdkDir = resolve(packagesDir, 'sdk');
  const sdkManifest = readManifest(sdkDir);
  const sdkEntry = sdkManifest && entries(sdkDir, sdkManifest).find((entry) => entry.subpath === '.');
  let sdkData: Record<string, unknown> = { status: 'not built yet' };
  if (sdkEntry && existsSync(sdkEntry.file) && isStale(resolve(sdkDir, 'src'), sdkEntry.file)) {
    // `pnpm bench` does not build @onramp/sdk first (no dependency of this package): a dist older
    // than its sources would be measured silently. Build it as its own build script does.
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: sdkDir, stdio: 'inherit' });
    notes.push(
      'SDK: its `dist` was older than its sources; rebuilt (`tsc -p tsconfig.build.json`) before measuring.',
    );
  }
  if (!sdkManifest) {
    notes.push('SDK: `packages/sdk` does not exist yet (issue 5): not built yet, not measured.');
    checks.push({ name: 'SDK own runtime (gzip)', target: '≤ 5 kB', actual: 'not built yet', ok: undefined });
  } else if (!sdkEntry || !existsSync(sdkEntry.file)) {
    notes.push(
      `SDK: \`${sdkManifest.name}\` has no built entry (${sdkEntry?.file ?? 'no "." export'}): not built yet, not measured.`,
    );
    checks.push({ name: 'SDK own runtime (gzip)', target: '≤ 5 kB', actual: 'not built yet', ok: undefined });
  } else {
    const library = `export * from ${JSON.stringify(sdkEntry.file)};`;
    const names = await runtimeExports(library, sdkDir);
    const app = `import { ${names.join(', ')} } from ${JSON.stringify(sdkEntry.file)};\nglobalThis.__onramp = [${names.join(', ')}];`;
    const openapiFetchApp = await bundleSize(
      'openapi-fetch createClient (as an app imports it)',
      "import createClient from 'openapi-fetch'; globalThis.__onramp = [createClient];",
      benchDir,
    );
    const allIn = await bundleSize('SDK all-in (with openapi-fetch)', app, sdkDir);
    const own = await bundleSize('SDK own runtime (openapi-fetch external)', app, sdkDir, ['openapi-fetch']);
    const libraryOwn = await bundleSize(
      'SDK re-bundled as a library (export *, openapi-fetch external)',
      library,
      sdkDir,
      ['openapi-fetch'],
    );
    sizes.push(openapiFetchApp, allIn, own, libraryOwn);
    const delta = allIn.gzip - openapiFetchApp.gzip;
    ratioTo.set(allIn.name, fmtRatio(ratio(allIn.gzip, openapiFetch.gzip)));
    notes.push(
      `SDK: an application importing all ${names.length} runtime exports of \`@onramp/sdk\` (each by name, each used) and bundling it minified and tree-shaken; "own runtime" has openapi-fetch external. All-in gzip is ${fmtKb(allIn.gzip)}, ${fmtKb(delta)} more than openapi-fetch's createClient imported the same way (gzip is not additive: both figures are budgeted). The library re-bundle (\`export *\`) keeps every export name as a string, as only a library's own bundle does: ${fmtKb(libraryOwn.gzip)}, for reference.`,
    );
    check(own.name, {
      name: 'SDK own runtime (gzip)',
      target: '≤ 5 kB',
      actual: fmtKb(own.gzip),
      ok: own.gzip <= 5 * KB,
    });
    check(allIn.name, {
      name: 'SDK all-in minus openapi-fetch createClient (gzip)',
      target: '≤ 5 kB',
      actual: fmtKb(delta),
      ok: delta <= 5 * KB,
    });
    sdkData = { exports: names, allIn, own, libraryOwn, openapiFetchApp, deltaGzip: delta };
  }

  const widgetsDir = resolve(packagesDir, 'widgets');
  const widgetsManifest = readManifest(widgetsDir);
  const widgetEntries = widgetsManifest
    ? // The per-element entries an app imports; not the root, nor the self-contained CDN builds
      // (`./cdn/*`, Lit inlined, for pages with no bundler), which would count every widget twice.
      entries(widgetsDir, widgetsManifest).filter(
        (entry) => entry.subpath !== '.' && !entry.subpath.startsWith('./cdn/'),
      )
    : [];
  const missing = widgetEntries.filter((entry) => !existsSync(entry.file));
  if (!widgetsManifest || widgetEntries.length === 0) {
    notes.push('Widgets: no widget entry in `@onramp/widgets` exports yet.');
  } else if (missing.length) {
    notes.push(
      `Widgets: not built (${missing.map((entry) => entry.subpath).join(', ')} missing): run the build first.`,
    );
  }
  const widgetSizes: BundleSize[] = [];
  for (const entry of widgetEntries.filter((e) => existsSync(e.file))) {
    const size = await bundleSize(
      `widget ${entry.subpath.replace(/^\.\//, '')}`,
      `export * from ${JSON.stringify(entry.file)};`,
      widgetsDir,
    );
    widgetSizes.push(size);
    ratioTo.set(size.name, fmtRatio(ratio(size.gzip, lit.gzip)));
  }
  if (widgetSizes.length) {
    const all = await bundleSize(
      `all widgets (${widgetSizes.length})`,
      widgetEntries
        .filter((e) => existsSync(e.file))
        .map((e) => `export * from ${JSON.stringify(e.file)};`)
        .join('\n'),
      widgetsDir,
    );
    widgetSizes.push(all);
    ratioTo.set(all.name, fmtRatio(ratio(all.gzip, lit.gzip)));
  }
  sizes.push(...widgetSizes);

  // The widget budgets, on a Vite production build of each entry (decision 0073).
  const appSizes: AppSize[] = [];
  const built = widgetEntries.filter((entry) => existsSync(entry.file));
  const workDir = resolve(benchDir, '.app-out');
  for (const entry of built)
    appSizes.push(
      await appSize(entry.subpath.replace(/^\.\//, '').replace(/\.js$/, ''), [entry.file], workDir),
    );
  if (built.length > 1)
    appSizes.push(
      await appSize(
        `all widgets (${built.length})`,
        built.map((entry) => entry.file),
        workDir,
      ),
    );
  const vite = (createRequire(import.meta.url)('vite/package.json') as { version: string }).version;
  checks.push(...appChecks(appSizes, `vite ${vite}`));

  // The no-bundler build (`dist/cdn/`, decision 0016): what a page with no build step loads from a
  // CDN, Lit and openapi-fetch included. The budgets above are for the entries an app bundles
  // (widgets README, "Sizes"); none is documented for this build, so it is shown for reference.
  const cdn = widgetsManifest ? await cdnSizes(widgetsDir) : undefined;
  if (!cdn) notes.push('CDN build: `@onramp/widgets` has no `dist/cdn/` yet (run its build): not measured.');
  else {
    notes.push(
      `CDN build: the files of \`@onramp/widgets/dist/cdn/\` (rebuilt in memory with its build script's esbuild options, for esbuild's metafile${cdn.stale ? '; **the files on disk differ, so they are older than `dist/`: the fresh build is measured**' : ': byte for byte the files on disk'}). Each element's file plus the shared chunks it imports statically, each file compressed on its own; \`index.js\` defines all six. No budget is documented for this build (the budgets are the entries' that an app bundles): shown for reference. It is larger than the app bundles above because its seven entries share code through chunks, each compressed apart.`,
    );
    for (const size of cdn.sizes) ratioTo.set(size.name, fmtRatio(ratio(size.gzip, lit.gzip)));
    sizes.push(...cdn.sizes);
  }

  return {
    id: 'bundle',
    title: 'Bundle size (production browser build)',
    status: widgetSizes.length && sdkData.status !== 'not built yet' ? 'measured' : 'partial',
    notes,
    tables: [
      appTable(appSizes, `vite ${vite}`),
      {
        columns: [
          'bundle',
          'minified',
          'gzip',
          'brotli',
          'gzip vs reference',
          'budget',
          'lazy chunks (gzip)',
        ],
        rows: sizes.map((size) => {
          const budget = budgetFor.get(size.name);
          return [
            size.name,
            fmtKb(size.minified),
            fmtKb(size.gzip),
            fmtKb(size.brotli),
            ratioTo.get(size.name)
              ? `${ratioTo.get(size.name)} of ${size.name.startsWith('SDK') ? 'openapi-fetch' : 'Lit'}`
              : 'reference',
            budget ? `${mark(budget.ok)} ${budget.target}` : '',
            size.lazy.files ? `${size.lazy.files} files, ${fmtKb(size.lazy.gzip)}` : '',
          ];
        }),
      },
      {
        title: 'What each bundle pulls in (top inputs by minified bytes)',
        columns: ['bundle', 'largest inputs'],
        rows: sizes.map((size) => [
          size.name,
          size.inputs
            .slice(0, 4)
            .map((input) => `${shortPath(input.path)} ${fmtKb(input.bytes)}`)
            .join(', '),
        ]),
      },
    ],
    data: { sizes, apps: appSizes, vite: `vite ${vite}`, sdk: sdkData },
    checks,
  };
}

/**
 * The CDN build of the widgets, measured per element: built in memory with the options of the
 * package's own build script (so esbuild's metafile tells translations from code), and compared
 * with the files on disk.
 */
async function cdnSizes(widgetsDir: string): Promise<{ sizes: BundleSize[]; stale: boolean } | undefined> {
  const script = resolve(widgetsDir, 'scripts/build-cdn.mjs');
  if (!existsSync(resolve(widgetsDir, 'dist/cdn')) || !existsSync(script)) return undefined;
  const { cdnBuildOptions, cdnEntries } = (await import(pathToFileURL(script).href)) as {
    cdnBuildOptions: (root: string) => BuildOptions & { metafile: true };
    cdnEntries: Record<string, string>;
  };
  const result = await build({ ...cdnBuildOptions(widgetsDir), write: false, logLevel: 'silent' });
  const files = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const outputs: Outputs = new Map(
    Object.entries(result.metafile.outputs)
      .filter(([path]) => path.endsWith('.js'))
      .map(([path, meta]) => [resolve(widgetsDir, path), meta]),
  );
  const stale = [...files].some(
    ([path, bytes]) => path.endsWith('.js') && (!existsSync(path) || !readFileSync(path).equals(bytes)),
  );
  const sizes = Object.keys(cdnEntries).map((name) =>
    sizeOfEntry(`CDN ${name}.js`, resolve(widgetsDir, 'dist/cdn', `${name}.js`), files, outputs, widgetsDir),
  );
  return { sizes, stale };
}

function shortPath(path: string): string {
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) return path.slice(inModules + 'node_modules/'.length);
  const inPackages = path.indexOf('packages/');
  return inPackages >= 0 ? path.slice(inPackages + 'packages/'.length) : path;
}

/** The budgets of a widget's Vite build: what the page loads to show it, and each chunk an action loads. */
export const WIDGET_BUDGET_KB = 30;
export const ALL_WIDGETS_BUDGET_KB = 60;
export const ON_ACTION_BUDGET_KB = 8;

export function appChecks(apps: AppSize[], tool: string): Check[] {
  return apps.flatMap((app) => {
    const limit = app.name.startsWith('all ') ? ALL_WIDGETS_BUDGET_KB : WIDGET_BUDGET_KB;
    const label = app.name.startsWith('all ') ? `${app.name} together` : `widget ${app.name}`;
    const checks: Check[] = [
      {
        name: `${label} in a ${tool} app (gzip, with Lit, what the page loads to show it)`,
        target: `≤ ${limit} kB`,
        actual: fmtKb(app.gzip),
        ok: app.gzip <= limit * KB,
      },
    ];
    const largest = app.onAction[0];
    if (largest && !app.name.startsWith('all '))
      checks.push({
        name: `widget ${app.name}: largest chunk a user's action loads (gzip, ${app.onAction.length} chunk${app.onAction.length === 1 ? '' : 's'})`,
        target: `≤ ${ON_ACTION_BUDGET_KB} kB`,
        actual: `${fmtKb(largest.gzip)} (${shortPath(largest.modules[0] ?? largest.file)})`,
        ok: largest.gzip <= ON_ACTION_BUDGET_KB * KB,
      });
    return checks;
  });
}

function appTable(apps: AppSize[], tool: string) {
  const sum = (chunks: { gzip: number }[]) => chunks.reduce((total, chunk) => total + chunk.gzip, 0);
  return {
    title: `Widgets in a partner's app: ${tool} production build, gzip per file (budgets, decision 0073)`,
    columns: [
      'entry',
      'initial (minified)',
      'initial (gzip)',
      'budget',
      "loaded on a user's action (gzip)",
      'with everything an English session can load (gzip)',
      'translations (gzip)',
      'largest inputs of the initial load',
    ],
    rows: apps.map((app) => {
      const limit = app.name.startsWith('all ') ? ALL_WIDGETS_BUDGET_KB : WIDGET_BUDGET_KB;
      return [
        app.name,
        fmtKb(app.minified),
        fmtKb(app.gzip),
        `${mark(app.gzip <= limit * KB)} ≤ ${limit} kB`,
        app.onAction.length
          ? app.onAction
              .map((chunk) => `${shortPath(chunk.modules[0] ?? chunk.file)} ${fmtKb(chunk.gzip)}`)
              .join(', ')
          : '',
        fmtKb(app.gzip + sum(app.onAction)),
        app.translations.files ? `${app.translations.files} files, ${fmtKb(app.translations.gzip)}` : '',
        app.inputs
          .slice(0, 4)
          .map((input) => `${shortPath(input.path)} ${fmtKb(input.bytes)}`)
          .join(', '),
      ];
    }),
  };
}
