import { expect } from '@open-wc/testing';
import { parseOutcomes, type ProposalOutcome } from '../../src/proposal-outcomes/schema.js';
import {
  commitmentLink,
  countByOutcome,
  countByStage,
  countByTheme,
  filterOutcomes,
  findByReference,
  normalizeProposalReference,
  outcomeLink,
  referenceFromHash,
  stageState,
  summarize,
} from '../../src/proposal-outcomes/outcomes.js';
import { outcomesDocument, STAGES } from './fixtures.js';

const parse = (doc: unknown) => parseOutcomes(JSON.stringify(doc));
const themeOf = (p: ProposalOutcome) => (typeof p.theme === 'string' ? p.theme : (p.theme?.en ?? ''));

describe('proposal outcomes: reading the document', () => {
  it('keeps every valid proposal, stage and consultation', () => {
    const { data, skipped } = parse(outcomesDocument());
    expect(skipped).to.equal(0);
    expect(data.proposals).to.have.length(7);
    expect(data.stages.map((s) => s.id)).to.deep.equal(['published', 'reviewed', 'studied', 'outcome']);
  });

  const bad: [string, Record<string, unknown>][] = [
    ['a rejection without a reason', { decision: 'not-accepted' }],
    ['out of scope without a reason', { decision: 'out-of-scope', reason: '  ' }],
    ['partly accepted without a reason', { decision: 'partly-accepted' }],
    ['merged without mergedInto', { decision: 'merged' }],
    ['an unknown stage', { stage: 'somewhere' }],
    ['a date for an unknown stage', { stageDates: [{ stage: 'elsewhere', date: '2024-01-01' }] }],
    ['an unknown decision', { decision: 'maybe' }],
    ['an unknown consultation', { consultation: 'nowhere' }],
    ['a negative support count', { supports: -1 }],
    ['a reference used twice', { reference: 'P-2023-0001' }],
  ];
  for (const [what, patch] of bad) {
    it(`skips and counts ${what}, keeping the others`, () => {
      const doc = outcomesDocument();
      const extra = { reference: 'P-2023-0099', title: 'Extra', stage: 'published', ...patch };
      const { data, skipped } = parse({ ...doc, proposals: [...doc.proposals, extra] });
      expect(skipped).to.equal(1);
      expect(data.proposals).to.have.length(7);
    });
  }

  it('accepts a reason for an accepted or merged proposal, and no reason for an accepted one', () => {
    const doc = outcomesDocument();
    const { skipped } = parse({ ...doc, proposals: [...doc.proposals, { reference: 'X-1', title: 'x', stage: 'outcome', decision: 'merged', mergedInto: 'P-2023-0002', reason: 'Same aim.' }] });
    expect(skipped).to.equal(0);
  });

  it('refuses a document that is not JSON, has no stages or no proposals list (error state)', () => {
    expect(() => parseOutcomes('{"oops')).to.throw();
    expect(() => parse({ updatedAt: '2024-03-01T10:00:00+01:00', stages: [], proposals: [] })).to.throw();
    expect(() => parse({ updatedAt: '2024-03-01T10:00:00+01:00', stages: STAGES, proposals: 'none' })).to.throw();
  });

  it('drops an unsafe tracker URL and keeps the rest', () => {
    const { data } = parse(outcomesDocument({ trackerUrl: 'javascript:alert(1)' }));
    expect(data.trackerUrl).to.equal(undefined);
    expect(data.proposals).to.have.length(7);
  });
});

