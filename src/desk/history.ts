/**
 * Undo and redo of one document. Typing into one field is one step (consecutive edits of the
 * same field merge), so Ctrl+Z takes back a word-by-word sentence at once, not a letter.
 */
export class History<T> {
  private past: { value: T; key?: string }[] = [];
  private future: T[] = [];
  private lastKey?: string;

  constructor(
    private current: T,
    private readonly limit = 200,
  ) {}

  get value(): T {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** A new value; `key` names the field edited (same key in a row = one step). */
  push(value: T, key?: string): void {
    if (!(key !== undefined && key === this.lastKey && this.past.length)) {
      this.past.push({ value: this.current, key });
      if (this.past.length > this.limit) this.past.shift();
    }
    this.current = value;
    this.future = [];
    this.lastKey = key;
  }

  undo(): T {
    const previous = this.past.pop();
    if (previous) {
      this.future.push(this.current);
      this.current = previous.value;
    }
    this.lastKey = undefined;
    return this.current;
  }

  redo(): T {
    const next = this.future.pop();
    if (next !== undefined) {
      this.past.push({ value: this.current });
      this.current = next;
    }
    this.lastKey = undefined;
    return this.current;
  }
}
