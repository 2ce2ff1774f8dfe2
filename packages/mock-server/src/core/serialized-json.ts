/**
 * A JSON body serialized ahead of time. List answers are the standalone server's hottest path, and
 * `JSON.stringify` of the page was its largest cost: handlers build them from per-record text that
 * is cached, and the adapters write `text` as is. Anything else still sees plain JSON: `toJSON()`
 * parses it back, so `JSON.stringify(answer.body)` gives the same bytes.
 */
export class SerializedJson {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** The text to send for an answer's JSON body. */
export const jsonText = (body: unknown): string =>
  body instanceof SerializedJson ? body.text : JSON.stringify(body);

/**
 * `{ "items": [...] }` from records and a (cached) serializer. Typed as the list the handler
 * declares, because the text is made of exactly those typed views.
 */
export function serializedList<View>(
  records: readonly object[],
  toText: (record: never) => string,
): { items: View[] } {
  let text = '{"items":[';
  for (let i = 0; i < records.length; i++) text += (i ? ',' : '') + toText(records[i] as never);
  return new SerializedJson(`${text}]}`) as unknown as { items: View[] };
}
