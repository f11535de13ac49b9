import { getConfig, DEFAULT_TIME_ZONE } from './config.js';
import { meantInstant, readInstant, wallClockDate, wallDay, zoneOffsetAt, type InstantInput, type WrittenInstant } from './wall-clock.js';

export type { InstantInput, WrittenInstant } from './wall-clock.js';

/**
 * Every number, date and amount a widget shows goes through here: Intl with Latin digits
 * (Moroccan usage, also in Arabic), Moroccan regional formats, and the configured time zone.
 */
const REGIONAL: Record<string, string> = { ar: 'ar-MA', fr: 'fr-MA', zgh: 'zgh-MA', en: 'en-GB' };
/** Intl formatters are costly to create: one per locale and options, made once. */
const cache = new Map<string, unknown>();

/** The Intl tag for a UI locale: regional variant when the browser has it, Latin digits. */
export function intlLocale(locale: string): string {
  const wanted = REGIONAL[locale] ?? locale;
  const candidates = [wanted, locale.split('-')[0], 'fr-MA'];
  const supported = candidates.find((tag) => Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0) ?? 'en';
  return `${supported}-u-nu-latn`;
}

/** CLDR's Standard Moroccan Tamazight names, for browsers without `zgh` date data (most of them). */
const ZGH_MONTHS = ['ⵉⵏⵏⴰⵢⵔ', 'ⴱⵕⴰⵢⵕ', 'ⵎⴰⵕⵚ', 'ⵉⴱⵔⵉⵔ', 'ⵎⴰⵢⵢⵓ', 'ⵢⵓⵏⵢⵓ', 'ⵢⵓⵍⵢⵓⵣ', 'ⵖⵓⵛⵜ', 'ⵛⵓⵜⴰⵏⴱⵉⵔ', 'ⴽⵜⵓⴱⵔ', 'ⵏⵓⵡⴰⵏⴱⵉⵔ', 'ⴷⵓⵊⴰⵏⴱⵉⵔ'];
const ZGH_WEEKDAYS = ['ⴰⵙⴰⵎⴰⵙ', 'ⴰⵢⵏⴰⵙ', 'ⴰⵙⵉⵏⴰⵙ', 'ⴰⴽⵕⴰⵙ', 'ⴰⴽⵡⴰⵙ', 'ⴰⵙⵉⵎⵡⴰⵙ', 'ⴰⵙⵉⴹⵢⴰⵙ'];
const ZGH_WEEKDAYS_SHORT = ['ⴰⵙⴰ', 'ⴰⵢⵏ', 'ⴰⵙⵉ', 'ⴰⴽⵕ', 'ⴰⴽⵡ', 'ⴰⵙⵉⵎ', 'ⴰⵙⵉⴹ'];
const ZGH_WEEKDAYS_NARROW = ['ⵙⴰ', 'ⵢⵏ', 'ⵙⵉ', 'ⴽⵕ', 'ⴽⵡ', 'ⵎⵡ', 'ⴹⵢ'];

/** The subset of Intl.DateTimeFormat the widgets use. */
export interface DateFormatter {
  format(date: Date): string;
  formatRange(start: Date, end: Date): string;
}

