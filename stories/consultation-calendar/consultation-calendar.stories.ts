import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/consultation-calendar/index.js';
import { installMockFetch, mockApi, registerMockData } from '../support/mock-fetch.js';
import events from '../../demo/data/events.json';
import emptyEvents from '../../demo/data/empty/events.json';
import invalidEvents from '../../demo/data/invalid/events.json';
import eventsIcs from '../../demo/data/events.ics?raw';
import invalidIcs from '../../demo/data/invalid/events.ics?raw';

installMockFetch();
registerMockData('events.json', events);
registerMockData('events.ics', eventsIcs);
registerMockData('empty/events.json', emptyEvents);
registerMockData('invalid/events.json', invalidEvents);
registerMockData('invalid/events.ics', invalidIcs);
registerMockData(
  'large/events.json',
  {
    updatedAt: events.updatedAt,
    events: Array.from({ length: 1000 }, (_, i) => {
      const base = events.events[i % events.events.length];
      const start = new Date(Date.parse('2025-06-01T09:00:00Z') + i * 18 * 3_600_000);
      return { ...base, id: `large-${i}`, start: start.toISOString(), end: new Date(start.getTime() + 2 * 3_600_000).toISOString(), allDay: false };
    }),
  },
);

interface CalendarArgs {
  api?: string;
  src?: string;
  view?: 'list' | 'month';
  month?: string;
  format?: 'json' | 'ical';
  now?: string;
  'viewer-time-zone'?: string;
  'time-zone'?: string;
  timeout?: number;
  theme?: 'light' | 'dark';
}

const NOW = '2026-11-25T12:00:00+00:00';

const meta = {
  title: 'Widgets/Consultation calendar',
  component: 'og-consultation-calendar',
  render: (args) =>
    html`<og-consultation-calendar
      api=${ifDefined(args.api || undefined)}
      src=${ifDefined(args.src || undefined)}
      view=${ifDefined(args.view || undefined)}
      month=${ifDefined(args.month || undefined)}
      format=${ifDefined(args.format || undefined)}
      now=${ifDefined(args.now || undefined)}
      viewer-time-zone=${ifDefined(args['viewer-time-zone'] || undefined)}
      time-zone=${ifDefined(args['time-zone'] || undefined)}
      timeout=${ifDefined(args.timeout ?? undefined)}
      theme=${ifDefined(args.theme || undefined)}
    ></og-consultation-calendar>`,
  args: { api: mockApi('demo'), view: 'list', now: NOW },
  argTypes: {
    api: { control: 'text', description: 'Base URL of the data set; the widget reads `{api}/events.json`.' },
    src: { control: 'text', description: 'Full URL of the data file (JSON, or iCalendar when it ends in `.ics`); overrides `api`.' },
    view: { control: 'inline-radio', options: ['list', 'month'], description: '`list` (upcoming first, then past) or `month` (a grid).' },
    month: { control: 'text', description: 'The month first shown in the month view, `YYYY-MM` (default: the current month).' },
    format: { control: 'inline-radio', options: [undefined, 'json', 'ical'], description: 'Force the format; a `src` ending in `.ics` is read as iCalendar.' },
    now: { control: 'text', description: '"Now" (ISO instant) for today, upcoming/past and registration; default: the real clock.' },
    'viewer-time-zone': { control: 'text', description: "The viewer's IANA time zone (default: the browser's); their own time is shown when it differs." },
    'time-zone': { control: 'text', description: 'The zone times are shown in (default: page config, else Africa/Casablanca).' },
    timeout: { control: 'number', description: 'Milliseconds before a request is given up (default 15000).' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'When and where to take part in consultations, and what came out of them. Paste `<og-consultation-calendar api="https://…/">` and serve `events.json`, or point `src` at the `.ics` feed you already have (docs/consultation-calendar.md). The clock is set to 25 November 2026 in these stories.',
      },
    },
  },
} satisfies Meta<CalendarArgs>;

export default meta;
type Story = StoryObj<CalendarArgs>;

/** The list: upcoming first (registration open, full, not yet open, cancelled, postponed), then past with outcomes. */
export const List: Story = {};

/** The viewer is in Paris: their own time is shown beside Casablanca time. */
export const ViewerInAnotherTimeZone: Story = { args: { 'viewer-time-zone': 'Europe/Paris' } };

/** The month view: an ARIA grid (arrow keys, Home/End, Page Up/Down, Enter), today marked. */
export const Month: Story = { args: { view: 'month' } };

/** October 2023: the Oujda consultation (open the 19th for its programme and participation). */
export const MonthOujda2023: Story = { args: { view: 'month', month: '2023-10', now: '2023-10-05T10:00:00+01:00' } };

/** The same meetings from an iCalendar feed: TZID, all-day, weekly RRULE with EXDATE; a subscribe link. */
export const ICalendarFeed: Story = { args: { api: undefined, src: `${mockApi('demo')}events.ics`, view: 'month', month: '2026-12' } };

/** The clock before registration opens for most meetings. */
export const RegistrationNotYetOpen: Story = { args: { now: '2026-11-01T09:00:00+00:00' } };

/** Loading: the skeleton (the mock server never answers). */
export const Loading: Story = { args: { api: mockApi('hang') } };

/** No meeting yet. */
export const Empty: Story = { args: { api: mockApi('empty') } };

/** The server fails (503, after one automatic retry): the reason in plain words and a retry button. */
export const ErrorServer: Story = { args: { api: mockApi('failing') } };

/** The file is not JSON. */
export const ErrorNotValid: Story = { args: { api: `${mockApi('invalid')}not-json/` } };

/** Partly invalid JSON: end before start, unknown time zone, no start: skipped with the notice; payloads stay text. */
export const Partial: Story = { args: { api: mockApi('invalid') } };

/** A feed with malformed lines, an unknown zone, an unclosed event and a daily rule since 1990 (bounded). */
export const PartialFeed: Story = { args: { api: undefined, src: `${mockApi('invalid')}events.ics` } };

/** 1,000 meetings: 20 upcoming and 20 past rendered, then "show more". */
export const ThousandEvents: Story = { args: { api: `${mockApi('demo')}large/` } };

/** Forced dark scheme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0b0f0d;padding:1rem">${story()}</div>`],
};

/** Arabic, right-to-left, month view on a 320 px phone. */
export const ArabicMonthSmallPhone: Story = {
  args: { view: 'month' },
  globals: { locale: 'ar', viewport: { value: 'phone320', isRotated: false } },
};

/** Arabic list. */
export const ArabicList: Story = { globals: { locale: 'ar' } };
