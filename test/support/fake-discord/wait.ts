/**
 * Resolves when `done()` holds, re-checking whenever a listener registered in `listeners` fires;
 * rejects with `message()` after `timeoutMs` so no test can hang on the fake server.
 */
export function waitUntil(
  listeners: Set<() => void>,
  done: () => boolean,
  timeoutMs: number,
  message: () => string,
): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!done()) return;
      finish();
      resolve();
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(message()));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      listeners.delete(check);
    };
    listeners.add(check);
  });
}
