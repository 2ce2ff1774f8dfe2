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
