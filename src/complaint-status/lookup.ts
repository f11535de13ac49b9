/**
 * One lookup, in any of the three formats, with no element involved: builds the URL (the
 * reference URL-encoded in the path, never in a query), fetches through the core loader
 * (timeout, retry of 5xx, abort, size bound) and validates. A complaint is personal: unlike
 * data documents it is never kept as a "last good copy".
 */
import { fetchText, loadPart, LoadError } from '../core/loader.js';
import { parseComplaint, parseJsonText as parseJson, type Complaint } from './complaint.js';
import { parseCalendar, type WorkCalendar } from '../core/working-days.js';
import type { StaticMetadata } from './static-crypto.js';

export type ComplaintFormat = 'json' | 'open311' | 'static';

export interface LookupQuery {
  format: ComplaintFormat;
  /** Absolute base URL (ends with `/`). */
  base: string;
  reference: string;
  /** Static format only. */
  secret?: string;
  /** Open311 only: sent as `jurisdiction_id`. */
  jurisdictionId?: string;
  timeoutMs?: number;
  /** Static format: use the pure-JS crypto even where Web Crypto exists (tests, odd browsers). */
  pureJsCrypto?: boolean;
  /** Absolute URL of the commune's calendar.json (deadlines in working days), when the page gives one. */
  calendarUrl?: string;
}

export type LookupResult = { found: true; complaint: Complaint; skipped: number; calendar?: WorkCalendar } | { found: false };

const NOT_FOUND: LookupResult = { found: false };
/** Refresh on every lookup: a status changes, a cached one would mislead. */
const INIT: RequestInit = { cache: 'no-cache', headers: { accept: 'application/json' } };

/**
 * What only one format needs (Open311's mapping, the static folder's crypto) is loaded when that
 * format is used, so a page of the default format does not download it. The element starts the
 * load as soon as the person reaches the form (prepareLookup), long before they press the button.
 * Replaceable (tests stand in a download that fails).
 */
export const formatParts = {
  open311: () => import('./open311.js'),
  static: () => import('./static-crypto.js'),
};

/** Starts loading what a format's lookup needs; failures are reported by the lookup itself. */
export function prepareLookup(format: ComplaintFormat): void {
  if (format !== 'json') formatPart(format).catch(() => undefined);
}

/** A format's part; one that cannot be fetched is a network failure, offered for retry. */
function formatPart<F extends keyof typeof formatParts>(format: F): ReturnType<(typeof formatParts)[F]> {
  return loadPart(`the ${format} lookup`, formatParts[format] as () => Promise<unknown>) as ReturnType<(typeof formatParts)[F]>;
}

const isNotFound = (error: unknown) => error instanceof LoadError && error.reason === 'not-found';

