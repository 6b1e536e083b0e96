// Loads a heavy library the first time it is needed, so starting the console does not pay for it.

/** A loader that starts `load` on its first call and hands every later caller the same promise. */
export function loadOnFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}
