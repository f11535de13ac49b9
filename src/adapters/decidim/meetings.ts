/**
 * A meetings component's meetings → our events document (API.md): start and end, mode,
 * place and coordinates, online link, registration with remaining places, withdrawn →
 * cancelled, closing report and attendees → outcome, agenda, link to the meeting's page.
 */
import { safeUrl } from '../../core/safe-url.js';
import { localized, TranslationLog, type TranslatedField } from './translated.js';
import type { ComponentInfo } from './fetch-component.js';
import { pageUrl } from './component.js';
import { latest, optional } from './results.js';

interface AgendaItemNode {
  id: string;
  position?: number | null;
  duration?: number | null;
  title?: TranslatedField | null;
  items?: (AgendaItemNode | null)[] | null;
}

export interface MeetingNode {
  id: string;
  reference?: string | null;
  title?: TranslatedField | null;
  description?: TranslatedField | null;
  startTime: string;
  endTime?: string | null;
  typeOfMeeting?: string | null;
  address?: string | null;
  location?: TranslatedField | null;
  locationHints?: TranslatedField | null;
  coordinates?: { latitude: number | null; longitude: number | null } | null;
  onlineMeetingUrl?: string | null;
  registrationsEnabled?: boolean | null;
  remainingSlots?: number | null;
  isWithdrawn?: boolean | null;
  closed?: boolean | null;
  closingReport?: TranslatedField | null;
  attendeeCount?: number | null;
  videoUrl?: string | null;
  url?: string | null;
  updatedAt?: string | null;
  agenda?: { id: string; items?: (AgendaItemNode | null)[] | null } | null;
}

const MODES: Record<string, string> = { in_person: 'in-person', online: 'online', hybrid: 'hybrid' };
const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** Agenda items timed from the meeting's start by their durations (minutes); sub-items follow their item. */
function agendaOf(meeting: MeetingNode, log: TranslationLog): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let cursor = Date.parse(meeting.startTime);
  const byPosition = (items: (AgendaItemNode | null)[] | null | undefined) =>
    (items ?? []).filter((i): i is AgendaItemNode => !!i).sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  for (const item of byPosition(meeting.agenda?.items)) {
    const title = localized(item.title, log);
    const minutes = finite(item.duration) && item.duration > 0 ? item.duration : undefined;
    const start = Number.isFinite(cursor) ? cursor : undefined;
    if (title) {
      out.push({
        title,
        ...(start !== undefined && minutes ? { start: new Date(start).toISOString(), end: new Date(start + minutes * 60_000).toISOString() } : {}),
      });
    }
    for (const sub of byPosition(item.items)) {
      const subTitle = localized(sub.title, log);
      if (subTitle) out.push({ title: subTitle });
    }
    cursor = minutes && start !== undefined ? start + minutes * 60_000 : NaN;
  }
  return out;
}

export function meetingsToEvents(component: ComponentInfo, nodes: MeetingNode[], log: TranslationLog, now = new Date()): Record<string, unknown> {
  const events = nodes.map((m) => {
    const url = safeUrl(m.url ?? '') ?? pageUrl(component, 'meetings', m.id);
    const lat = m.coordinates?.latitude;
    const lon = m.coordinates?.longitude;
    const place = {
      ...optional('name', localized(m.location, log)),
      ...optional('address', m.address?.trim() || undefined),
      ...(finite(lat) && finite(lon) && !(lat === 0 && lon === 0) ? { lat, lon } : {}),
    };
    const report = localized(m.closingReport, log);
    const attendees = finite(m.attendeeCount) && m.attendeeCount > 0 ? Math.round(m.attendeeCount) : undefined;
    const online = safeUrl(m.onlineMeetingUrl?.trim() || '');
    return {
      id: m.reference || `meeting-${m.id}`,
      title: localized(m.title, log) ?? m.reference ?? `#${m.id}`,
      ...optional('description', localized(m.description, log)),
      start: m.startTime,
      ...(m.endTime && Date.parse(m.endTime) >= Date.parse(m.startTime) ? { end: m.endTime } : {}),
      ...optional('mode', MODES[m.typeOfMeeting ?? '']),
      ...(Object.keys(place).length ? { location: place } : {}),
      ...optional('onlineUrl', online),
      ...optional('url', url),
      status: m.isWithdrawn ? 'cancelled' : m.closed ? 'completed' : 'scheduled',
      ...(m.registrationsEnabled
        ? { registration: { ...optional('url', url), ...(finite(m.remainingSlots) && m.remainingSlots >= 0 ? { remaining: Math.round(m.remainingSlots) } : {}) } }
        : {}),
      ...(m.agenda ? { agenda: agendaOf(m, log) } : {}),
      ...(report || attendees !== undefined
        ? { outcome: { ...optional('summary', report), ...(attendees !== undefined ? { participants: { total: attendees } } : {}), ...optional('reportUrl', safeUrl(m.videoUrl ?? '')) } }
        : {}),
    };
  });
  return { updatedAt: latest(nodes.map((m) => m.updatedAt), now), events };
}
