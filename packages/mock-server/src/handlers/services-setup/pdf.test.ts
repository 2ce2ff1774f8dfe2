import { describe, expect, it } from 'vitest';
import { createPdf } from './pdf.js';

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** Checks the cross-reference table: every entry points at its `n 0 obj`, startxref at `xref`. */
export function expectValidPdf(bytes: Uint8Array): string {
  const text = latin1(bytes);
  expect(text.startsWith('%PDF-1.4')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref)) ?? [];
  expect(first).toBe('0');
  const entries = text
    .slice(startxref)
    .split('\n')
    .slice(2, 2 + Number(count));
  entries.slice(1).forEach((entry, index) => {
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true);
  });
  const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)?.[1]);
  const start = text.indexOf('stream\n') + 'stream\n'.length;
  expect(text.slice(start + length, start + length + 10)).toBe('\nendstream');
  return text;
}

describe('createPdf', () => {
  it('writes a valid PDF 1.4 with the lines, escaping parentheses and non-ASCII', () => {
    const pdf = createPdf('Order summary', [
      'Country of operation: Germany (DE)',
      'Zeitzone: Zürich',
      'a \\ b',
    ]);
    const text = expectValidPdf(pdf);
    expect(text).toContain('(Country of operation: Germany \\(DE\\)) Tj');
    expect(text).toContain('(Zeitzone: Z?rich) Tj');
    expect(text).toContain('(a \\\\ b) Tj');
  });
});
