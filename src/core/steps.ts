/**
 * Work that can pause: long builds are generators that yield every few
 * milliseconds, so a caller on the main thread can let its event loop run
 * between steps (`parallel-build.ts`), and any other caller runs them through.
 *
 * @example
 * const library = runSteps(assembler.finishSteps(articles, rejected));
 */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
