import { getConfig, DEFAULT_TIME_ZONE } from './config.js';

/**
 * Every number, date and amount a widget shows goes through here: Intl with Latin digits
 * (Moroccan usage, also in Arabic), Moroccan regional formats, and the configured time zone.
 */
const REGIONAL: Record<string, string> = { ar: 'ar-MA', fr: 'fr-MA', zgh: 'zgh-MA', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

/** The Intl tag for a UI locale: regional variant when the browser has it, Latin digits. */
export function intlLocale(locale: string): string {
  const wanted = REGIONAL[locale] ?? locale;
  const candidates = [wanted, locale.split('-')[0], 'fr-MA'];
  const supported = candidates.find((tag) => Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0) ?? 'en';
  return `${supported}-u-nu-latn`;
}

function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
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
  return memo(`day|${locale}|${style}`, () =>
    new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'UTC' }),
  ).format(date);
}

/** An instant with date and time, in the configured time zone. */
export function formatDateTime(instant: string | Date, locale: string, zone?: string | null): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const tz = timeZone(zone);
  return memo(`dt|${locale}|${tz}`, () =>
    new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: tz }),
  ).format(date);
}

/** An instant's time of day in the configured time zone. */
export function formatTime(instant: string | Date, locale: string, zone?: string | null): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const tz = timeZone(zone);
  return memo(`t|${locale}|${tz}`, () =>
    new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short', timeZone: tz }),
  ).format(date);
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function dayInZone(instant: Date, zone?: string | null): string {
  const tz = timeZone(zone);
  return memo(`iso|${tz}`, () => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' })).format(instant);
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
