/** The next occurrence of one character, remembered so that a forward scan searches each stretch of text once. */
export class NextOccurrence {
  private from = 0;
  private found = -2;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  find(from: number): number {
    if (this.found === -2 || from < this.from || (this.found !== -1 && from > this.found)) {
      this.from = from;
      this.found = this.text.indexOf(this.char, from);
    }
    return this.found;
  }
}
