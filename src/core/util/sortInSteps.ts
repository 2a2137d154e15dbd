import type { Steps } from './steps';

/**
 * Sorts `items` in place, stably, with a step after about every `perStep` items handled: runs of `perStep` are
 * sorted one per step, then merged pass by pass. For a list so long that one `sort` would block an editor.
 */
export function* sortInSteps<T>(items: T[], compare: (a: T, b: T) => number, perStep: number): Steps<T[]> {
  const size = Math.max(1, Math.floor(perStep));
  if (items.length <= size) return items.sort(compare);
  for (let start = 0; start < items.length; start += size) {
    const run = items.slice(start, start + size).sort(compare);
    for (let i = 0; i < run.length; i++) items[start + i] = run[i];
    yield;
  }
  let from = items;
  let to = new Array<T>(items.length);
  let handled = 0;
  for (let width = size; width < items.length; width *= 2) {
    for (let left = 0; left < items.length; left += 2 * width) {
      const middle = Math.min(left + width, items.length);
      const end = Math.min(left + 2 * width, items.length);
      let a = left;
      let b = middle;
      for (let out = left; out < end; out++) {
        // `<= 0` takes from the left run on ties: stable.
        to[out] = a < middle && (b >= end || compare(from[a], from[b]) <= 0) ? from[a++] : from[b++];
        if (++handled % size === 0) yield;
      }
    }
    [from, to] = [to, from];
  }
  if (from !== items) for (let i = 0; i < items.length; i++) items[i] = from[i];
  return items;
}
