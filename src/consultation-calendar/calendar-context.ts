import type { nothing, TemplateResult } from 'lit';
import type { LocalizedText } from '../core/validation.js';
import type { CalendarEvent } from './schema.js';
import type { EventFilter } from './filter.js';

/**
 * How the views change what the widget shows. The widget makes this object once: a listener
 * passed as it is (the filters' changes, "show more", the view switch) is the same function
 * at every render.
 */
export interface CalendarActions {
  /** Text from data, with its own `lang` when it differs from the UI's (OgElement.text). */
  text(value: LocalizedText | undefined): TemplateResult | typeof nothing;
  /** Every filter control's `input`/`change`: the filter is the control's `name`. */
  onFilter(e: Event): void;
  clearFilters(): void;
  moreUpcoming(): void;
  morePast(): void;
  showList(): void;
  showMonth(): void;
  /** Starts fetching the month view (pointer or focus on the "Month" button). */
  prefetchMonth(): void;
  /** Starts fetching the .ics export (pointer or focus on an "Add to my calendar" button). */
  prefetchExport(): void;
  /** Downloads the event's .ics. */
  download(e: CalendarEvent): void;
}

/** What the views read from the widget for one render, and its actions. */
export interface CalendarContext extends CalendarActions {
  locale: string;
  /** The zone times are shown in. */
  zone: string;
  /** The viewer's zone, when valid (their time is shown when it differs). */
  viewer?: string;
  /** "Now", in ms. */
  now: number;
  /** The address of the iCalendar feed shown, to subscribe to (an iCalendar source only). */
  feed?: string;
  filter: Required<EventFilter>;
  /** Events shown so far in each list section ("show more" adds PAGE_SIZE). */
  shownUpcoming: number;
  shownPast: number;
  /** The key of the event whose .ics could not be made (its message shows). */
  exportFailed?: string;
}
