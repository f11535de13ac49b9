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

export function saveCopy(url: string, text: string, now = new Date()): void {
  if (text.length > MAX_CHARS) return;
  try {
    localStorage.setItem(PREFIX + url, JSON.stringify({ savedAt: now.toISOString(), text }));
  } catch {
    // Storage full or disabled (private mode): the widget works without an offline copy.
  }
}

export function readCopy(url: string): SavedCopy | undefined {
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
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    /* storage unavailable */
  }
}