/**
 * Intl.DateTimeFormat for a UI locale. Where the browser has no date data for it (Tamazight in
 * Tifinagh, in most browsers), the French Moroccan pattern is used with the month and weekday
 * names replaced by Tifinagh ones and French words dropped, rather than French dates in a
 * Tifinagh page.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): DateFormatter {
  return memo(`dtf|${locale}|${JSON.stringify(options)}`, () => makeDateFormatter(locale, options));
}

function makeDateFormatter(locale: string, options: Intl.DateTimeFormatOptions): DateFormatter {
  const native = new Intl.DateTimeFormat(intlLocale(locale), options);
  const needsNames = locale.split('-')[0] === 'zgh' && !Intl.DateTimeFormat.supportedLocalesOf(['zgh']).length;
  if (!needsNames) return native;
  const numeric = new Intl.DateTimeFormat('en-US', { timeZone: options.timeZone, month: 'numeric', weekday: 'short' });
  const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
  const names = (date: Date) => {
    const parts = numeric.formatToParts(date);
    return { month: Number(parts.find((p) => p.type === 'month')!.value) - 1, weekday: WEEKDAY_INDEX[parts.find((p) => p.type === 'weekday')!.value] };
  };
  const render = (parts: (Intl.DateTimeFormatPart & { source?: string })[], start: Date, end: Date) =>
    parts
      .map((part) => {
        const at = names(part.source === 'endRange' ? end : start);
        if (part.type === 'month' && /\D/.test(part.value)) return ZGH_MONTHS[at.month];
        if (part.type === 'weekday') return { narrow: ZGH_WEEKDAYS_NARROW, short: ZGH_WEEKDAYS_SHORT, long: ZGH_WEEKDAYS }[options.weekday ?? 'long'][at.weekday];
        if (part.type === 'literal') return part.value.replace(/\p{Script=Latin}+/gu, '');
        return part.value;
      })
      .join('')
      .replace(/\s+/g, ' ')
      .replace(/\s+,/g, ',')
      .trim();
  return {
    format: (date) => render(native.formatToParts(date), date, date),
    formatRange: (start, end) => render(native.formatRangeToParts(start, end), start, end),
  };
}

const DAY_STYLES: Record<'long' | 'medium' | 'short', Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

function memo<T>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

export function timeZone(override?: string | null): string {
  return override || getConfig().timeZone || DEFAULT_TIME_ZONE;
}

/** Parses `YYYY-MM-DD` as a calendar day (midnight UTC), never shifted by time zones. */
export function parseDay(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

/** A calendar day (`YYYY-MM-DD`), e.g. "30 juin 2023". */
export function formatDay(day: string, locale: string, style: 'long' | 'medium' | 'short' = 'long'): string {
  const date = parseDay(day);
  if (Number.isNaN(date.getTime())) return day;
  return dateTimeFormat(locale, { ...DAY_STYLES[style], timeZone: 'UTC' }).format(date);
}

/** Date-time styles of {@link formatWhen}. */
export type WhenStyle = 'datetime' | 'weekday-datetime' | 'time';
const WHEN_STYLES: Record<WhenStyle, Intl.DateTimeFormatOptions> = {
  datetime: { ...DAY_STYLES.long, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  'weekday-datetime': { weekday: 'long', ...DAY_STYLES.long, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

/** A time as shown in a zone, and in the visitor's own zone when their clock shows another time. */
export interface ZonedText {
  /** The wall-clock text in the zone shown (the commune's, or the one given). */
  text: string;
  /** Present only when the visitor's offset differs from the one shown at that instant. */
  viewer?: { zone: string; text: string };
}

export interface WhenOptions {
  /** IANA zone to show the time in; default: the widget's / page's zone (Africa/Casablanca). */
  zone?: string | null;
  /** End of a range (same style, formatted as a range). */
  end?: InstantInput;
  /** The visitor's zone: default the browser's; `null` for no visitor's time. */
  viewer?: string | null;
  style?: WhenStyle;
}

/** The wall clock shown for an instant in `zone`, or (viewer) in another zone at the instant meant. */
function wallIn(instant: WrittenInstant, zone: string, viewer?: string): Date {
  if (!viewer) return wallClockDate(instant, zone);
  const { ms } = meantInstant(instant, zone);
  return new Date(ms + zoneOffsetAt(ms, viewer) * 60_000);
}

function formatWall(start: WrittenInstant, end: WrittenInstant | undefined, locale: string, zone: string, style: WhenStyle, viewer?: string): string {
  const f = dateTimeFormat(locale, { ...WHEN_STYLES[style], timeZone: 'UTC' });
  const from = wallIn(start, zone, viewer);
  return end && end.ms > start.ms ? f.formatRange(from, wallIn(end, zone, viewer)) : f.format(from);
}

/**
 * The one way widgets show an instant (or a range of two) with its time. In the commune's zone
 * the wall clock is the one the data wrote (its own offset, see core/wall-clock.ts), never
 * recomputed from the device's time-zone rules, and Morocco's rules come from our table (tz
 * 2026c) when the data gives no offset. The visitor's time (at the instant meant, see
 * meantInstant) is added only when the visitor's clock really shows another time (Paris in
 * winter: yes; London in winter or another device in Morocco: no). Invalid input comes back
 * as written.
 */
export function formatWhen(value: InstantInput, locale: string, options: WhenOptions = {}): ZonedText {
  const start = readInstant(value);
  if (!start) return { text: String(value) };
  const end = options.end === undefined ? undefined : readInstant(options.end);
  const zone = timeZone(options.zone);
  const style = options.style ?? 'datetime';
  const text = formatWall(start, end, locale, zone, style);
  const viewer = options.viewer === undefined ? viewerTimeZone() : options.viewer;
  if (!viewer || viewer === zone) return { text };
  const same = (instant: WrittenInstant) => wallIn(instant, zone).getTime() === wallIn(instant, zone, viewer).getTime();
  if (same(start) && (!end || same(end))) return { text };
  return { text, viewer: { zone: viewer, text: formatWall(start, end, locale, zone, style, viewer) } };
}

/** An instant with date and time in the configured zone ("10 décembre 2026 à 17:00"), no visitor's time. */
export function formatDateTime(instant: InstantInput, locale: string, zone?: string | null): string {
  return formatWhen(instant, locale, { zone, viewer: null }).text;
}

/** An instant's time of day in the configured zone ("17:00"), no visitor's time. */
export function formatTime(instant: InstantInput, locale: string, zone?: string | null): string {
  return formatWhen(instant, locale, { zone, viewer: null, style: 'time' }).text;
}

/**
 * The calendar day (`YYYY-MM-DD`) of a value in a zone: a date-only value stays its own day,
 * an instant gives the day of its wall clock (as written, see formatWhen).
 */
export function dayInZone(value: InstantInput, zone?: string | null): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const instant = readInstant(value);
  return instant ? wallDay(instant, timeZone(zone)) : String(value);
}

/** The visitor's own IANA zone, from the browser (undefined if it does not say). */
export function viewerTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return memo(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlLocale(locale), options)).format(value);
}

/** 0–100 → "42 %" (locale spacing and sign placement). */
export function formatPercent(value: number, locale: string): string {
  return formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: 0 });
}

