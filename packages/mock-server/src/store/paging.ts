/** Skips `offset` matches and takes up to `max`: the cost grows with offset + page, not the store. */
export function page<T>(
  items: Iterable<T>,
  offset: number,
  max: number,
  keep: (item: T) => boolean = () => true,
): T[] {
  const out: T[] = [];
  let skipped = 0;
  if (max <= 0) return out;
  for (const item of items) {
    if (!keep(item)) continue;
    if (skipped < offset) {
      skipped++;
      continue;
    }
    out.push(item);
    if (out.length >= max) break;
  }
  return out;
}

/** Iterates several iterables one after the other. */
export function* concat<T>(parts: Iterable<Iterable<T>>): Generator<T> {
  for (const part of parts) yield* part;
}

/** Adds `id` under `key` in a one-to-many index (insertion-ordered). */
export function indexAdd<K, V>(index: Map<K, Set<V>>, key: K, id: V): void {
  let set = index.get(key);
  if (!set) {
    set = new Set();
    index.set(key, set);
  }
  set.add(id);
}

export function indexDelete<K, V>(index: Map<K, Set<V>>, key: K, id: V): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) index.delete(key);
}
