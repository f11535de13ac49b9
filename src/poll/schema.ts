import * as v from 'valibot';
import { isoDate, isoInstant, localizedText, parseJson, parseWhole, validItems, ValidationReport, type LocalizedText, object, record } from '../core/validation.js';
import type { Parsed } from '../core/data-source.js';
import { LoadError } from '../core/loader.js';

/** When the results are shown (API.md, polls). */
export const SHOW_RESULTS = ['after-vote', 'after-close', 'always', 'never'] as const;
export type ShowResults = (typeof SHOW_RESULTS)[number];

export const MIN_CHOICES = 2;
export const MAX_CHOICES = 20;
/** Longest "other" answer when the poll gives no limit. */
export const DEFAULT_OTHER_MAX_LENGTH = 200;

const instantOrDay = v.union([isoInstant, isoDate]);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\w.-]+$/));
// A safe integer (no count is exact beyond 2^53); the JSON Schemas give its bounds.
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
/** Counts by choice id. */
const counts = record(count);

export const choiceSchema = object({ id, label: localizedText });

export const channelSchema = object({ id, label: localizedText });

/** `{api}/polls/{ID}.json`: one question, its choices and its rules. */
export const pollSchema = object({
  id: v.optional(id),
  question: localizedText,
  description: v.optional(localizedText),
  choices: v.pipe(v.array(choiceSchema), v.minLength(MIN_CHOICES), v.maxLength(MAX_CHOICES)),
  /** The most choices a person may pick (default 1: one answer, radio buttons). */
  maxChoices: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_CHOICES))),
  /** A free-text "other" answer, counted apart. */
  other: v.optional(object({ label: v.optional(localizedText), maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2000))) })),
  open: v.optional(v.boolean()),
  opens: v.optional(instantOrDay),
  closes: v.optional(instantOrDay),
  showResults: v.optional(v.picklist(SHOW_RESULTS)),
  /** False for a past poll published as a file: results only, nothing to vote with. */
  voting: v.optional(v.boolean()),
  /** The results, in the same file (a published past poll). */
  results: v.optional(v.unknown()),
});

const channelResultSchema = object({
  id,
  label: v.optional(localizedText),
  respondents: count,
  counts,
  other: v.optional(count),
});

/** `{api}/polls/{ID}/results.json`. */
export const pollResultsSchema = object({
  respondents: count,
  counts,
  other: v.optional(count),
  channels: v.optional(v.array(channelResultSchema)),
  updated: v.optional(isoInstant),
});

/** What `POST {api}/polls/{ID}/votes` receives. */
export const voteSchema = object({
  choices: v.pipe(v.array(id), v.maxLength(MAX_CHOICES)),
  other: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  channel: v.optional(id),
  locale: v.optional(v.string()),
});

/** What the server answers to a vote (every field optional). */
export const voteReceiptSchema = object({
  reference: v.optional(v.pipe(v.string(), v.maxLength(100))),
  results: v.optional(v.unknown()),
});

export type Choice = v.InferOutput<typeof choiceSchema>;

export interface Poll {
  id?: string;
  question: LocalizedText;
  description?: LocalizedText;
  choices: Choice[];
  maxChoices: number;
  other?: { label?: LocalizedText; maxLength: number };
  open: boolean;
  opens?: string;
  closes?: string;
  showResults: ShowResults;
  voting: boolean;
  /** Results carried in the poll's own file, read with the same rules as results.json. */
  results?: PollResults;
}

export interface ChannelResults {
  id: string;
  label?: LocalizedText;
  respondents: number;
  counts: Record<string, number>;
  other?: number;
}

export interface PollResults {
  respondents: number;
  counts: Record<string, number>;
  other?: number;
  channels: ChannelResults[];
  updated?: string;
}

export interface VotePayload {
  choices: string[];
  other?: string;
  channel?: string;
  locale: string;
}

/** Why results were refused: each has its own localized message. */
export type ResultsProblem = 'over-respondents' | 'count-above-respondents';

/** Results that cannot be true: refused as a whole, with a reason of their own. */
export class ResultsRefused extends LoadError {
  constructor(readonly problem: ResultsProblem) {
    super('invalid', 'invalid');
    this.name = 'ResultsRefused';
  }
}

const pollEnvelope = object({ choices: v.unknown() });

/**
 * Reads a poll tolerantly: a bad choice or one whose id repeats is skipped (and counted); the
 * poll fails as a whole when fewer than two choices are left, when the question is missing, or
 * when it allows more choices than it has.
 */
