import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Components use only the design language (decision 0065): a colour or a pixel length written in a
// component's styles is a one-off that no theme, density or forced-colours rule can reach. The
// tokens themselves live in src/styles/, the one place such literals belong.

const src = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.ts$/.test(entry.name) && !/\.(test|test-d|stories)\.ts$/.test(entry.name)) yield path;
  }
}

/** The static text of every css`…` template in a module, comments removed (`${…}` left out). */
function cssBlocks(source: string): string[] {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true);
  const blocks: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template.text]
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
      blocks.push(parts.join(' ').replace(/\/\*[\s\S]*?\*\//g, ''));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return blocks;
}

const literal = [
  /#[0-9a-f]{3,8}\b/gi,
  /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^)]*\)/gi,
  /:\s*(?:white|black|red|green|blue|gray|grey|silver|yellow|orange|purple|navy|teal)\b/gi,
  /(?<![\w-])\d*\.?\d+px\b/gi,
];

/** The literal colours and pixel lengths in a stylesheet's text. */
function literalsIn(css: string): string[] {
  return literal.flatMap((pattern) => css.match(pattern) ?? []);
}

const modules = [...sources(src)].map((path) => ({
  path: relative(src, path),
  blocks: cssBlocks(readFileSync(path, 'utf8')),
}));
const components = modules.filter((m) => !m.path.startsWith('styles') && m.blocks.length > 0);
const tokens = modules.filter((m) => m.path.startsWith('styles')).flatMap((m) => m.blocks);

describe('the design language', () => {
  it('finds literal colours and pixel lengths (the check below can fail)', () => {
    expect(
      literalsIn(':host { color: #0a5cb8; border: 1px solid rgb(0 0 0 / 0.2); background: white }'),
    ).toEqual(['#0a5cb8', 'rgb(0 0 0 / 0.2)', ': white', '1px']);
    expect(
      literalsIn(':host { padding: var(--_space-s); inline-size: var(--_field-code); color: Highlight }'),
    ).toEqual([]);
  });

  it('reads the styles of every component', () => {
    expect(components.map((m) => m.path.split(/[\\/]/)[0])).toEqual(
      expect.arrayContaining([
        'customer-onboarding',
        'role-editor',
        'setup-prompt',
        'setup-wizard',
        'status-badge',
        'subscription-panel',
      ]),
    );
  });

  it.each(components.map((m) => [m.path, m.blocks] as const))(
    '%s: no literal colour or pixel length, only tokens',
    (_path, blocks) => {
      expect(blocks.flatMap(literalsIn)).toEqual([]);
    },
  );

  it('every private token a component reads is declared (no typo falls back to nothing)', () => {
    const all = [...tokens, ...components.flatMap((m) => m.blocks)].join('\n');
    const declared = new Set([...all.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
    const used = new Set([...all.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
    expect([...used].filter((name) => !declared.has(name))).toEqual([]);
  });

  it('every public token of the design language is in the README with its default', () => {
    const publicTokens = new Set(tokens.join('\n').match(/--onramp-[\w-]+/g));
    expect(publicTokens.size).toBeGreaterThan(30);
    expect([...publicTokens].filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
