import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.(test|test-d|stories)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every dynamic `import('…')` of the widgets' shipped sources, with the file it is in. */
const dynamicImports = sources(SRC).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^.*\bimport\('([^']+)'\).*$/gm)].map(([line, target]) => ({
    file: relative(SRC, file),
    target: target as string,
    line: line.trim(),
  })),
);

// The widget budgets (`pnpm bench`, decision 0073) count what a page loads to show a widget; a lazy
// chunk is left out only when it is another language's messages or code a user's action loads.
describe('lazy modules of the widgets', () => {
  it('are other languages, or loaded on demand by an action (base/on-demand.ts)', () => {
    expect(dynamicImports.length).toBeGreaterThan(0);
    for (const site of dynamicImports) {
      const translation =
        site.file.startsWith('i18n/catalogues/') && /^\.\.\/locales\/(ru|ro|he)\//.test(site.target);
      const onAction = /= onDemand\(\(\) => import\('[^']+'\)\);$/.test(site.line);
      expect(translation || onAction, `${site.file}: ${site.line}`).toBe(true);
    }
  });

  it('loads each on-demand module from one place, and English never lazily', () => {
    const onAction = dynamicImports.filter((site) => site.line.includes('onDemand('));
    expect(onAction.map((site) => site.target).sort()).toEqual([
      '../api/json-schema.js',
      './add-forms.js',
      './address-editor.js',
      './csv-import-view.js',
      './user-dialog.js',
    ]);
    expect(dynamicImports.some((site) => site.target.includes('/locales/en/'))).toBe(false);
  });
});
