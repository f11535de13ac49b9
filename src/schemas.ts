/**
 * Every resource of the data contract (API.md) in one place, by name: its whole-document valibot
 * schema (the source of the published JSON Schemas in dist/schemas/) and the tolerant parse
 * function the widget itself uses (so the `validate` command and the widget agree on what is
 * shown, skipped or refused). Not part of the browser entries: scripts/build-schemas.mjs
 * bundles it for Node as dist/node/schemas.mjs, which the command-line tools import.
 */
import * as v from 'valibot';
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import type { Parsed } from './core/data-source.js';
import { ISO_DATE, ISO_INSTANT, isoDate, isoInstant, link, localizedText, type Schema, looseObject, object } from './core/validation.js';
import { commitmentsDocumentSchema, parseCommitments } from './commitment-tracker/schema.js';
import { atLeastOneAmount, budgetDocumentSchema, parseBudgetJson } from './budget-chart/schema.js';
import { loadPapa, parseBudgetCsv } from './budget-chart/csv.js';
export { CSV_COLUMNS } from './budget-chart/csv-columns.js';
import { eventsDocumentSchema, parseEventsJson } from './consultation-calendar/schema.js';
import { parseFormConfig, proposalFormSchema, proposalPayloadSchema } from './proposal-form/schema.js';
import { calendarSchema, complaintFields, complaintSchema, datesInOrder } from './complaint-status/schema.js';
import { parseCalendar } from './core/working-days.js';
import { outcomesDocumentSchema, parseOutcomes } from './proposal-outcomes/schema.js';
import { parseComplaint, parseJsonText } from './complaint-status/complaint.js';
import { fromOpen311 } from './complaint-status/open311.js';
import { parsePoll, pollResultsSchema, pollSchema, readResults, voteSchema } from './poll/schema.js';
import { parseJson } from './core/json.js';
import { DEFAULT_TIME_ZONE } from './core/config.js';

export { link, localizedText, ISO_DATE, ISO_INSTANT };
/** valibot's own parse, for the command-line tools (which walk the same schemas). */
export const safeParse = v.safeParse;
export { detectResource } from './detect-resource.js';
import { LoadError } from './core/loader.js';
export { LoadError };
export { safeUrl } from './core/safe-url.js';

export const RESOURCE_NAMES = ['commitments', 'budget', 'events', 'proposals-form', 'proposal', 'proposal-outcomes', 'complaint', 'complaint-records', 'open311-request', 'poll', 'poll-results', 'poll-vote', 'calendar'] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

/** A record of `complaints publish`: the complaint plus the secret printed on its receipt. */
const complaintRecordFields = object({ ...complaintFields.entries, secret: v.pipe(v.string(), v.minLength(6)) });
export const complaintRecordSchema = v.pipe(complaintRecordFields, ...datesInOrder<v.InferOutput<typeof complaintRecordFields>>());
/** The export `complaints publish` reads: a list of records (or `{"complaints": [...]}`). */
export const complaintRecordsSchema = v.union([v.array(complaintRecordSchema), object({ complaints: v.array(complaintRecordSchema) })]);

/** Open311 GeoReport v2 `GET requests/{id}.json`: a list holding one service request (the fields the widget reads; the standard's others are allowed). */
export const open311RequestSchema = v.array(
  looseObject({
    service_request_id: v.union([v.pipe(v.string(), v.minLength(1)), v.number()]),
    status: v.picklist(['open', 'closed']),
    status_notes: v.optional(v.nullable(v.string())),
    service_name: v.optional(v.nullable(v.string())),
    agency_responsible: v.optional(v.nullable(v.string())),
    requested_datetime: v.string(),
    updated_datetime: v.optional(v.nullable(v.string())),
    expected_datetime: v.optional(v.nullable(v.string())),
  }),
);

