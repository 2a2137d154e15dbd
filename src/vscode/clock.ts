/**
 * The extension's notion of "now". Tests set it (through the API `activate` returns, or the `BIOFM_NOW` environment
 * variable of the extension host) to see the deadline item before and after a milestone; users never need to.
 */
export class Clock {
  private fixed: Date | undefined;

  constructor() {
    const fromEnvironment = typeof process === 'undefined' ? undefined : process.env.BIOFM_NOW;
    if (fromEnvironment) this.set(fromEnvironment);
  }

  now(): Date {
    return this.fixed ? new Date(this.fixed.getTime()) : new Date();
  }

  /** Fixes the clock at an ISO-8601 instant, or back to real time with undefined. */
  set(iso: string | undefined): void {
    if (iso === undefined) {
      this.fixed = undefined;
      return;
    }
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) throw new Error(`Not an ISO-8601 instant: ${iso}`);
    this.fixed = date;
  }
}
