import { msg, str } from '@lit/localize';
import { resolveText } from '../core/localized-text.js';
import type { CalendarEvent } from './schema.js';
import { osmUrl } from './display.js';
import type { IcsExport } from './consultation-calendar.js';

/**
 * Builds the event's .ics with the export the element loaded (ics-export.ts, a lazy part: it is
 * passed in, never imported here) and downloads it through a Blob URL.
 */
export function downloadIcs({ eventToIcs, icsFileName }: IcsExport, e: CalendarEvent, locale: string, now: number, root: Node): void {
  const text = (v: CalendarEvent['title'] | undefined) => resolveText(v, locale).text;
  const extra: string[] = [];
  if (e.onlineUrl) extra.push(msg(str`Online: ${e.onlineUrl}`, { id: 'calendar.ics.online' }));
  if (e.location?.lat !== undefined && e.location.lon !== undefined) extra.push(msg(str`Map: ${osmUrl(e.location.lat, e.location.lon)}`, { id: 'calendar.ics.map' }));
  const ics = eventToIcs(e, { now, text, extraDescription: extra });
  // As core/csv-file.ts's downloadFile does; importing it would add the CSV module's chunk to the
  // calendar page's first download (+0.3 kB gzip, measured) for a button pressed rarely.
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = icsFileName(e);
  a.hidden = true;
  // In the document: some browsers download nothing for a link that is not.
  root.appendChild(a);
  a.click();
  a.remove();
  // Late enough for the browser to have read the file.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