export interface Resource {
  name: ResourceName;
  /** Short English title and description (also the JSON Schema's). */
  title: string;
  description: string;
  /** The element that reads it and where (relative to `api`), when a widget reads it. */
  element?: string;
  path?: string;
  schema: Schema;
  /**
   * Reads the text as the widget does: throws (a LoadError) when the widget would show its
   * error state, else returns the data and how many items it skipped.
   */
  parse?: (text: string) => Parsed<unknown> | Promise<Parsed<unknown>>;
  /** How many items the widget shows from the parsed data. */
  count?: (data: unknown) => number;
}

type Counted<T> = (data: T) => number;
const counted = <T>(fn: Counted<T>) => fn as (data: unknown) => number;

export const resources: Record<ResourceName, Resource> = {
  commitments: {
    name: 'commitments',
    title: 'Commitments (opengov-widgets)',
    description: 'commitments.json, read by <og-commitment-tracker>: an action plan and its commitments, milestones, indicators and updates.',
    element: 'og-commitment-tracker',
    path: 'commitments.json',
    schema: commitmentsDocumentSchema,
    parse: parseCommitments,
    count: counted((data: { commitments: unknown[] }) => data.commitments.length),
  },
  budget: {
    name: 'budget',
    title: 'Budget (opengov-widgets)',
    description: 'budget.json, read by <og-budget-chart>: budget lines by year, a tree through "parent", amounts in major units of "currency". The same data may come as CSV.',
    element: 'og-budget-chart',
    path: 'budget.json',
    schema: budgetDocumentSchema,
    parse: parseBudgetJson,
    count: counted((data: { years: { lines: unknown[] }[] }) => data.years.reduce((sum, year) => sum + year.lines.length, 0)),
  },
  events: {
    name: 'events',
    title: 'Consultation events (opengov-widgets)',
    description: 'events.json, read by <og-consultation-calendar>: public consultations and meetings. The same widget reads an iCalendar (.ics) feed.',
    element: 'og-consultation-calendar',
    path: 'events.json',
    schema: eventsDocumentSchema,
    parse: (text) => parseEventsJson(text, DEFAULT_TIME_ZONE),
    count: counted((data: { events: unknown[]; series: unknown[] }) => data.events.length + data.series.length),
  },
  'proposals-form': {
    name: 'proposals-form',
    title: 'Proposal form settings (opengov-widgets)',
    description: 'proposals/form.json, read by <og-proposal-form>: whether proposals are open, themes, length limits, privacy notice, contact requirement. Every field is optional.',
    element: 'og-proposal-form',
    path: 'proposals/form.json',
    schema: proposalFormSchema,
    parse: parseFormConfig,
    count: counted((data: { themes: unknown[] }) => data.themes.length),
  },
  proposal: {
    name: 'proposal',
    title: 'Proposal (opengov-widgets)',
    description: 'The JSON body <og-proposal-form> sends with POST {api}/proposals (for whoever writes the server).',
    element: 'og-proposal-form',
    path: 'proposals',
    schema: proposalPayloadSchema,
  },
  'proposal-outcomes': {
    name: 'proposal-outcomes',
    title: 'Proposal outcomes (opengov-widgets)',
    description:
      'proposals/outcomes.json, read by <og-proposal-outcomes>: the stages of a consultation\'s process and, for every proposal (by the reference its receipt gave), the stage reached, the institution, the decision and, when not (fully) accepted, the reason. No personal data.',
    element: 'og-proposal-outcomes',
    path: 'proposals/outcomes.json',
    schema: outcomesDocumentSchema,
    parse: parseOutcomes,
    count: counted((data: { proposals: unknown[] }) => data.proposals.length),
  },
  complaint: {
    name: 'complaint',
    title: 'Complaint status (opengov-widgets)',
    description: 'complaints/{reference}.json, read by <og-complaint-status>: where one complaint stands, with its history and answer.',
    element: 'og-complaint-status',
    path: 'complaints/{reference}.json',
    schema: complaintSchema,
    parse: (text) => parseComplaint(parseJsonText(text)),
    count: counted((data: { history?: unknown[] }) => data.history?.length ?? 0),
  },
  'complaint-records': {
    name: 'complaint-records',
    title: 'Complaint records to publish (opengov-widgets)',
    description: 'The export read by "opengov-widgets complaints publish": a list of complaints, each with the secret printed on its receipt. Never put this file on the web.',
    schema: complaintRecordsSchema,
  },
  'open311-request': {
    name: 'open311-request',
    title: 'Open311 service request (opengov-widgets)',
    description: 'requests/{id}.json in Open311 GeoReport v2, read by <og-complaint-status format="open311">: a list with one service request.',
    element: 'og-complaint-status',
    path: 'requests/{id}.json',
    schema: open311RequestSchema,
    parse: (text) => {
      const complaint = fromOpen311(parseJsonText(text), '');
      if (!complaint) return parseComplaint(undefined);
      return parseComplaint(complaint);
    },
    count: counted(() => 1),
  },
  poll: {
    name: 'poll',
    title: 'Poll (opengov-widgets)',
    description: 'polls/{id}.json, read by <og-poll>: one question, 2 to 20 choices, the most choices a person may pick, an optional "other" answer, the voting window and when results are shown. A past poll may carry its results in the same file ("voting": false).',
    element: 'og-poll',
    path: 'polls/{id}.json',
    schema: pollSchema,
    parse: parsePoll,
    count: counted((data: { choices: unknown[] }) => data.choices.length),
  },
  'poll-results': {
    name: 'poll-results',
    title: 'Poll results (opengov-widgets)',
    description: 'polls/{id}/results.json, read by <og-poll>: respondents, counts per choice id, "other" answers, optionally split by channel. Counts for choices the poll does not have are skipped; results where a count exceeds the respondents are refused.',
    element: 'og-poll',
    path: 'polls/{id}/results.json',
    schema: pollResultsSchema,
    // Alone, the file's own choice ids are the poll's (the widget also checks them against the poll).
    parse: (text) => {
      const json = parseJson(text) as { counts?: Record<string, unknown> } | null;
      const ids = Object.keys((json && typeof json === 'object' && json.counts) || {});
      return readResults(json, { choices: ids.map((id) => ({ id, label: id })), maxChoices: Math.max(2, ids.length) });
    },
    count: counted((data: { counts: Record<string, number> }) => Object.keys(data.counts).length),
  },
  'poll-vote': {
    name: 'poll-vote',
    title: 'Poll vote (opengov-widgets)',
    description: 'The JSON body <og-poll> sends with POST {api}/polls/{id}/votes, with an Idempotency-Key header (for whoever writes the server).',
    element: 'og-poll',
    path: 'polls/{id}/votes',
    schema: voteSchema,
  },
  calendar: {
    name: 'calendar',
    title: 'Working calendar (opengov-widgets)',
    description:
      'calendar.json, read by <og-complaint-status calendar="calendar.json">, "validate" and "complaints publish": the commune\'s weekend days, public holidays (dates with names) and, per kind of file, the time limit its rules set (N working or calendar days, and the extension allowed, if any). Nothing here is a default: the widget counts only what this file states.',
    element: 'og-complaint-status',
    path: 'calendar.json',
    schema: calendarSchema,
    parse: (text) => {
      const { calendar, problems } = parseCalendar(parseJsonText(text));
      if (!calendar) throw new LoadError('invalid', 'invalid');
      return { data: calendar, skipped: problems.length };
    },
    count: counted((data: { holidays: unknown[] }) => data.holidays.length),
  },
};

