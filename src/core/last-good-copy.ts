/**
 * The last good copy of each data source, kept in localStorage so a widget can still show
 * something, dated, when the network fails. Only public data (what the widget displays) is
 * kept; never anything a person typed.
 */
const PREFIX = 'og-cache:v1:';
/** Beyond this a copy is not kept: the host site's storage is shared and small. */
const MAX_CHARS = 1_000_000;

export interface SavedCopy {
  savedAt: string;
  text: string;
}

/**
 * Copies waiting to be written. Serializing and storing a large document takes longer than
 * showing it, so the write waits for an idle moment (or the page being left); until then
 * readCopy answers from here.
 */
const pending = new Map<string, SavedCopy>();
let flushScheduled = false;

export function saveCopy(url: string, text: string, now = new Date()): void {
  if (text.length > MAX_CHARS) return;
  pending.set(url, { savedAt: now.toISOString(), text });
  if (flushScheduled) return;
  flushScheduled = true;
  addEventListener('pagehide', writePending, { once: true });
  if (typeof requestIdleCallback === 'function') requestIdleCallback(writePending, { timeout: 2000 });
  else setTimeout(writePending, 0);
}

function writePending(): void {
  if (!flushScheduled) return;
  flushScheduled = false;
  removeEventListener('pagehide', writePending);
  for (const [url, copy] of pending) {
    try {
      localStorage.setItem(PREFIX + url, JSON.stringify(copy));
    } catch {
      // Storage full or disabled (private mode): the widget works without an offline copy.
    }
  }
  pending.clear();
}

export function readCopy(url: string): SavedCopy | undefined {
  const waiting = pending.get(url);
  if (waiting) return waiting;
  try {
    const raw = localStorage.getItem(PREFIX + url);
    if (!raw) return undefined;
    const copy = JSON.parse(raw) as Partial<SavedCopy>;
    return typeof copy.savedAt === 'string' && typeof copy.text === 'string' ? (copy as SavedCopy) : undefined;
  } catch {
    return undefined;
  }
}

export function clearCopies(): void {
  pending.clear();
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    /* storage unavailable */
  }
}
