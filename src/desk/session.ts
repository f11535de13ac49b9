/**
 * One open document of the desk: its resource, its history (undo/redo), the version it was
 * opened as, and whether the current version was downloaded or saved.
 */
import { History } from './history.js';
import type { DeskResource } from './resources.js';

export class DeskDocument {
  readonly history: History<unknown>;
  saved: boolean;

  constructor(
    readonly id: string,
    readonly resource: DeskResource,
    public name: string,
    readonly original: unknown,
    current: unknown = original,
    saved = true,
  ) {
    this.history = new History<unknown>(current);
    this.saved = saved;
  }

  get value(): unknown {
    return this.history.value;
  }

  get changed(): boolean {
    return JSON.stringify(this.original) !== JSON.stringify(this.value);
  }
}

let counter = 0;
export const newDocumentId = () => `d${Date.now().toString(36)}${(counter++).toString(36)}`;
