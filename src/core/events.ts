/** The `kind` of an `og-error` event, as API.md defines it. */
export type ErrorKind = 'network' | 'http' | 'timeout' | 'invalid';

export interface OgErrorDetail {
  kind: ErrorKind;
  /** HTTP status, when there is one. */
  status?: number;
  /** A plain-language reason code; see `LoadError.reason`. */
  reason: string;
}

/** Dispatches a bubbling, composed event, the way every widget emits (`og-load`, `og-error`, …). */
export function emit<T>(target: EventTarget, name: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
