// @ts-check
// Shrinks the widgets' templates in dist/**/*.js. In css`…`: comments, indentation, line breaks and
// spaces CSS does not need; in html`…`: indentation. The comments stay in src/, where they explain
// the styles; shipped, they were bytes every page paid for (the role editor's budget is 30 kB gzip
// with Lit: `pnpm bench`). Only a template's static text is touched: `${…}` code is kept as it is.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The static CSS text between two interpolations, without indentation, line breaks, or spaces that
 * CSS does not need: around `{ } ; , >`, after a declaration's `:` and before a block's `}`. A space
 * before `:` is kept (`.a :focus` is not `.a:focus`), and so are spaces next to an interpolation on
 * its line (`0 ${x}` must not become `0${x}`). The widgets' CSS has no string with those characters
 * in it (a test checks what the build does to every template).
 */
/** @param {string} text */
export function minifyCssText(text) {
  return text
    .replace(/[ \t]*\n\s*/g, '\n')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:[ \t\n]+/g, ':')
    .replace(/;}/g, '}')
    .replace(/\n/g, ' ');
}

/**
 * Rewrites every css`…` template of a module's source. A template is scanned character by
 * character so that `${…}` (with nested braces and strings) is copied untouched.
 */
/** @param {string} source */
export function minifyCssTemplates(source) {
  let out = '';
  let i = 0;
  const tag = /\bcss\s*`/g;
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    const start = match.index + match[0].length;
    out += source.slice(i, start);
    let chunk = '';
    let j = start;
    while (j < source.length && source[j] !== '`') {
      if (source[j] === '\\') {
        chunk += source.slice(j, j + 2);
        j += 2;
      } else if (source[j] === '/' && source[j + 1] === '*') {
        // A CSS comment goes whole, with any `${…}` in it (a value nobody reads).
        const end = source.indexOf('*/', j + 2);
        j = end < 0 ? source.length : end + 2;
      } else if (source[j] === '$' && source[j + 1] === '{') {
        out += minifyCssText(chunk);
        chunk = '';
        let depth = 0;
        const from = j;
        for (; j < source.length; j++) {
          if (source[j] === '{') depth++;
          else if (source[j] === '}' && --depth === 0) break;
        }
        out += source.slice(from, j + 1);
        j++;
      } else chunk += source[j++];
    }
    out += minifyCssText(chunk);
    i = j;
    tag.lastIndex = j + 1;
  }
  return out + source.slice(i);
}

/**
 * Rewrites the static text of every html`…` / svg`…` template of a module: a run of white space
 * that holds a line break becomes one line break (HTML renders both as one space; the widgets have
 * no `<pre>` or `<textarea>` content in templates). The templates are found with TypeScript's
 * parser, so nested templates and `${…}` code are handled exactly.
 */
/** @param {string} source */
export function minifyHtmlTemplates(source) {
  const file = ts.createSourceFile('module.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** @type {Array<[number, number]>} */
  const texts = [];
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      /^(html|svg)$/.test(node.tag.text)
    ) {
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // Between the opening `` ` `` or `}` and the closing `` ` `` or `${`.
        const closing = ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1;
        texts.push([part.getStart(file) + 1, part.getEnd() - closing]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of texts.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + out.slice(start, end).replace(/\s*\n\s*/g, '\n') + out.slice(end);
  return out;
}

/** @param {string} dir @returns {Generator<string>} */
function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  let saved = 0;
  for (const file of jsFiles(dist)) {
    const source = readFileSync(file, 'utf8');
    let minified = /\bcss\s*`/.test(source) ? minifyCssTemplates(source) : source;
    if (/\b(html|svg)\s*`/.test(minified)) minified = minifyHtmlTemplates(minified);
    saved += source.length - minified.length;
    if (minified !== source) writeFileSync(file, minified);
  }
  console.log(`minify-css: ${saved} characters of template white space and CSS comments removed from dist/`);
}
