import { describe, expect, it } from 'vitest';
import { extractSnippets, SnippetSyntaxError } from './snippets.js';

const doc = (...parts: string[]) => parts.join('\n');

describe('extractSnippets', () => {
  it('takes the blocks marked runnable, with their kind, language, line and code', () => {
    const markdown = doc(
      '# Title',
      '',
      '```ts runnable=node',
      "console.log('a');",
      '```',
      '',
      '```html runnable=page',
      '<p>b</p>',
      '```',
    );
    expect(extractSnippets(markdown, 'README.md', 'sdk')).toEqual([
      { source: 'README.md', line: 3, lang: 'ts', kind: 'node', code: "console.log('a');\n", id: 'sdk-1' },
      { source: 'README.md', line: 7, lang: 'html', kind: 'page', code: '<p>b</p>\n', id: 'sdk-2' },
    ]);
  });

  it('ignores blocks that are not marked, and what looks like a marker outside the info string', () => {
    const markdown = doc('```ts', 'runnable=node', '```', '```sh', 'npm i x # runnable=node', '```');
    expect(extractSnippets(markdown, 'R')).toEqual([]);
  });

  it('reads other attributes around the marker and keeps blank lines inside the block', () => {
    const [snippet] = extractSnippets(doc('```ts title="x" runnable=vitest other', 'a', '', 'b', '```'), 'R');
    expect(snippet?.kind).toBe('vitest');
    expect(snippet?.code).toBe('a\n\nb\n');
  });

  it('does not end a block at a shorter fence or at a fence of the other character', () => {
    const markdown = doc(
      '````md runnable=node',
      '```ts',
      'inner',
      '```',
      '~~~',
      '````',
      '```ts runnable=node',
      'x',
      '```',
    );
    const snippets = extractSnippets(markdown, 'R');
    expect(snippets.map((s) => s.code)).toEqual(['```ts\ninner\n```\n~~~\n', 'x\n']);
    expect(snippets.map((s) => s.line)).toEqual([1, 7]);
  });

  it('takes tilde fences and removes the opening fence indentation from the lines', () => {
    const markdown = doc('  ~~~ts runnable=node', '  const a = 1;', '    nested();', ' short();', '  ~~~');
    expect(extractSnippets(markdown, 'R')[0]?.code).toBe('const a = 1;\n  nested();\nshort();\n');
  });

  it('does not treat a marker in a block that is not runnable as a new block', () => {
    const markdown = doc('```md', '```ts runnable=node', 'no', '```', '```ts runnable=node', 'yes', '```');
    // The first fence closes at its own closing line (line 4); the next block starts at line 5.
    expect(extractSnippets(markdown, 'R').map((s) => [s.line, s.code])).toEqual([[5, 'yes\n']]);
  });

  it('refuses an unknown kind and an unclosed runnable block, naming the place', () => {
    expect(() => extractSnippets(doc('# x', '```ts runnable=nodee', 'a', '```'), 'pkg/README.md')).toThrow(
      new SnippetSyntaxError('pkg/README.md:2: unknown runnable=nodee; expected one of node, vitest, page'),
    );
    expect(() => extractSnippets(doc('```ts runnable=node', 'a'), 'R')).toThrow(
      /R:1: runnable block has no closing/,
    );
  });

  it('numbers ids per document and handles CRLF line ends', () => {
    const markdown = '```ts runnable=node\r\na\r\n```\r\n```ts runnable=vitest\r\nb\r\n```\r\n';
    expect(extractSnippets(markdown, 'R', 'mock').map((s) => [s.id, s.code])).toEqual([
      ['mock-1', 'a\n'],
      ['mock-2', 'b\n'],
    ]);
  });
});
