/**
 * Small records a widget keeps on the person's device (a draft, a vote not yet received, the
 * note that this device voted), under one key each. Blocked or full storage (privacy settings,
 * some embedded frames) is never an error: reading gives nothing, saving says it failed.
 */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export class DeviceCopy<T> {
  /**
   * @param prefix - namespaces the keys (e.g. `og-proposal-draft:`).
   * @param read - turns what was stored back into a record, or undefined when it is not one:
   *   storage is input like any other (another version, another script may have written it).
   */
  constructor(
    private readonly prefix: string,
    private readonly read: (raw: unknown) => T | undefined,
  ) {}

  key(id: string): string {
    return `${this.prefix}${id}`;
  }

  get(id: string): T | undefined {
    try {
      const raw = storage()?.getItem(this.key(id));
      if (!raw) return undefined;
      return this.read(JSON.parse(raw));
    } catch {
      return undefined;
    }
  }

  /** Saves the record; returns false when the device refused (full or blocked storage). */
  set(id: string, value: T): boolean {
    try {
      const store = storage();
      if (!store) return false;
      store.setItem(this.key(id), JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  }

  clear(id: string): void {
    try {
      storage()?.removeItem(this.key(id));
    } catch {
      /* nothing to clear */
    }
  }
}
