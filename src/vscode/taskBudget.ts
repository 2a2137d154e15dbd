/**
 * Pauses for stepped work in the extension host (no `vscode` import, so the keystroke benchmark runs the same code).
 *
 * Readers offer a pause every few milliseconds of work; yielding at each would add the timer's ~1 ms many times over,
 * so a pause yields only once the budget of work has run since the last yield. Each synchronous task then stays near
 * the budget, and the whole read costs a few timer turns more than running in one go.
 */

/** How long one synchronous part of an analysis may run before the host gets a turn (the product target is 50 ms). */
export const taskBudgetMs = 10;

/** Resolves in a later task of the event loop, after whatever the host has queued (typing, completion, hovers). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Thrown from a pause when the work is no longer wanted (a newer edit started another run). */
export class WorkOvertaken extends Error {
  constructor() {
    super('overtaken by newer work');
  }
}

/** What a benchmark or test may replace: the clock, how to wait for the next task, how to see that one ran. */
export interface PauseHooks {
  readonly clock?: () => number;
  readonly nextTask?: () => Promise<void>;
  /** Calls `seen` once the event loop has turned, unless cancelled first. */
  readonly watchTurn?: (seen: () => void) => { cancel(): void };
}

function watchTurnWithTimer(seen: () => void): { cancel(): void } {
  const timer = setTimeout(seen, 0);
  return { cancel: () => clearTimeout(timer) };
}

/** What one run of stepped work has cost the host so far. */
export interface TaskTiming {
  /** Synchronous tasks the run was split into. */
  readonly tasks: number;
  /** Their total, in ms: the host's time spent on the run (waits between tasks not counted). */
  readonly busyMs: number;
  /** The longest of them, in ms: how long the host could not answer anything else. */
  readonly longestTaskMs: number;
}

/**
 * The pause for one run of stepped work, and its timing. `pause` resolves at once while the current task is younger
 * than `budgetMs`, otherwise after the next task; it rejects with WorkOvertaken when `stillWanted()` says no.
 */
export class TaskBudget {
  private readonly clock: () => number;
  private readonly yieldTask: () => Promise<void>;
  private readonly watchTurn: (seen: () => void) => { cancel(): void };
  private taskStart: number;
  private tasks = 1;
  private busyMs = 0;
  private longestTaskMs = 0;

  constructor(
    private readonly budgetMs: number,
    private readonly stillWanted: () => boolean,
    hooks: PauseHooks = {},
  ) {
    this.clock = hooks.clock ?? (() => performance.now());
    this.yieldTask = hooks.nextTask ?? nextTask;
    this.watchTurn = hooks.watchTurn ?? watchTurnWithTimer;
    this.taskStart = this.clock();
  }

  readonly pause = async (): Promise<void> => {
    const now = this.clock();
    if (now - this.taskStart >= this.budgetMs) {
      this.endTask(now);
      await this.yieldTask();
      this.startTask();
    }
    if (!this.stillWanted()) throw new WorkOvertaken();
  };

  /**
   * Awaits `promise` as part of the run: when the event loop turned meanwhile (I/O, another run's steps), the task
   * that ended at this await is counted and a new one starts when it resumes; when only microtasks ran (a value
   * already at hand), the task goes on. A turn shorter than one timer tick may go unseen; the wait is then counted
   * as work, so the timing stays an upper bound.
   */
  async wait<T>(promise: PromiseLike<T>): Promise<T> {
    const before = this.clock();
    let turned = false;
    const marker = this.watchTurn(() => (turned = true));
    try {
      return await promise;
    } finally {
      marker.cancel();
      if (turned) {
        this.endTask(before);
        this.startTask();
      }
    }
  }

  /** Counts the current task as having ended at `end`. */
  private endTask(end: number): void {
    this.busyMs += end - this.taskStart;
    this.longestTaskMs = Math.max(this.longestTaskMs, end - this.taskStart);
  }

  /** A new task of the run starts now, after a turn of the event loop. */
  private startTask(): void {
    this.taskStart = this.clock();
    this.tasks++;
  }

  /** The run's cost so far, the current task counted up to now. */
  timing(): TaskTiming {
    const current = this.clock() - this.taskStart;
    return { tasks: this.tasks, busyMs: this.busyMs + current, longestTaskMs: Math.max(this.longestTaskMs, current) };
  }
}