describe('proposal outcomes: counts, filters and references', () => {
  const { data } = parse(outcomesDocument());

  it('counts every decision, and the proposals still examined', () => {
    const counts = countByOutcome(data.proposals);
    expect(Object.fromEntries(counts)).to.deep.equal({ accepted: 1, 'partly-accepted': 1, merged: 1, 'not-accepted': 1, 'out-of-scope': 1, pending: 2 });
  });

  it('counts by theme (largest first) and by stage (in the process’s order)', () => {
    expect(countByTheme(data.proposals, themeOf, 'en')).to.deep.equal([
      ['Digital inclusion', 2],
      ['Participation', 2],
      ['Transparency', 1],
    ]);
    expect([...countByStage(data.proposals, data.stages)]).to.deep.equal([
      ['published', 1],
      ['reviewed', 1],
      ['studied', 1],
      ['outcome', 4],
    ]);
  });

  it('sums up the document once: counts, and the filters’ themes (alphabetical) and decisions (those present)', () => {
    const summary = summarize(data.proposals, data.stages, themeOf, 'en');
    expect(summary.byTheme).to.deep.equal(countByTheme(data.proposals, themeOf, 'en'));
    expect([...summary.byOutcome]).to.deep.equal([...countByOutcome(data.proposals)]);
    expect([...summary.byStage]).to.deep.equal([...countByStage(data.proposals, data.stages)]);
    expect(summary.themes).to.deep.equal(['Digital inclusion', 'Participation', 'Transparency']);
    const accepted = data.proposals.filter((p) => p.decision === 'accepted');
    expect(summarize(accepted, data.stages, themeOf, 'en').outcomes).to.deep.equal(['accepted']);
  });

  it('tells each stage’s state for a proposal', () => {
    expect(data.stages.map((s) => stageState(data.stages, 'studied', s.id))).to.deep.equal(['done', 'done', 'current', 'ahead']);
  });

  it('filters by decision, theme, stage and words', () => {
    for (const outcome of ['accepted', 'partly-accepted', 'merged', 'not-accepted', 'out-of-scope', 'pending']) {
      const found = filterOutcomes(data.proposals, { outcome }, themeOf);
      expect(found.length, outcome).to.equal(outcome === 'pending' ? 2 : 1);
    }
    for (const stage of STAGES.map((s) => s.id)) {
      expect(filterOutcomes(data.proposals, { stage }, themeOf).every((p) => p.stage === stage)).to.equal(true);
    }
    expect(filterOutcomes(data.proposals, { theme: 'Participation' }, themeOf).map((p) => p.reference)).to.deep.equal(['P-2023-0002', 'P-2023-0003']);
    expect(filterOutcomes(data.proposals, { query: 'délibérations' }, themeOf).map((p) => p.reference)).to.deep.equal(['P-2023-0001']);
    expect(filterOutcomes(data.proposals, { query: 'budget commune' }, themeOf).map((p) => p.reference)).to.deep.equal(['P-2023-0004']);
  });

  it('finds a proposal by its reference however it is typed', () => {
    expect(findByReference(data.proposals, 'P-2023-0004')?.reference).to.equal('P-2023-0004');
    expect(findByReference(data.proposals, ' p 2023 0004 ')?.reference).to.equal('P-2023-0004');
    expect(findByReference(data.proposals, 'P-٢٠٢٣-٠٠٠٤')?.reference).to.equal('P-2023-0004');
    expect(findByReference(data.proposals, 'P-2023-0404')).to.equal(undefined);
    expect(findByReference(data.proposals, '')).to.equal(undefined);
    expect(normalizeProposalReference('p–2023_0004')).to.equal('P20230004');
  });

  it('reads and writes the deep links', () => {
    expect(referenceFromHash('#og-proposal=P-2023-0004')).to.equal('P-2023-0004');
    expect(referenceFromHash('#x=1&og-proposal=P%2F1')).to.equal('P/1');
    expect(referenceFromHash('#og-commitment=c-1')).to.equal(undefined);
    expect(referenceFromHash('#og-proposal=%E0%A4%A')).to.equal(undefined);
    expect(outcomeLink('https://commune.ma/resultats#top', 'P-2023-0004')).to.equal('https://commune.ma/resultats#og-proposal=P-2023-0004');
    expect(commitmentLink('https://commune.ma/plan', 'c 18')).to.equal('https://commune.ma/plan#og-commitment=c%2018');
    expect(commitmentLink('', 'c-18')).to.equal('#og-commitment=c-18');
  });
});
