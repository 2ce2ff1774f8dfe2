/**
 * A one-to-many index whose lists are kept sorted by a key, sorted lazily: writes mark a list
 * dirty, the next read sorts it once. Bulk seeding (100,000 users) then costs one sort per list.
 */
export class SortedIndex {
  private readonly lists = new Map<string, string[]>();
  private readonly dirty = new Set<string>();

  constructor(private readonly sortKey: (id: string) => string) {}

  add(key: string, id: string): void {
    let list = this.lists.get(key);
    if (!list) {
      list = [];
      this.lists.set(key, list);
    }
    list.push(id);
    this.dirty.add(key);
  }

  remove(key: string, id: string): void {
    const list = this.lists.get(key);
    const at = list?.indexOf(id) ?? -1;
    if (list && at >= 0) list.splice(at, 1);
  }

  /** The ids under `key`, in key order (do not mutate). */
  get(key: string): readonly string[] {
    const list = this.lists.get(key);
    if (!list) return [];
    if (this.dirty.delete(key)) {
      const keys = new Map(list.map((id) => [id, this.sortKey(id)]));
      list.sort((a, b) => compare(keys.get(a) ?? '', keys.get(b) ?? ''));
    }
    return list;
  }

  /** Marks `key`'s list for re-sorting (its members' sort keys changed). */
  touch(key: string): void {
    if (this.lists.has(key)) this.dirty.add(key);
  }

  clear(): void {
    this.lists.clear();
    this.dirty.clear();
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
