/**
 * A module of the app's own that is not part of the script every start parses (a chunk of its
 * own, fetched with `import()` when first wanted).
 */
export interface LazyModule<T> {
  /** Starts loading (once) and resolves to the module; a failed load may be tried again. */
  load(): Promise<T>;
  /** The module when it has loaded, else null. */
  loaded(): T | null;
}

/** Wraps a dynamic `import()` (the bundler makes its target a chunk) as a {@link LazyModule}. */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | null = null;
  let value: T | null = null;
  return {
    load: () =>
      (loading ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    loaded: () => value,
  };
}

/**
 * Runs `task` once the page is idle (at the latest after `timeout` ms), so that what a start does
 * not need does not compete with its first paint. Returns a cancel.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 50);
  return () => clearTimeout(handle);
}
