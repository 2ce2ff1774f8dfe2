import { errorResponse } from './errors.js';
import type { MockResponse } from './types.js';

/**
 * The offset of the first byte that breaks UTF-8 (a stray continuation byte, a cut or overlong
 * sequence, a surrogate, a code point past U+10FFFF), or -1 when every byte is well-formed.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The length of the sequence, and the range of its second byte (RFC 3629 §4).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // past U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * A request body's text, or the `400` that refuses bytes that are not UTF-8: JSON text must be
 * UTF-8 (RFC 8259 §8.1), and decoding them anyway would store U+FFFD in place of what was sent.
 */
export function decodeBody(bytes: Uint8Array): { text: string } | { refusal: MockResponse } {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return { refusal: notUtf8(bytes) };
  }
}

/** The refusal of a body that is not UTF-8, naming the first bad byte. */
export function notUtf8(bytes: Uint8Array): MockResponse {
  const at = firstInvalidUtf8Byte(bytes);
  const byte = bytes[at] ?? 0;
  const description = `The body is not valid UTF-8: byte 0x${byte.toString(16).padStart(2, '0')} at offset ${at} cannot start or continue a character. Send the body encoded as UTF-8.`;
  return errorResponse(400, description, [{ description, reason: 'invalid_encoding', field: 'body' }]);
}