async function get(url: string, query: LookupQuery, signal?: AbortSignal): Promise<string | undefined> {
  try {
    return (await fetchText(url, { signal, timeoutMs: query.timeoutMs, init: INIT })).text;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * The lookup, with the commune's calendar fetched beside it (public data). A
 * calendar that cannot be read only takes the working-day counts away: the record's own dates
 * are still shown.
 */
export async function lookupComplaint(query: LookupQuery, signal?: AbortSignal): Promise<LookupResult> {
  const calendar = query.calendarUrl ? loadCalendar(query.calendarUrl, query, signal) : undefined;
  const result = await lookupRecord(query, signal);
  if (!result.found || !calendar) return result;
  const found = await calendar;
  return found ? { ...result, calendar: found } : result;
}

/** The calendar with each lookup (the browser's HTTP cache keeps it); never an error of the lookup. */
async function loadCalendar(url: string, query: LookupQuery, signal?: AbortSignal): Promise<WorkCalendar | undefined> {
  try {
    const { text } = await fetchText(url, { signal, timeoutMs: query.timeoutMs, retries: 0, init: { headers: { accept: 'application/json' } } });
    const { calendar, problems } = parseCalendar(parseJson(text));
    for (const p of problems) console.warn(`[opengov-widgets] calendar: skipped ${p.path || 'the document'} (${p.code})`);
    return calendar;
  } catch (error) {
    console.warn('[opengov-widgets] the calendar could not be read: deadlines are shown without working days', error);
    return undefined;
  }
}

async function lookupRecord(query: LookupQuery, signal?: AbortSignal): Promise<LookupResult> {
  const id = encodeURIComponent(query.reference.trim());
  if (query.format === 'static') return lookupStatic(query, signal);
  if (query.format === 'open311') {
    const url = new URL(`requests/${id}.json`, query.base);
    if (query.jurisdictionId) url.searchParams.set('jurisdiction_id', query.jurisdictionId);
    const [text, { fromOpen311 }] = await Promise.all([get(url.href, query, signal), formatPart('open311')]);
    if (text === undefined) return NOT_FOUND;
    const mapped = fromOpen311(parseJson(text), query.reference.trim());
    return mapped ? { found: true, ...toResult(mapped) } : NOT_FOUND;
  }
  const text = await get(new URL(`complaints/${id}.json`, query.base).href, query, signal);
  if (text === undefined) return NOT_FOUND;
  return { found: true, ...toResult(parseJson(text)) };
}

function toResult(raw: unknown): { complaint: Complaint; skipped: number } {
  const { data, skipped } = parseComplaint(raw);
  return { complaint: data, skipped };
}

/** index.json per folder, fetched once per page (failures are not kept). */
const metadata = new Map<string, Promise<unknown>>();

/** The folder's index.json as read (it is checked once the crypto, which checks it, has loaded). */
function folderMetadata(base: string, query: LookupQuery, signal?: AbortSignal): Promise<unknown> {
  let found = metadata.get(base);
  if (!found) {
    found = fetchText(new URL('index.json', base).href, { signal, timeoutMs: query.timeoutMs, init: INIT }).then(({ text }) => parseJson(text));
    metadata.set(base, found);
    found.catch(() => metadata.delete(base));
  }
  return found;
}

async function lookupStatic(query: LookupQuery, signal?: AbortSignal): Promise<LookupResult> {
  const [{ cryptoBackend, deriveLookup, openEnvelope, parseMetadata }, raw] = await Promise.all([formatPart('static'), folderMetadata(query.base, query, signal)]);
  let meta: StaticMetadata;
  try {
    meta = parseMetadata(raw);
  } catch (error) {
    metadata.delete(query.base); // a folder being republished: read it again next time
    throw error;
  }
  const backend = await cryptoBackend(query.pureJsCrypto);
  const { name, key } = await deriveLookup(query.reference, query.secret ?? '', meta, backend);
  signal?.throwIfAborted();
  const text = await get(new URL(`${name}.json`, query.base).href, query, signal);
  // A wrong secret gives another name: the same "not found" as an unknown reference.
  if (text === undefined) return NOT_FOUND;
  // Some hosts answer a missing file with their HTML home page and a 200: also not found.
  if (!text.trimStart().startsWith('{')) {
    console.warn('[opengov-widgets] the host answered a missing complaint file with a page instead of a 404');
    return NOT_FOUND;
  }
  return { found: true, ...toResult(await openEnvelope(text, key, backend)) };
}

/** Why a typed reference is refused before any request, or undefined when it may be sent. */
export function checkReference(value: string, pattern?: string | null): 'empty' | 'pattern' | undefined {
  const reference = value.trim();
  if (!reference) return 'empty';
  if (!pattern) return undefined;
  let regex: RegExp;
  try {
    // Same meaning as the HTML `pattern` attribute: the whole value must match.
    regex = new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    console.warn(`[opengov-widgets] the pattern attribute is not a valid regular expression: ${pattern}`);
    return undefined;
  }
  return regex.test(reference) ? undefined : 'pattern';
}
