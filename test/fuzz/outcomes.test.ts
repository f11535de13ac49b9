import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DECISIONS, DECISIONS_NEEDING_REASON, parseOutcomes } from '../../src/proposal-outcomes/schema.js';
import { countByOutcome, countByStage, findByReference } from '../../src/proposal-outcomes/outcomes.js';
import { anyText, anyUrl, compact, expectSafeLink, isoDay, isoInstant, localizedText, mix, mutate, mutations, onlyInvalid, optional, params, quietConsole } from './arbitraries.js';

const STAGES = ['a', 'b', 'c'].map((id) => ({ id, title: `Stage ${id}` }));
const stageId = fc.constantFrom(...STAGES.map((s) => s.id));

/** A proposal that respects the contract (a reason when not fully accepted, mergedInto when merged). */
const validProposal = fc
  .record(
    {
      reference: fc.uuid(),
      title: localizedText,
      summary: localizedText,
      theme: localizedText,
      receivedOn: isoDay,
      stage: stageId,
      stageDates: fc.array(fc.record({ stage: stageId, date: isoDay }), { maxLength: 3 }),
      institution: localizedText,
      decision: fc.constantFrom(...DECISIONS),
      decidedOn: isoDay,
      reason: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''), fc.constant({ fr: 'Parce que', ar: 'لأن' })),
      mergedInto: fc.constant('P-1'),
      commitment: fc.record({ id: fc.string({ minLength: 1, maxLength: 10 }), title: optional(localizedText) }),
      supports: fc.nat(),
      url: anyUrl,
    },
    { requiredKeys: ['reference', 'title', 'stage'] },
  )
  .map((p) => {
    const needsReason = p.decision !== undefined && DECISIONS_NEEDING_REASON.includes(p.decision);
    return compact({ ...p, reason: needsReason ? (p.reason ?? 'Why') : p.reason, mergedInto: p.decision === 'merged' ? (p.mergedInto ?? 'P-1') : p.mergedInto });
  });

type P = Record<string, unknown>;
const BREAKERS: ((p: P) => unknown)[] = [
  ({ reference: _, ...p }) => p,
  (p) => ({ ...p, reference: '' }),
  ({ title: _, ...p }) => p,
  (p) => ({ ...p, stage: 'nowhere' }),
  (p) => ({ ...p, stageDates: [{ stage: 'nowhere', date: '2024-01-01' }] }),
  (p) => ({ ...p, stageDates: [{ stage: 'a', date: '2024-02-30' }] }),
  ({ reason: _, ...p }) => ({ ...p, decision: 'not-accepted' }),
  ({ reason: _, ...p }) => ({ ...p, decision: 'out-of-scope' }),
  (p) => ({ ...p, decision: 'partly-accepted', reason: '   ' }),
  ({ mergedInto: _, ...p }) => ({ ...p, decision: 'merged' }),
  (p) => ({ ...p, decision: 'maybe' }),
  (p) => ({ ...p, supports: -1 }),
  (p) => ({ ...p, supports: 1.5 }),
  (p) => ({ ...p, commitment: { id: '' } }),
  () => null,
  () => 42,
  (p) => [p],
];
const invalidProposal = fc.tuple(validProposal, fc.nat()).map(([p, n]) => BREAKERS[n % BREAKERS.length](p as P));

const envelope = (proposals: unknown[], extra: Record<string, unknown> = {}) => ({ updatedAt: '2024-03-01T10:00:00+01:00', stages: STAGES, proposals, ...extra });

describe('fuzz: proposals/outcomes.json', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  it('any text: parses or fails as invalid, never throws anything else', () => {
    fc.assert(fc.property(anyText, (text) => void onlyInvalid(() => parseOutcomes(text))), params(300));
  });

  it('mutated valid documents: parse or fail as invalid; what is kept keeps the rules', () => {
    fc.assert(
      fc.property(fc.array(validProposal, { maxLength: 5 }), isoInstant, mutations, (list, updatedAt, muts) => {
        const doc = mutate(envelope(list, { updatedAt, trackerUrl: 'https://example.org/plan' }), muts);
        const result = onlyInvalid(() => parseOutcomes(JSON.stringify(doc)));
        if (!result) return;
        const stageIds = new Set(result.data.stages.map((s) => s.id));
        for (const p of result.data.proposals) {
          expect(stageIds.has(p.stage)).to.equal(true);
          if (p.decision && DECISIONS_NEEDING_REASON.includes(p.decision)) expect(p.reason).to.exist;
          if (p.decision === 'merged') expect(p.mergedInto).to.be.a('string');
          expectSafeLink(p.url);
        }
        expectSafeLink(result.data.trackerUrl);
        const total = [...countByOutcome(result.data.proposals).values()].reduce((a, b) => a + b, 0);
        expect(total).to.equal(result.data.proposals.length);
        expect([...countByStage(result.data.proposals, result.data.stages).values()].reduce((a, b) => a + b, 0)).to.equal(result.data.proposals.length);
      }),
      params(250),
    );
  });

  it('keeps exactly the valid proposals, in order, counts the others, and finds each by its reference', () => {
    fc.assert(
      fc.property(mix(fc.array(validProposal, { maxLength: 6 }), fc.array(invalidProposal, { maxLength: 6 })), ({ items, valid, invalidCount }) => {
        const { data, skipped } = parseOutcomes(JSON.stringify(envelope(items)));
        expect(data.proposals.map((p) => p.reference)).to.deep.equal(valid.map((p) => (p as P).reference));
        expect(skipped).to.equal(invalidCount);
        for (const p of data.proposals) expect(findByReference(data.proposals, p.reference.toLowerCase())).to.equal(p);
      }),
      params(300),
    );
  });
});
