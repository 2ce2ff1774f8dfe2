import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { callText, findDefaultWaits, waitsWithoutTimeout } from '../src/wait-check.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const sample = readFileSync(new URL('./fixtures/waits/sample.ts', import.meta.url), 'utf8');

describe('waits in tests name their timeout (decision 0013)', () => {
  it('finds the waits that would use a library default, and only those', () => {
    expect(waitsWithoutTimeout(sample).map((found) => found.line)).toEqual([2, 5, 8, 9, 15]);
  });

  it("reads a call to its closing parenthesis, past strings' parentheses", () => {
    const placeholder = ['$', '{c}'].join('');
    const source = `f(a, ')', g(b), \`(${placeholder})\`) + 1`;
    expect(callText(source, 1)).toBe(`(a, ')', g(b), \`(${placeholder})\`)`);
  });

  it('passes over waits from the story kit, which sets its own', () => {
    const story = "import { waitFor } from '../../kit.js';\nawait waitFor(() => expect(a).toBe(1));";
    expect(waitsWithoutTimeout(story)).toEqual([]);
    const direct = "import { waitFor } from 'storybook/test';\nawait waitFor(() => expect(a).toBe(1));";
    expect(waitsWithoutTimeout(direct)).toHaveLength(1);
  });

  it("passes over a file's own waitFor, and checks its body instead", () => {
    const own = 'const waitFor = (c) => vi.waitFor(c, { timeout: WAIT_MS });\nawait waitFor(() => done());';
    expect(waitsWithoutTimeout(own)).toEqual([]);
    const lazy = 'const waitFor = (c) => vi.waitFor(c);\nawait waitFor(() => done());';
    expect(waitsWithoutTimeout(lazy).map((found) => found.line)).toEqual([1]);
  });

  it('holds for every test, story and test helper in the repository', () => {
    expect(findDefaultWaits(repo)).toEqual([]);
  });
});
