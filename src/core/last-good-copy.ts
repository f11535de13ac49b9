/**
 * The last good copy of each data source, kept in localStorage so a widget can still show
 * something, dated, when the network fails. Only public data (what the widget displays) is
 * kept; never anything a person typed.
 */

// A copy is stored as its date, a line break, then the document's text as it came: no
// serialization of a large text on the page's main thread, and no escaping that would make it
// larger in the host site's storage. Copies kept by earlier versions (`v1`, a JSON object) are
// still read, and replaced at the next write.
const PREFIX = 'og-cache:v2:';
const OLD_PREFIX = 'og-cache:v1:';
const ANY_PREFIX = 'og-cache:';
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
      localStorage.setItem(PREFIX + url, `${copy.savedAt}\n${copy.text}`);
      localStorage.removeItem(OLD_PREFIX + url);
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
    if (raw) {
      const end = raw.indexOf('\n');
      const savedAt = raw.slice(0, end);
      return end > 0 && !Number.isNaN(Date.parse(savedAt)) ? { savedAt, text: raw.slice(end + 1) } : undefined;
    }
    const old = localStorage.getItem(OLD_PREFIX + url);
    if (!old) return undefined;
    const copy = JSON.parse(old) as Partial<SavedCopy>;
    return typeof copy.savedAt === 'string' && typeof copy.text === 'string' ? (copy as SavedCopy) : undefined;
  } catch {
    return undefined;
  }
}

export function clearCopies(): void {
  pending.clear();
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(ANY_PREFIX)) localStorage.removeItem(key);
  } catch {
    /* storage unavailable */
  }
}
