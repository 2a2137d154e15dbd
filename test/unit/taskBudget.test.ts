import assert from 'node:assert/strict';
import { TaskBudget, WorkOvertaken } from '../../src/vscode/taskBudget';

describe('TaskBudget', () => {
  /** A budget on a hand-driven clock that counts the tasks it waits for. */
  function setup(budgetMs: number, wanted: () => boolean = () => true) {
    const clock = { now: 0 };
    let waits = 0;
    const budget = new TaskBudget(budgetMs, wanted, { clock: () => clock.now, nextTask: () => (waits++, Promise.resolve()) });
    return { clock, budget, waits: () => waits };
  }

  it('goes on at once while the current task is within its budget, and waits for the next task once it is spent', async () => {
    const { clock, budget, waits } = setup(10);
    // At 12 ms the first task has spent its budget; the next starts after the wait, so 21 ms is still within it.
    for (const [now, expected] of [[9.9, 0], [12, 1], [21, 1], [22, 2]] as const) {
      clock.now = now;
      await budget.pause();
      assert.equal(waits(), expected, `tasks waited for at ${now} ms`);
    }
    clock.now = 25;
    assert.deepEqual(budget.timing(), { tasks: 3, busyMs: 25, longestTaskMs: 12 });
  });

  it('times only the tasks, not the waits between them', async () => {
    const clock = { now: 0 };
    const budget = new TaskBudget(10, () => true, { clock: () => clock.now, nextTask: () => ((clock.now += 100), Promise.resolve()) });
    clock.now = 15;
    await budget.pause();
    clock.now = 135;
    assert.deepEqual(budget.timing(), { tasks: 2, busyMs: 35, longestTaskMs: 20 });
  });

  it('stops the work with WorkOvertaken as soon as it is no longer wanted, waiting or not', async () => {
    let wanted = true;
    const { clock, budget, waits } = setup(10, () => wanted);
    await budget.pause();
    wanted = false;
    await assert.rejects(budget.pause(), WorkOvertaken);
    clock.now = 50;
    await assert.rejects(budget.pause(), WorkOvertaken);
    assert.equal(waits(), 1);
  });

  it('counts an await that let the event loop turn as the end of a task, and one that did not as part of it', async () => {
    const clock = { now: 0 };
    let seeTurn: (() => void) | undefined;
    const budget = new TaskBudget(10, () => true, {
      clock: () => clock.now,
      nextTask: () => Promise.resolve(),
      watchTurn: (seen) => ((seeTurn = seen), { cancel: () => (seeTurn = undefined) }),
    });
    // A value at hand: only microtasks run, the task goes on.
    clock.now = 4;
    await budget.wait(Promise.resolve('cached'));
    clock.now = 6;
    assert.deepEqual(budget.timing(), { tasks: 1, busyMs: 6, longestTaskMs: 6 });
    // I/O: the loop turns while the promise is pending; the 6 ms task ends at the await, the wait is not counted.
    let finishRead: (text: string) => void = () => undefined;
    const io = budget.wait(new Promise<string>((resolve) => (finishRead = resolve)));
    clock.now = 56;
    seeTurn?.();
    finishRead('read');
    assert.equal(await io, 'read');
    clock.now = 59;
    assert.deepEqual(budget.timing(), { tasks: 2, busyMs: 9, longestTaskMs: 6 });
  });
});
