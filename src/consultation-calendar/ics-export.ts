import type { CalendarEvent } from './schema.js';

/**
 * One event as an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets
 * (never inside a UTF-8 character), TEXT escaped, UID and DTSTAMP, times in UTC (or dates for
 * all-day events). Pure: no DOM.
 */

/** TEXT escaping (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line at 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space counts
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `YYYYMMDDTHHMMSSZ`. */
export function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const dateValue = (day: string) => day.replace(/-/g, '');

function addDaysIso(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export interface IcsOptions {
  /** DTSTAMP: when the file is made (the injectable clock). */
  now: number;
  /** Resolves LocalizedText to the text written (the UI locale's). */
  text: (value: CalendarEvent['title'] | undefined) => string;
  /** Extra lines for DESCRIPTION (e.g. localized "Online:" link). */
  extraDescription?: string[];
  /** The OpenStreetMap link of the place, if any. */
  mapUrl?: string;
}

/** A UID that is globally unique and stable for an event (or one occurrence of it). */
export function uidOf(event: CalendarEvent): string {
  const base = event.id.includes('@') ? event.id : `${event.id}@opengov-widgets`;
  return event.recurring ? `${base.replace(/@/, `-${utcStamp(event.start)}@`)}` : base;
}

export function eventToIcs(event: CalendarEvent, opts: IcsOptions): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//opengov-widgets//consultation-calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT'];
  lines.push(`UID:${escapeIcsText(uidOf(event))}`);
  lines.push(`DTSTAMP:${utcStamp(opts.now)}`);
  if (event.allDay && event.startDay) {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(event.startDay)}`);
    lines.push(`DTEND;VALUE=DATE:${dateValue(addDaysIso(event.endDay ?? event.startDay, 1))}`);
  } else {
    lines.push(`DTSTART:${utcStamp(event.start)}`);
    if (event.end !== undefined && event.end > event.start) lines.push(`DTEND:${utcStamp(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeIcsText(opts.text(event.title))}`);
  const description = [opts.text(event.description), ...(opts.extraDescription ?? [])].filter(Boolean).join('\n');
  if (description) lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
  const place = [opts.text(event.location?.name), opts.text(event.location?.address)].filter(Boolean).join(', ');
  if (place) lines.push(`LOCATION:${escapeIcsText(place)}`);
  if (event.location?.lat !== undefined && event.location.lon !== undefined) lines.push(`GEO:${event.location.lat};${event.location.lon}`);
  const url = event.onlineUrl ?? event.url ?? event.registration?.url;
  if (url) lines.push(`URL:${url}`);
  if (event.theme) lines.push(`CATEGORIES:${escapeIcsText(opts.text(event.theme))}`);
  if (event.status === 'cancelled') lines.push('STATUS:CANCELLED');
  else if (event.status === 'postponed') lines.push('STATUS:TENTATIVE');
  else lines.push('STATUS:CONFIRMED');
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A safe file name for an event's .ics. */
export function icsFileName(event: CalendarEvent): string {
  const slug = event.id
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'event'}.ics`;
}
