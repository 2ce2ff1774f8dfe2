import type { MockApp, MockState } from '@onramp/mock-server';

/**
 * The in-browser mock's world kept across reloads (decisions/0039): the mock's own state export
 * (`MockState`, what the standalone server's `--state FILE` holds) in IndexedDB, which holds the
 * ~1 MB world where localStorage's 5 MB quota per origin is shared with everything else.
 */
const DB = 'onramp-portal';
const STORE = 'mock';
const KEY = 'state';
/** Changes come in bursts (a setup is several requests): one write after the burst. */
const SAVE_DELAY_MS = 250;

export interface SnapshotStore {
  read(): Promise<MockState | undefined>;
  write(state: MockState): Promise<void>;
  clear(): Promise<void>;
}

function open(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run<T>(db: IDBDatabase, mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) {
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = act(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/** The snapshot in IndexedDB database `name` (tests use their own). */
export function indexedDbSnapshots(name = DB): SnapshotStore {
  let db: Promise<IDBDatabase> | undefined;
  const connect = () => {
    db ??= open(name);
    return db;
  };
  return {
    async read() {
      const state = await run(await connect(), 'readonly', (store) => store.get(KEY));
      return isMockState(state) ? state : undefined;
    },
    async write(state) {
      await run(await connect(), 'readwrite', (store) => store.put(state, KEY));
    },
    async clear() {
      await run(await connect(), 'readwrite', (store) => store.delete(KEY));
    },
  };
}

/** A snapshot from an older mock (another `version`) is not loaded: the seed is used instead. */
function isMockState(value: unknown): value is MockState {
  const state = value as Partial<MockState> | undefined;
  return (
    typeof state === 'object' &&
    state !== null &&
    state.version === 1 &&
    typeof state.now === 'number' &&
    typeof state.data === 'object'
  );
}

/**
 * Saves `app`'s world into `snapshots` after every change (debounced). A failed write (private
 * mode, quota) is only logged: the demo goes on, it just will not survive a reload.
 */
export function keepMockState(app: MockApp, snapshots: SnapshotStore, delayMs = SAVE_DELAY_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving = Promise.resolve();
  const save = () => {
    timer = undefined;
    const state = app.exportState();
    saving = saving
      .then(() => snapshots.write(state))
      .catch((error) => console.warn('Onramp portal: the demo data could not be kept:', error));
  };
  app.onChange(() => {
    timer ??= setTimeout(save, delayMs);
  });
  return {
    /** Resolves once every change so far is written. */
    async flush() {
      if (timer !== undefined) {
        clearTimeout(timer);
        save();
      }
      await saving;
    },
  };
}

/** The saved world, or undefined (none yet, an old one, or IndexedDB unavailable). */
export async function readSnapshot(snapshots: SnapshotStore): Promise<MockState | undefined> {
  try {
    return await snapshots.read();
  } catch (error) {
    console.warn('Onramp portal: no saved demo data could be read:', error);
    return undefined;
  }
}
