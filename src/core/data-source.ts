import { fetchText, isAbort, LoadError } from './loader.js';
import { readCopy, saveCopy } from './last-good-copy.js';

/** What a widget's parser returns: the data, and how many items it skipped. */
export interface Parsed<T> {
  data: T;
  skipped: number;
}

export interface Loaded<T> extends Parsed<T> {
  /** Set when this is the last good copy, shown because the network failed. */
  offlineSince?: string;
}

const NETWORK_FAILURES = new Set(['offline', 'network', 'timeout', 'server']);

/**
 * Parses and validates a document's text with the widget's parser: a parser bug is reported
 * as invalid data, never thrown at the page.
 */
export async function parseDocument<T>(text: string, parse: (text: string) => Parsed<T> | Promise<Parsed<T>>): Promise<Parsed<T>> {
  try {
    return await parse(text);
  } catch (error) {
    if (error instanceof LoadError || isAbort(error)) throw error;
    console.error('[opengov-widgets] could not read the data', error);
    throw new LoadError('invalid', 'invalid');
  }
}

/**
 * Fetches, parses and validates one document; keeps the last good copy and falls back to it
 * when the network or the server fails. A parser bug is reported as invalid data, never
 * thrown at the page.
 */
export async function loadDocument<T>(
  url: string,
  opts: { signal?: AbortSignal; timeoutMs?: number; parse: (text: string) => Parsed<T> | Promise<Parsed<T>> },
): Promise<Loaded<T>> {
  const parse = (text: string) => parseDocument(text, opts.parse);
  try {
    const { text } = await fetchText(url, { signal: opts.signal, timeoutMs: opts.timeoutMs });
    const parsed = await parse(text);
    saveCopy(url, text);
    return parsed;
  } catch (error) {
    if (!(error instanceof LoadError) || !NETWORK_FAILURES.has(error.reason)) throw error;
    const copy = readCopy(url);
    if (!copy) throw error;
    try {
      return { ...(await parse(copy.text)), offlineSince: copy.savedAt };
    } catch {
      throw error;
    }
  }
}
