/**
 * Remembers a pure function's result per input text, so that re-analysing a draft after a keystroke recomputes only
 * the prose runs that changed. Two generations bound the memory: when the current one fills up, it becomes the
 * previous one (still consulted, so a draft's runs survive the switch) and the oldest is dropped.
 */
export class TextMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  /** @param capacity entries per generation: well above the prose runs of a long draft (a 200k-word paper has ~5k). */
  constructor(
    private readonly compute: (text: string) => T,
    private readonly capacity = 20_000,
  ) {}

  get(text: string): T {
    let value = this.current.get(text);
    if (value !== undefined) return value;
    value = this.previous.get(text) ?? this.compute(text);
    if (this.current.size >= this.capacity) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(text, value);
    return value;
  }
}
