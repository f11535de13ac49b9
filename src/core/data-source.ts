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
  /** What a source adapter has to say about the data it read (shown as notices). */
  notices?: SourceNotice[];
}

/**
 * Something a source adapter (Decidim, Fiscal Data Package) tells the reader about the data
 * shown: codes, not text, so the widget words them in the page's language.
 */
export type SourceNotice =
  /** More items than the adapter reads: only the first `shown` are shown. */
  | { kind: 'truncated'; shown: number }
  /** The source reported errors beside the data it sent: some of it may be missing. */
  | { kind: 'partial'; errors: number }
  /** The source's schema lacks fields we read: what they carry is not shown. */
  | { kind: 'missing-fields'; fields: string[] };

/** What a source adapter produces: our own contract's JSON document, and its notices. */
export interface Adapted {
  text: string;
  notices: SourceNotice[];
  /** Source rows the adapter could not use (counted in the partial-data notice). */
  skipped?: number;
}

/** Reads a source that is not one plain GET of our contract (several requests, another format). */
export type SourceReader = (signal: AbortSignal | undefined, timeoutMs: number | undefined) => Promise<Adapted>;

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
  opts: {
    signal?: AbortSignal;
    timeoutMs?: number;
    parse: (text: string) => Parsed<T> | Promise<Parsed<T>>;
    /** An adapter that reads the source and hands back our contract's JSON (see SourceReader). */
    read?: SourceReader;
    /** Key of the last good copy (default: the URL), for sources that need more than it. */
    cacheKey?: string;
  },
): Promise<Loaded<T>> {
  const parse = (text: string) => parseDocument(text, opts.parse);
  const key = opts.cacheKey ?? url;
  try {
    const { text, notices, skipped = 0 }: Adapted = opts.read
      ? await opts.read(opts.signal, opts.timeoutMs)
      : { ...(await fetchText(url, { signal: opts.signal, timeoutMs: opts.timeoutMs })), notices: [] };
    const parsed = await parse(text);
    saveCopy(key, text);
    return { ...parsed, skipped: parsed.skipped + skipped, ...(notices.length ? { notices } : {}) };
  } catch (error) {
    if (!(error instanceof LoadError) || !NETWORK_FAILURES.has(error.reason)) throw error;
    const copy = readCopy(key);
    if (!copy) throw error;
    try {
      return { ...(await parse(copy.text)), offlineSince: copy.savedAt };
    } catch {
      throw error;
    }
  }
}
