// @ts-check
// The workspace's import graph, read from the sources: which files import which, which packages
// depend on which. One way only (STYLE.md): contract → domain → mock/SDK → widgets → apps;
// nothing in packages/ imports apps/; no circles.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIP = new Set([
  'node_modules',
  'dist',
  'generated',
  'storybook-static',
  'reports',
  'fixtures',
  '.turbo',
]);

/**
 * Every import specifier in `source` (static imports and re-exports, which start a line as the
 * formatter writes them, so that a string that reads like an import is not one; `import()` with a
 * literal anywhere).
 * @param {string} source
 */
export function importsOf(source) {
  const found = new Set();
  const patterns = [
    /^\s*import\s+(?:type\s+)?(?:[\w*{}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/gm,
    /^\s*export\s+(?:type\s+)?(?:\*|\{[^}]*\})\s*(?:as\s+\w+\s+)?from\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/**
 * Source files of one folder, recursively (tests included: a test is code that imports too).
 * @param {string} dir
 * @returns {string[]}
 */
export function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    if (SKIP.has(entry)) return [];
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry) && !entry.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The file a relative specifier names (TypeScript's `.js` → `.ts` mapping included).
 * @param {string} from
 * @param {string} specifier
 */
function resolveRelative(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    base.replace(/\.mjs$/, '.mts'),
    `${base}.ts`,
    join(base, 'index.ts'),
  ];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * Import edges between the files of `dir` (relative imports only).
 * @param {string} dir
 * @returns {Map<string, string[]>}
 */
export function fileGraph(dir) {
  /** @type {Map<string, string[]>} */
  const graph = new Map();
  for (const file of sourceFiles(resolve(dir))) {
    const targets = importsOf(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveRelative(file, specifier))
      .filter((target) => target !== undefined);
    graph.set(file, /** @type {string[]} */ (targets));
  }
  return graph;
}

/**
 * The circles of a graph: its strongly connected components of more than one node (or a node that
 * imports itself), each sorted, found with Tarjan's algorithm.
 * @param {Map<string, string[]>} graph
 * @returns {string[][]}
 */
export function circles(graph) {
  let index = 0;
  /** @type {Map<string, number>} */ const indexOf = new Map();
  /** @type {Map<string, number>} */ const low = new Map();
  /** @type {string[]} */ const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */ const found = [];
  /** @param {string} node */
  const visit = (node) => {
    indexOf.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(/** @type {number} */ (low.get(node)), /** @type {number} */ (low.get(next))));
      } else if (onStack.has(next)) {
        low.set(
          node,
          Math.min(/** @type {number} */ (low.get(node)), /** @type {number} */ (indexOf.get(next))),
        );
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      /** @type {string[]} */ const component = [];
      let member;
      do {
        member = /** @type {string} */ (stack.pop());
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return found;
}

/**
 * The workspace's packages: name, folder, and the workspace packages each depends on (any kind of
 * dependency, since a dev dependency is an edge for the build order too).
 * @param {string} root
 */
export function workspacePackages(root) {
  /** @type {{ name: string, dir: string, folder: string, deps: string[] }[]} */
  const found = [];
  for (const folder of ['packages', 'apps']) {
    const base = join(root, folder);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base)) {
      const manifest = join(base, entry, 'package.json');
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      const all = {
        ...pkg.dependencies,
        ...pkg.devDependencies,
        ...pkg.peerDependencies,
        ...pkg.optionalDependencies,
      };
      const deps = Object.entries(all)
        .filter(([, range]) => String(range).startsWith('workspace:'))
        .map(([name]) => name);
      found.push({ name: pkg.name, dir: join(base, entry), folder, deps });
    }
  }
  return found;
}

/**
 * What breaks the one-way rule, as sentences: a package that depends on an app, a source file in
 * packages/ whose import reaches into apps/, a workspace import a package does not declare, and a
 * circle between packages.
 * @param {string} root
 */
export function directionProblems(root) {
  const packages = workspacePackages(root);
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  /** @type {string[]} */
  const problems = [];
  for (const pkg of packages) {
    for (const dep of pkg.deps) {
      if (pkg.folder === 'packages' && byName.get(dep)?.folder === 'apps') {
        problems.push(`${pkg.name} depends on the app ${dep}`);
      }
    }
    for (const file of sourceFiles(pkg.dir)) {
      const where = relative(root, file);
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.')) {
          const target = relative(root, resolve(dirname(file), specifier));
          if (pkg.folder === 'packages' && target.startsWith('apps/')) {
            problems.push(`${where} imports ${specifier}, inside apps/`);
          }
          continue;
        }
        const name = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : specifier.split('/')[0];
        if (name && byName.has(name) && name !== pkg.name && !pkg.deps.includes(name)) {
          problems.push(`${where} imports ${name}, which ${pkg.name} does not declare`);
        }
      }
    }
  }
  /** @type {Map<string, string[]>} */
  const graph = new Map(packages.map((pkg) => [pkg.name, pkg.deps.filter((dep) => byName.has(dep))]));
  for (const circle of circles(graph))
    problems.push(`packages depend on each other in a circle: ${circle.join(' → ')}`);
  return problems;
}

/**
 * What breaks a package's layer order, as sentences: an import from a file of one layer into a
 * higher one, or a file in a folder no layer names. `layers` lists the layers bottom first, each as
 * the folders (or top-level files) of `dir` it holds; a layer may import its own and lower ones.
 * @param {string} dir
 * @param {readonly (readonly string[])[]} layers
 */
export function layerProblems(dir, layers) {
  const root = resolve(dir);
  /** @param {string} file */
  const layerOf = (file) => {
    const top = relative(root, file).split('/')[0] ?? '';
    return layers.findIndex((names) => names.includes(top));
  };
  /** @type {string[]} */
  const problems = [];
  for (const [file, targets] of fileGraph(root)) {
    const from = layerOf(file);
    const where = relative(root, file);
    if (from === -1) {
      problems.push(`${where} is in no layer`);
      continue;
    }
    for (const target of targets) {
      const to = layerOf(target);
      if (to > from)
        problems.push(
          `${where} (${layers[from]?.join(', ')}) imports ${relative(root, target)}, a layer above`,
        );
    }
  }
  return problems.sort();
}
