/**
 * README snippets that are run, not just shown. A fenced block is runnable when its info string
 * carries `runnable=<kind>` after the language:
 *
 *   ```ts runnable=node      a Node ESM TypeScript program, run against a standalone mock server
 *                            whose base URL (…/v1) is in ONRAMP_BASE_URL
 *   ```ts runnable=vitest    a Vitest test file
 *   ```html runnable=page    a whole HTML page, served from a folder where the packages are
 *                            installed, opened in Chromium: no console error, elements render
 *
 * Any other `runnable=` value is an error (a typo must not silently turn a snippet off).
 */

export const SNIPPET_KINDS = ['node', 'vitest', 'page'] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

export interface Snippet {
  /** Where it comes from (e.g. `@onramp/sdk/README.md`), for messages. */
  source: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  kind: SnippetKind;
  code: string;
  /** A file-name-safe id, unique per source: `sdk-readme-3`. */
  id: string;
}

export class SnippetSyntaxError extends Error {
  override name = 'SnippetSyntaxError';
}

const OPENING = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)(.*)$/;

const isKind = (value: string): value is SnippetKind => (SNIPPET_KINDS as readonly string[]).includes(value);

/** The runnable snippets of one Markdown document, in order. */
export function extractSnippets(markdown: string, source: string, idPrefix = 'snippet'): Snippet[] {
  const lines = markdown.split(/\r?\n/);
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = OPENING.exec(lines[index] ?? '');
    if (!opening) continue;
    const [, indent = '', fence = '', lang = '', rest = ''] = opening;
    if (fence.startsWith('`') && rest.includes('`')) continue; // not a fence (CommonMark)
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const end = lines.findIndex((line, at) => at > index && closing.test(line));
    const runnable = /(?:^|\s)runnable=(\S*)/.exec(rest)?.[1];
    if (end < 0) {
      if (runnable !== undefined)
        throw new SnippetSyntaxError(`${source}:${index + 1}: runnable block has no closing ${fence}`);
      break; // an unclosed fence runs to the end of the document
    }
    if (runnable !== undefined) {
      if (!isKind(runnable))
        throw new SnippetSyntaxError(
          `${source}:${index + 1}: unknown runnable=${runnable || '(empty)'}; expected one of ${SNIPPET_KINDS.join(', ')}`,
        );
      const body = lines.slice(index + 1, end).map((line) => stripIndent(line, indent.length));
      snippets.push({
        source,
        line: index + 1,
        lang,
        kind: runnable,
        code: `${body.join('\n')}\n`,
        id: `${idPrefix}-${snippets.length + 1}`,
      });
    }
    index = end;
  }
  return snippets;
}

/** CommonMark: content lines lose up to the opening fence's indentation. */
function stripIndent(line: string, width: number): string {
  let removed = 0;
  while (removed < width && line[removed] === ' ') removed++;
  return line.slice(removed);
}
