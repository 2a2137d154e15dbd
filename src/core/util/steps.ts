/**
 * Work done in steps: a generator that yields between parts of the work and returns its result. The caller decides
 * what happens at each yield: nothing (run it to the end at once), or a pause that lets an editor answer the user.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps with `pause` between them (a pause may reject to stop the work). */
export async function runSteps<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