export function parsePoll(text: string): Parsed<Poll> {
  const json = parseJson(text);
  const report = new ValidationReport();
  const envelope = parseWhole(pollEnvelope, json);
  const seen = new Set<string>();
  const choices = validItems(envelope.choices, choiceSchema, 'choices', report).filter((choice, index) => {
    if (seen.has(choice.id)) {
      report.skip(`choices[${index}]`, `the id ${choice.id} is used twice`);
      return false;
    }
    seen.add(choice.id);
    return true;
  });
  const raw = parseWhole(pollSchema, { ...(json as object), choices });
  const maxChoices = raw.maxChoices ?? 1;
  if (maxChoices > choices.length) {
    console.warn(`[opengov-widgets] poll not valid: maxChoices ${maxChoices} is more than its ${choices.length} choices`);
    throw new LoadError('invalid', 'invalid');
  }
  const poll: Poll = {
    id: raw.id,
    question: raw.question,
    description: raw.description,
    choices,
    maxChoices,
    other: raw.other ? { label: raw.other.label, maxLength: raw.other.maxLength ?? DEFAULT_OTHER_MAX_LENGTH } : undefined,
    open: raw.open ?? true,
    opens: raw.opens,
    closes: raw.closes,
    showResults: raw.showResults ?? 'after-vote',
    voting: raw.voting ?? true,
  };
  let skipped = report.skipped.length;
  if (raw.results !== undefined) {
    const results = readResults(raw.results, poll);
    poll.results = results.data;
    skipped += results.skipped;
  }
  return { data: poll, skipped };
}

/** Reads `results.json` against its poll (see readResults). */
export function parseResults(text: string, poll: Poll): Parsed<PollResults> {
  return readResults(parseJson(text), poll);
}

/**
 * Results checked against their poll: counts for choices the poll does not have are skipped
 * (and counted); results that cannot be true are refused as a whole (ResultsRefused), because
 * showing them would mislead: with one answer per person the counts cannot add up to more than
 * the respondents, and no choice can be picked by more people than answered.
 */
export function readResults(json: unknown, poll: Pick<Poll, 'choices' | 'maxChoices'>): Parsed<PollResults> {
  const raw = parseWhole(pollResultsSchema, json);
  const report = new ValidationReport();
  const known = new Set(poll.choices.map((c) => c.id));
  const keep = (counts: Record<string, number>, path: string): Record<string, number> => {
    const kept: Record<string, number> = {};
    for (const [choice, n] of Object.entries(counts)) {
      if (known.has(choice)) kept[choice] = n;
      else report.skip(`${path}.${choice}`, 'no such choice in the poll');
    }
    return kept;
  };
  const check = (counts: Record<string, number>, other: number | undefined, respondents: number) => {
    const values = [...Object.values(counts), other ?? 0];
    if (values.some((n) => n > respondents)) throw new ResultsRefused('count-above-respondents');
    if (poll.maxChoices === 1 && values.reduce((a, b) => a + b, 0) > respondents) throw new ResultsRefused('over-respondents');
  };
  const counts = keep(raw.counts, 'counts');
  check(counts, raw.other, raw.respondents);
  const channels: ChannelResults[] = [];
  const seen = new Set<string>();
  (raw.channels ?? []).forEach((channel, index) => {
    if (seen.has(channel.id)) return report.skip(`channels[${index}]`, `the id ${channel.id} is used twice`);
    seen.add(channel.id);
    const channelCounts = keep(channel.counts, `channels[${index}].counts`);
    check(channelCounts, channel.other, channel.respondents);
    channels.push({ ...channel, counts: channelCounts });
  });
  return { data: { respondents: raw.respondents, counts, other: raw.other, channels, updated: raw.updated }, skipped: report.skipped.length };
}

/** The server's answer to a vote: any JSON object (an empty body is a receipt without reference). */
export function parseVoteReceipt(text: string): v.InferOutput<typeof voteReceiptSchema> {
  return parseWhole(voteReceiptSchema, text.trim() ? parseJson(text) : {});
}

/** Refuses a vote the poll does not allow (the element prevents it; this is the last check). */
export function voteProblem(poll: Pick<Poll, 'choices' | 'maxChoices' | 'other'>, choices: readonly string[], other: string): 'none' | 'too-many' | 'unknown' | 'other-too-long' | undefined {
  const known = new Set(poll.choices.map((c) => c.id));
  const answered = choices.length + (other.trim() ? 1 : 0);
  if (!answered) return 'none';
  if (answered > poll.maxChoices) return 'too-many';
  if (choices.some((c) => !known.has(c)) || new Set(choices).size !== choices.length) return 'unknown';
  if (poll.other && [...other.trim()].length > poll.other.maxLength) return 'other-too-long';
  return undefined;
}
