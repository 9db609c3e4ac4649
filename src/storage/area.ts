// The two key-value areas the worker writes, as an interface: the browser's storage.session and
// storage.local in the extension, plain in-memory maps in tests.
export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Every key and value in the area (export, delete all). */
  getAll(): Promise<Record<string, unknown>>;
}

/**
 * Runs async read-modify-write steps one after another. One worker instance owns storage.local, so
 * a promise chain is enough to stop two snapshots (or an alarm and a "retry now") from interleaving
 * their reads and writes of the same keys.
 */
export function serialQueue(): <T>(step: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(step: () => Promise<T>): Promise<T> => {
    const run = tail.then(step, step);
    tail = run.catch(() => undefined);
    return run;
  };
}