/** The budget as CSV, read as the widget reads it (papaparse loaded on demand). */
export async function parseBudgetCsvText(text: string): Promise<Parsed<unknown>> {
  return parseBudgetCsv(await loadPapa(), text);
}

/** An iCalendar feed, read as the widget reads it (the reader and ical.js loaded on demand). */
export async function parseEventsIcal(text: string, zone: string = DEFAULT_TIME_ZONE): Promise<Parsed<unknown>> {
  return (await import('./consultation-calendar/ical-import.js')).readICalendar(text, zone);
}

const LOCALIZED_TEXT_DESCRIPTION =
  'A text, or texts by language tag: {"ar": "…", "fr": "…", "zgh": "…", "en": "…"}. The widget shows the page language, then its fallbacks, then the first text present.';

const LINK_DESCRIPTION = 'A link. Only https:, http:, mailto: and tel: links are shown; any other (javascript:, data:…) is dropped.';

/**
 * What the converter cannot read from a schema, said in JSON Schema words: the date formats
 * beside their patterns, LocalizedText's title and description, the links' description and the
 * amounts' "at least one" rule. Other checks
 * (dates in order, a reason when refused…) have no JSON Schema words and are left to `validate`.
 */
const conversion: ConversionConfig = {
  target: 'draft-2020-12',
  typeMode: 'input',
  definitions: { LocalizedText: localizedText },
  overrideSchema: ({ valibotSchema, jsonSchema }) => {
    if (valibotSchema === localizedText) return { ...jsonSchema, title: 'LocalizedText', description: LOCALIZED_TEXT_DESCRIPTION };
    if (valibotSchema === link.pipe[0]) return { description: LINK_DESCRIPTION, ...jsonSchema };
    return undefined;
  },
  overrideAction: ({ valibotAction, jsonSchema }) => {
    if (valibotAction === isoDate.pipe[1]) return { ...jsonSchema, format: 'date', pattern: ISO_DATE.source };
    if (valibotAction === isoInstant.pipe[1]) return { ...jsonSchema, format: 'date-time', pattern: ISO_INSTANT.source };
    if (valibotAction === atLeastOneAmount) {
      return {
        ...jsonSchema,
        description: 'Amounts in major units of the currency; at least one of proposed, approved, executed.',
        anyOf: [{ required: ['proposed'] }, { required: ['approved'] }, { required: ['executed'] }],
      };
    }
    if (valibotAction.type === 'check' || valibotAction.type === 'raw_check') return jsonSchema;
    return undefined;
  },
};

