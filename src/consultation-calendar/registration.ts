import type { CalendarEvent } from './schema.js';

/** Where an event's registration stands at a given instant. */
export type RegistrationState =
  | { kind: 'not-open-yet'; opens: number; closes?: number }
  | { kind: 'open'; closes?: number; remaining?: number }
  | { kind: 'closed' }
  | { kind: 'full' };

/**
 * The registration state at `now`, from the window (opens, closes: else the event's start)
 * and the capacity. Undefined when the event has no registration. A cancelled or past event
 * is closed; capacity counts only while the window is open.
 */
export function registrationState(event: Pick<CalendarEvent, 'registration' | 'start' | 'status'>, now: number): RegistrationState | undefined {
  const reg = event.registration;
  if (!reg) return undefined;
  const closes = reg.closes ?? event.start;
  if (event.status === 'cancelled' || event.status === 'completed' || now >= closes || now >= event.start) return { kind: 'closed' };
  if (reg.opens !== undefined && now < reg.opens) return { kind: 'not-open-yet', opens: reg.opens, closes };
  const remaining = reg.capacity !== undefined && reg.registered !== undefined ? reg.capacity - reg.registered : reg.remaining;
  if (remaining !== undefined && remaining <= 0) return { kind: 'full' };
  return { kind: 'open', closes, remaining };
}
