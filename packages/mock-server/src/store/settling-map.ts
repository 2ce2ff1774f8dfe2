/**
 * A Map whose reads first complete the work the store deferred (the customer orgs of new wholesale
 * customers, built on first need: see `Directory.defer`), so no read ever sees the world without it.
 *
 * `settle(key)` builds what is deferred and says whether anything was built; it is given the key of
 * a single-key read, so a map can settle only when that key may be one of the deferred records.
 * Writes settle first too, so records keep the order they would have had if nothing was deferred.
 * `clear` does not settle (what it would build is dropped anyway). `size` is not overridden: read
 * it after an iteration, or use `Directory`'s methods.
 */
export class SettlingMap<K, V> extends Map<K, V> {
  constructor(private readonly settle: (key?: K) => boolean) {
    super();
  }

  override get(key: K): V | undefined {
    const value = super.get(key);
    if (value !== undefined || !this.settle(key)) return value;
    return super.get(key);
  }

  override has(key: K): boolean {
    return super.has(key) || (this.settle(key) && super.has(key));
  }

  override set(key: K, value: V): this {
    this.settle();
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.settle();
    return super.delete(key);
  }

  override keys(): MapIterator<K> {
    this.settle();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.settle();
    return super.values();
  }

  override entries(): MapIterator<[K, V]> {
    this.settle();
    return super.entries();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.settle();
    super.forEach(callback, thisArg);
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    this.settle();
    return super[Symbol.iterator]();
  }
}
