/**
 * Ids shaped like the real API's: base64 of `ciscospark://us/<KIND>/<uuid>`, without padding.
 * Seeded records use counter-based uuids so every run of a scenario has the same ids.
 */
export type IdKind = 'CUSTOMER' | 'ORGANIZATION' | 'SUBSCRIBER' | 'PEOPLE' | 'SUBSCRIPTION';

function toBase64(text: string): string {
  // Node (the standalone server): Buffer is several times faster than btoa, a hot spot of every create.
  // Ids are ASCII (latin1 is the same bytes, without UTF-8's scan); the padding is cut, not searched.
  if (typeof Buffer !== 'undefined') {
    const encoded = Buffer.from(text, 'latin1').toString('base64');
    const padding = (3 - (text.length % 3)) % 3;
    return padding ? encoded.slice(0, -padding) : encoded;
  }
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, '');
}

export function encodeId(kind: IdKind, uuid: string): string {
  return toBase64(`ciscospark://us/${kind}/${uuid}`);
}

/** A uuid-shaped string from a counter: `00000000-0000-4000-8000-00000000002a` for 42. */
export function counterUuid(n: number, namespace = 0): string {
  return `${namespace.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

const ASCII = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const HEX = ASCII('0123456789abcdef');
const BASE64 = ASCII('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PREFIX: Record<IdKind, Uint8Array> = {
  CUSTOMER: ASCII('ciscospark://us/CUSTOMER/'),
  ORGANIZATION: ASCII('ciscospark://us/ORGANIZATION/'),
  SUBSCRIBER: ASCII('ciscospark://us/SUBSCRIBER/'),
  PEOPLE: ASCII('ciscospark://us/PEOPLE/'),
  SUBSCRIPTION: ASCII('ciscospark://us/SUBSCRIPTION/'),
};
/** Random bytes for 64 uuids at a time (one call to the secure generator per 64). */
const pool = new Uint8Array(16 * 64);
let poolAt = pool.length;
const uuid = new Uint8Array(36);
// The longest id text: `ciscospark://us/ORGANIZATION/` (29) or `...SUBSCRIPTION/` (29) and a uuid (36).
const text = new Uint8Array(65);
const encoded = typeof Buffer === 'undefined' ? new Uint8Array(88) : Buffer.allocUnsafeSlow(88);

/**
 * Two ids of one new random (version 4) uuid, e.g. a customer's and its org's: the same strings as
 * `encodeId(kind, randomUuid())` for both kinds, built from bytes (the uuid's text and base64 are
 * written into scratch buffers) instead of through `randomUUID`'s string concatenations and a
 * `Buffer` per id: a create's largest source of garbage after the body itself (issue #4).
 */
export function randomIdPair(first: IdKind, second: IdKind): [string, string] {
  if (poolAt === pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolAt = 0;
  }
  let at = 0;
  for (let i = 0; i < 16; i++) {
    let byte = pool[poolAt + i] as number;
    if (i === 6) byte = (byte & 0x0f) | 0x40; // version 4
    if (i === 8) byte = (byte & 0x3f) | 0x80; // RFC 4122 variant
    if (i === 4 || i === 6 || i === 8 || i === 10) uuid[at++] = 0x2d; // '-'
    uuid[at++] = HEX[byte >> 4] as number;
    uuid[at++] = HEX[byte & 15] as number;
  }
  poolAt += 16;
  return [idOf(first, uuid), idOf(second, uuid)];
}

function idOf(kind: IdKind, uuid: Uint8Array): string {
  const prefix = PREFIX[kind];
  text.set(prefix, 0);
  text.set(uuid, prefix.length);
  const length = prefix.length + uuid.length;
  let out = 0;
  let i = 0;
  for (; i + 2 < length; i += 3) {
    const n = ((text[i] as number) << 16) | ((text[i + 1] as number) << 8) | (text[i + 2] as number);
    encoded[out++] = BASE64[n >> 18] as number;
    encoded[out++] = BASE64[(n >> 12) & 63] as number;
    encoded[out++] = BASE64[(n >> 6) & 63] as number;
    encoded[out++] = BASE64[n & 63] as number;
  }
  // The last one or two bytes, without padding (as `encodeId`).
  if (i < length) {
    const n = ((text[i] as number) << 16) | (i + 1 < length ? (text[i + 1] as number) << 8 : 0);
    encoded[out++] = BASE64[n >> 18] as number;
    encoded[out++] = BASE64[(n >> 12) & 63] as number;
    if (i + 1 < length) encoded[out++] = BASE64[(n >> 6) & 63] as number;
  }
  return typeof Buffer === 'undefined'
    ? String.fromCharCode(...encoded.subarray(0, out))
    : (encoded as Buffer).toString('latin1', 0, out);
}
