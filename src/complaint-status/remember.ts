/**
 * "Remember on this device": the reference (never the secret code) kept in localStorage,
 * only when the person asks, and removed with one click. One entry per data source.
 */
const PREFIX = 'og-complaint:v1:';

export function recall(scope: string): string | undefined {
  try {
    const value = localStorage.getItem(PREFIX + scope);
    return value || undefined;
  } catch {
    return undefined;
  }
}

export function remember(scope: string, reference: string): boolean {
  try {
    localStorage.setItem(PREFIX + scope, reference);
    return true;
  } catch {
    return false; // storage disabled or full: the lookup still works
  }
}

export function forget(scope: string): void {
  try {
    localStorage.removeItem(PREFIX + scope);
  } catch {
    /* storage unavailable */
  }
}

/** Removes every remembered reference (tests; a "forget everything" button on a kiosk page). */
export function forgetAll(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    /* storage unavailable */
  }
}