/** Local names of the dirham; Intl's own symbols for it vary between browsers. */
const DIRHAM: Record<string, string> = { fr: 'DH', ar: 'د.م.', zgh: 'DH', en: 'MAD' };

/**
 * An amount of money: full ("12 345 678 DH") or compact ("12,3 M DH"). MAD uses the local
 * name of the dirham; other currencies use Intl's currency formatting.
 */
export function formatMoney(amount: number, currency: string, locale: string, compact = false): string {
  const base = locale.split('-')[0];
  if (currency === 'MAD') {
    const number = formatNumber(amount, locale, compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 });
    return `${number}\u00a0${DIRHAM[base] ?? 'MAD'}`;
  }
  return formatNumber(amount, locale, {
    style: 'currency',
    currency,
    ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
  });
}

/** A number of seconds in words with the right plural ("1 second", "2 secondes", "ثانيتان"). */
export function formatSeconds(seconds: number, locale: string): string {
  // No browser has unit names for Tamazight: the number and the Tifinagh word.
  if (locale.split('-')[0] === 'zgh') return `${formatNumber(seconds, 'fr')} ⵏ ⵜⵙⵉⵏⵉⵜⵉⵏ`;
  return formatNumber(seconds, locale, { style: 'unit', unit: 'second', unitDisplay: 'long' });
}

/** A number of days in words with the right plural ("1 day", "3 jours", "٣ أيام"). */
export function formatDays(days: number, locale: string): string {
  // No browser has unit names for Tamazight: the number and the Tifinagh word ("n wussan").
  if (locale.split('-')[0] === 'zgh') return `${formatNumber(days, 'fr')} ⵏ ⵡⵓⵙⵙⴰⵏ`;
  return formatNumber(days, locale, { style: 'unit', unit: 'day', unitDisplay: 'long' });
}
