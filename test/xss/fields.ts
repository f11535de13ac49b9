/**
 * Builds documents where every text field holds a payload followed by the field's own tag
 * (`<payload> ⟦title⟧`), so that a test can check that each field is shown, as text, with
 * the whole payload.
 */
import { expect } from '@open-wc/testing';
import { URL_PAYLOADS } from '../helpers/xss-payloads.js';
import { collapse, shadowText } from './inspect.js';

export type TextShape = 'string' | 'object' | 'foreign';
export const SHAPES: TextShape[] = ['string', 'object', 'foreign'];

export class Fields {
  /** Tagged texts that must be shown. */
  readonly expected: string[] = [];
  private urlIndex: number;

  constructor(
    readonly payload: string,
    readonly shape: TextShape,
    seed = 0,
  ) {
    this.urlIndex = seed;
  }

  /** The tagged payload as a plain string (for fields that are not LocalizedText). */
  plain(name: string, shown = true): string {
    const value = `${this.payload} ⟦${name}⟧`;
    if (shown) this.expected.push(value);
    return value;
  }

  /** A LocalizedText holding the tagged payload, in this case's shape. */
  text(name: string, shown = true): string | Record<string, string> {
    const value = this.plain(name, shown);
    if (this.shape === 'string') return value;
    // A key that is itself hostile ends up, at most, as a `lang` attribute value.
    if (this.shape === 'foreign') return { 'x-"><img src=x onerror=window.__xss=1>': value };
    return { en: value, fr: value, ar: value, zgh: value };
  }

  /** The next URL payload (each one is dropped by the widget). */
  url(): string {
    return URL_PAYLOADS[this.urlIndex++ % URL_PAYLOADS.length];
  }

  /** Every tagged text is present in the widget's shadow text. */
  expectShown(host: Element | string, skip: readonly string[] = []): void {
    const text = typeof host === 'string' ? host : shadowText(host);
    const missing = this.expected.filter((value) => !skip.some((name) => value.endsWith(`⟦${name}⟧`)) && !text.includes(collapse(value)));
    expect(missing.map((m) => m.slice(-40)), 'fields not shown as text').to.deep.equal([]);
  }
}
