import { h } from './dom.js';
import type { MessageKey, Translate } from './i18n/index.js';

/**
 * User-controlled text (customer, user and org names, e-mails, references) shown in the portal.
 * In the DOM it goes in a `<bdi>`: a name holding U+202E (right-to-left override) or Hebrew cannot
 * reorder the sentence or the cell around it. Where no element can go (an `<option>`, an
 * `aria-label`), the text is wrapped in FSI … PDI, the same isolation in plain text (decision 0036).
 */
export const isolated = (text: string) => h('bdi', {}, text);

const FSI = '\u2068';
const PDI = '\u2069';

/** Plain-text isolation, for option labels and attribute values. */
export const isolatedText = (text: string) => `${FSI}${text}${PDI}`;

/**
 * A translated sentence whose parameters are user text, as nodes: each parameter in its own
 * `<bdi>`, the translation's words around them (the catalogue decides the order, the name cannot).
 */
export function sentence(t: Translate, key: MessageKey, params: Record<string, string | number>): Node[] {
  const marks = Object.fromEntries(Object.keys(params).map((name) => [name, `\u0000${name}\u0000`]));
  return t(key, marks)
    .split('\u0000')
    .map((part, index) =>
      index % 2 === 1 && part in params ? isolated(String(params[part])) : document.createTextNode(part),
    );
}
