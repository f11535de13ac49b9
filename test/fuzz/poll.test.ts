import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePoll, parseResults, voteProblem, MAX_CHOICES, SHOW_RESULTS } from '../../src/poll/schema.js';
import { resultRows } from '../../src/poll/tally.js';
import { anyJson, anyText, compact, isoDay, isoInstant, localizedText, mutate, mutations, onlyInvalid, params, quietConsole } from './arbitraries.js';

const id = fc.stringMatching(/^[a-z0-9_.-]{1,12}$/);
/** A poll that respects the contract. */
const validPoll = fc
  .uniqueArray(fc.record({ id, label: localizedText }), { minLength: 2, maxLength: MAX_CHOICES, selector: (c) => c.id })
  .chain((choices) =>
    fc
      .record(
        {
          id,
          question: localizedText,
          description: localizedText,
          choices: fc.constant(choices),
          maxChoices: fc.integer({ min: 1, max: choices.length }),
          other: fc.record({ label: localizedText, maxLength: fc.integer({ min: 1, max: 500 }) }, { requiredKeys: [] }),
          open: fc.boolean(),
          opens: fc.oneof(isoDay, isoInstant),
          closes: fc.oneof(isoDay, isoInstant),
          showResults: fc.constantFrom(...SHOW_RESULTS),
          voting: fc.boolean(),
        },
        { requiredKeys: ['question', 'choices'] },
      )
      .map(compact),
  );

/** Results for a poll: counts within the respondents, plus unknown ids now and then. */
const resultsFor = (choiceIds: string[]) =>
  fc.integer({ min: 0, max: 500 }).chain((respondents) =>
    fc.record({
      respondents: fc.constant(respondents),
      counts: fc.dictionary(fc.oneof(fc.constantFrom(...choiceIds), id), fc.integer({ min: 0, max: respondents })),
      other: fc.option(fc.integer({ min: 0, max: respondents }), { nil: undefined }),
    }),
  );

describe('fuzz: poll documents and results', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  it('any text or JSON: a poll reads or fails as invalid', () => {
    fc.assert(fc.property(anyText, (text) => void onlyInvalid(() => parsePoll(text))), params(300));
    fc.assert(fc.property(anyJson, (raw) => void onlyInvalid(() => parsePoll(JSON.stringify(raw) ?? ''))), params(300));
  });

  it('mutated valid polls: read or fail as invalid; what is read keeps the contract’s rules', () => {
    fc.assert(
      fc.property(validPoll, mutations, (doc, list) => {
        const poll = onlyInvalid(() => parsePoll(JSON.stringify(mutate(doc, list))))?.data;
        if (!poll) return;
        expect(poll.choices.length).to.be.within(2, MAX_CHOICES);
        expect(new Set(poll.choices.map((c) => c.id)).size).to.equal(poll.choices.length);
        expect(poll.maxChoices).to.be.within(1, poll.choices.length);
        expect(SHOW_RESULTS).to.include(poll.showResults);
      }),
      params(400),
    );
  });

  it('results: read against their poll or refused as invalid; rows never name an unknown choice, shares stay within 0–1', () => {
    fc.assert(
      fc.property(
        validPoll.chain((doc) => fc.tuple(fc.constant(doc), resultsFor(doc.choices.map((c) => c.id)))),
        ([doc, raw]) => {
          const poll = parsePoll(JSON.stringify(doc)).data;
          const read = onlyInvalid(() => parseResults(JSON.stringify(raw), poll));
          if (!read) {
            expect(poll.maxChoices, 'only one-answer polls refuse counts within the respondents').to.equal(1);
            return;
          }
          const known = new Set([...poll.choices.map((c) => c.id), 'other']);
          for (const row of resultRows(poll, read.data)) {
            expect(known.has(row.id)).to.equal(true);
            expect(row.share).to.be.within(0, 1);
          }
        },
      ),
      params(400),
    );
  });

  it('votes: never more answers than the poll allows', () => {
    fc.assert(
      fc.property(validPoll, fc.array(id, { maxLength: 25 }), fc.string({ maxLength: 40 }), (doc, choices, other) => {
        const poll = parsePoll(JSON.stringify(doc)).data;
        const problem = voteProblem(poll, choices, other);
        if (problem === undefined) {
          expect(choices.length + (other.trim() ? 1 : 0)).to.be.within(1, poll.maxChoices);
          expect(choices.every((c) => poll.choices.some((p) => p.id === c))).to.equal(true);
        }
      }),
      params(300),
    );
  });
});
