import { expect } from '@open-wc/testing';
import { parsePoll, parseResults, ResultsRefused, voteProblem } from '../../src/poll/schema.js';
import { resultRows, resultsVisible, totalAnswers } from '../../src/poll/tally.js';
import { LoadError } from '../../src/core/loader.js';
import { poll, results } from './fixtures.js';

const read = (doc: unknown) => parsePoll(JSON.stringify(doc));

describe('poll: reading polls and results', () => {
  it('reads a poll with its defaults (one answer, results after voting, voting on)', () => {
    const { data, skipped } = read(poll({ maxChoices: undefined, showResults: undefined }));
    expect(skipped).to.equal(0);
    expect(data).to.include({ maxChoices: 1, showResults: 'after-vote', voting: true, open: true });
    expect(data.choices.map((c) => c.id)).to.deep.equal(['lighting', 'roads', 'wifi']);
  });

  it('skips a bad or repeated choice and counts it; refuses a poll left with fewer than two', () => {
    const doc = poll({ choices: [...poll().choices, { id: 'roads', label: 'again' }, { id: 'x y', label: 'bad id' }, { label: 'no id' }] });
    expect(read(doc).skipped).to.equal(3);
    expect(() => read(poll({ choices: [{ id: 'a', label: 'A' }, { id: 'a', label: 'A again' }] }))).to.throw(LoadError);
    expect(() => read(poll({ question: undefined }))).to.throw(LoadError);
    expect(() => read('<html>')).to.throw(LoadError);
  });

  it('refuses a poll that allows more answers than it has, or more than 20 choices', () => {
    expect(() => read(poll({ maxChoices: 4 }))).to.throw(LoadError);
    const many = Array.from({ length: 21 }, (_, i) => ({ id: `c${i}`, label: `C${i}` }));
    expect(() => read(poll({ choices: many, maxChoices: 2 }))).to.throw(LoadError);
  });

  it('reads results: unknown choice ids are skipped and counted, a choice nobody picked shows 0', () => {
    const p = read(poll()).data;
    const { data, skipped } = parseResults(JSON.stringify(results({ counts: { lighting: 40, ghost: 3 } })), p);
    expect(skipped).to.equal(1);
    const rows = resultRows(p, data);
    expect(rows.map((r) => [r.id, r.count])).to.deep.equal([['lighting', 40], ['roads', 0], ['wifi', 0]]);
    expect(rows[0].share).to.be.closeTo(40 / 70, 1e-9);
    expect(rows[0].byChannel.map((c) => c.count)).to.deep.equal([20, 20]);
  });

  it('refuses results that cannot be true: over the respondents with one answer each, or a count above them', () => {
    const single = read(poll({ maxChoices: 1 })).data;
    const refused = (doc: unknown, p = single) => {
      try {
        parseResults(JSON.stringify(doc), p);
      } catch (error) {
        return error instanceof ResultsRefused ? error.problem : 'other';
      }
      return 'accepted';
    };
    expect(refused(results())).to.equal('over-respondents');
    expect(refused(results({ counts: { lighting: 71 } }), read(poll()).data)).to.equal('count-above-respondents');
    expect(refused(results({ counts: { lighting: 40, roads: 30 }, channels: [] }), read(poll()).data)).to.equal('accepted');
    expect(refused({ respondents: -1, counts: {} })).to.equal('other');
  });

  it('adds the "other" answers as their own row, and totals above 100 % only when several answers are allowed', () => {
    const p = read(poll({ other: { label: 'Other idea' } })).data;
    const rows = resultRows(p, parseResults(JSON.stringify(results({ other: 5 })), p).data);
    expect(rows.at(-1)).to.include({ id: 'other', other: true, count: 5 });
    expect(totalAnswers(rows)).to.equal(100);
  });

  it('shows results by the poll’s rule', () => {
    const v = (rule: 'after-vote' | 'after-close' | 'always' | 'never', window: 'open' | 'closed' | 'upcoming', voted = false, resultsOnly = false) => resultsVisible(rule, { window, voted, resultsOnly });
    expect(v('always', 'open')).to.equal(true);
    expect(v('never', 'closed', true, true)).to.equal(false);
    expect(v('after-vote', 'open')).to.equal(false);
    expect(v('after-vote', 'open', true)).to.equal(true);
    expect(v('after-vote', 'closed')).to.equal(true);
    expect(v('after-close', 'open', true)).to.equal(false);
    expect(v('after-close', 'closed')).to.equal(true);
    expect(v('after-close', 'open', false, true), 'a published past poll').to.equal(true);
  });

  it('refuses a vote the poll does not allow', () => {
    const p = read(poll({ other: {} })).data;
    expect(voteProblem(p, [], '')).to.equal('none');
    expect(voteProblem(p, ['lighting', 'roads', 'wifi'], '')).to.equal('too-many');
    expect(voteProblem(p, ['lighting', 'roads'], 'and benches')).to.equal('too-many');
    expect(voteProblem(p, ['ghost'], '')).to.equal('unknown');
    expect(voteProblem(p, ['lighting'], 'x'.repeat(201))).to.equal('other-too-long');
    expect(voteProblem(p, ['lighting'], 'benches')).to.equal(undefined);
  });
});
