import { msg } from '@lit/localize';
import type { EventMode, EventStatus } from './schema.js';

/** How to take part, in words (the event's badge and the mode filter; the desk's labels too). */
export function modeLabel(mode: EventMode): string {
  switch (mode) {
    case 'in-person':
      return msg('In person', { id: 'calendar.mode.in-person' });
    case 'online':
      return msg('Online', { id: 'calendar.mode.online' });
    case 'hybrid':
      return msg('In person and online', { id: 'calendar.mode.hybrid' });
  }
}

export function statusLabel(status: EventStatus): string {
  switch (status) {
    case 'scheduled':
      return msg('Scheduled', { id: 'calendar.status.scheduled' });
    case 'cancelled':
      return msg('Cancelled', { id: 'calendar.status.cancelled' });
    case 'postponed':
      return msg('Postponed', { id: 'calendar.status.postponed' });
    case 'completed':
      return msg('Held', { id: 'calendar.status.completed' });
  }
}
