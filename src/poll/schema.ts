import * as z from 'zod/mini';
import { isoDate, isoInstant, localizedText, parseJson, parseWhole, validItems, ValidationReport, type LocalizedText } from '../core/validation.js';
import type { Parsed } from '../core/data-source.js';
import { LoadError } from '../core/loader.js';

/** When the results are shown (API.md, polls). */
export const SHOW_RESULTS = ['after-vote', 'after-close', 'always', 'never'] as const;
export type ShowResults = (typeof SHOW_RESULTS)[number];

export const MIN_CHOICES = 2;
export const MAX_CHOICES = 20;
/** Longest "other" answer when the poll gives no limit. */
export const DEFAULT_OTHER_MAX_LENGTH = 200;

const instantOrDay = z.union([isoInstant, isoDate]);
const id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[\w.-]+$/));
const count = z.number().check(z.int(), z.gte(0));

export const choiceSchema = z.object({ id, label: localizedText });

export const channelSchema = z.object({ id, label: localizedText });

/** `{api}/polls/{ID}.json`: one question, its choices and its rules. */
export const pollSchema = z.object({
  id: z.optional(id),
  question: localizedText,
  description: z.optional(localizedText),
  choices: z.array(choiceSchema).check(z.minLength(MIN_CHOICES), z.maxLength(MAX_CHOICES)),
  /** The most choices a person may pick (default 1: one answer, radio buttons). */
  maxChoices: z.optional(z.number().check(z.int(), z.gte(1), z.lte(MAX_CHOICES))),
  /** A free-text "other" answer, counted apart. */
  other: z.optional(z.object({ label: z.optional(localizedText), maxLength: z.optional(z.number().check(z.int(), z.gte(1), z.lte(2000))) })),
  open: z.optional(z.boolean()),
  opens: z.optional(instantOrDay),
  closes: z.optional(instantOrDay),
  showResults: z.optional(z.enum(SHOW_RESULTS)),
  /** False for a past poll published as a file: results only, nothing to vote with. */
  voting: z.optional(z.boolean()),
  /** The results, in the same file (a published past poll). */
  results: z.optional(z.unknown()),
});

const channelResultSchema = z.object({
  id,
  label: z.optional(localizedText),
  respondents: count,
  counts: z.record(z.string(), count),
  other: z.optional(count),
});

/** `{api}/polls/{ID}/results.json`. */
export const pollResultsSchema = z.object({
  respondents: count,
  counts: z.record(z.string(), count),
  other: z.optional(count),
  channels: z.optional(z.array(channelResultSchema)),
  updated: z.optional(isoInstant),
});

/** What `POST {api}/polls/{ID}/votes` receives. */
export const voteSchema = z.object({
  choices: z.array(id).check(z.maxLength(MAX_CHOICES)),
  other: z.optional(z.string().check(z.maxLength(2000))),
  channel: z.optional(id),
  locale: z.optional(z.string()),
});

/** What the server answers to a vote (every field optional). */
export const voteReceiptSchema = z.object({
  reference: z.optional(z.string().check(z.maxLength(100))),
  results: z.optional(z.unknown()),
});

export type Choice = z.output<typeof choiceSchema>;

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

const pollEnvelope = z.object({ choices: z.unknown() });

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
export function parseVoteReceipt(text: string): z.output<typeof voteReceiptSchema> {
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
