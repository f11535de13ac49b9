const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns the URL when it is http(s), mailto or tel, else undefined. Data never gets to
 * decide what a link does beyond navigating (no `javascript:`, `data:`, …).
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base ?? (typeof document !== 'undefined' ? document.baseURI : undefined));
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