/**
 * The JSON Schema (draft 2020-12) of a resource, as data may be written (the schema's input
 * side: amounts may be numeric strings, links any string; unsafe links are dropped by the
 * widget). Unknown fields are allowed, as in the contract.
 */
export function jsonSchemaOf(name: ResourceName): Record<string, unknown> {
  const resource = resources[name];
  const { $schema, ...rest } = toJsonSchema(resource.schema, conversion) as Record<string, unknown>;
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    title: resource.title,
    description: resource.description,
    ...rest,
  };
}

/** Time-zone rules in our own code (Morocco, tz 2026c): `validate` and the files the tools write. */
export { checkWrittenOffset, isoInZone, offsetText } from './core/wall-clock.js';
// Working days and due dates (validate, complaints publish): the widget's own arithmetic.
export { addLimit, deadlineOf, parseCalendar, ruleDueDate, ruleExtendedDate, daysBetween } from './core/working-days.js';
export { FILE_KINDS } from './complaint-status/complaint.js';
export { checkDeadline } from './complaint-status/deadline-check.js';
export { dayInZone } from './core/format.js';
export { hasOwnRules, MOROCCO_UTC_SINCE, ZONE_RULES_VERSION } from './core/zone-rules.js';
export { DEFAULT_TIME_ZONE };
// Source adapters, for `opengov-widgets import` (static snapshots): the same code the widgets run.
export { readCommitments as readDecidimCommitments, readEvents as readDecidimEvents, readOutcomes as readDecidimOutcomes } from './adapters/decidim/index.js';
export { decidimEndpoint } from './adapters/decidim/endpoint.js';
export { loadFiscalDataPackage } from './adapters/fdp/index.js';
