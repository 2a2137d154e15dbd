// The shared skeleton of a harness run: an overall deadline, Ctrl+C handling, and clean-ups run in reverse order
// before exiting, so no code-server, extension host or chromium outlives the run.

/**
 * @param {string} name     Prefix of the run's log lines.
 * @param {number} timeoutMs Deadline of the whole run (install excluded only if the caller installs first).
 */
export function createRun(name, timeoutMs) {
  const started = Date.now();
  /** @type {Array<() => unknown>} */
  const cleanups = [];
  let finishing = false;

  /** Runs the clean-ups, then exits with `code`, explaining `reason` when given. */
  async function finish(code, reason) {
    if (finishing) return;
    finishing = true;
    if (reason) console.error(`[${name}] ${reason}`);
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`[${name}] cleanup failed: ${error}`);
      }
    }
    console.log(`[${name}] ${code === 0 ? 'passed' : 'FAILED'} (exit ${code}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(code);
  }

  setTimeout(() => void finish(1, `timed out after ${timeoutMs / 1000} s`), timeoutMs).unref();
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void finish(130, `interrupted (${signal})`));

  return {
    /** Registers a clean-up; they run last-registered first. */
    defer: (/** @type {() => unknown} */ cleanup) => void cleanups.push(cleanup),
    finish,
    /** Turns an error into a failed exit. */
    fail: (/** @type {unknown} */ error) => finish(1, error instanceof Error ? (error.stack ?? error.message) : String(error)),
  };
}
