/**
 * The open documents kept on this device as they are edited (localStorage: nothing leaves
 * the browser), so a crash or a closed tab loses nothing: the desk offers them back.
 */
export interface StoredDocument {
  id: string;
  resource: string;
  name: string;
  /** As opened (for the summary of changes). */
  original: unknown;
  current: unknown;
  /** Whether the current version was downloaded or saved since the last change. */
  saved: boolean;
}

export interface StoredSession {
  documents: StoredDocument[];
  active?: string;
  at: string;
}

const KEY = 'opengov-desk:session';

export function readSession(storage: Storage | undefined = globalThis.localStorage): StoredSession | undefined {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return undefined;
    const session = JSON.parse(raw) as StoredSession;
    return Array.isArray(session.documents) ? session : undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the device refused (storage full or disabled): the desk says so. */
export function writeSession(session: StoredSession, storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify(session));
    return true;
  } catch {
    return false;
  }
}

export function clearSession(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    /* storage disabled: nothing kept anyway */
  }
}
