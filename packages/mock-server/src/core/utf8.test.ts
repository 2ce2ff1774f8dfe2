import { describe, expect, it } from 'vitest';
import { decodeBody, firstInvalidUtf8Byte } from './utf8.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('firstInvalidUtf8Byte', () => {
  it('finds nothing wrong in well-formed text, whatever its characters', () => {
    expect(firstInvalidUtf8Byte(new TextEncoder().encode('Café ☕ 𝄞 שלום'))).toBe(-1);
  });

  it.each([
    ['a stray continuation byte', bytes(0x41, 0x80), 1],
    ['a Latin-1 é', bytes(0x43, 0x61, 0x66, 0xe9), 3],
    ['a sequence cut short', bytes(0x41, 0xe2, 0x98), 1],
    ['an overlong encoding', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['a surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['0xff', bytes(0x7b, 0xff), 1],
  ])('names the offset of %s', (_, input, offset) => {
    expect(firstInvalidUtf8Byte(input)).toBe(offset);
    // The strict decoder agrees that it is not UTF-8.
    expect('refusal' in decodeBody(input)).toBe(true);
  });

  it('decodes well-formed bytes to their text', () => {
    expect(decodeBody(new TextEncoder().encode('{"a":"é"}'))).toEqual({ text: '{"a":"é"}' });
  });
});
