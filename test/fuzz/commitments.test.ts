import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { COMMITMENT_STATUSES, parseCommitments } from '../../src/commitment-tracker/schema.js';
import { overallProgress, progressOf } from '../../src/commitment-tracker/progress.js';
import { anyText, anyUrl, compact, expectSafeLink, isoDay, isoInstant, localizedText, mix, mutate, mutations, nastyString, onlyInvalid, optional, params, quietConsole } from './arbitraries.js';

const milestone = fc.record(
  {
    title: localizedText,
    due: isoDay,
    status: fc.constantFrom('pending', 'in-progress', 'done'),
    completedOn: isoDay,
    weight: fc.double({ min: 0, max: 1e6, noNaN: true }),
  },
  { requiredKeys: ['title'] },
);

/** A commitment that respects the contract (required: id, title, status). */
export const validCommitment = fc
  .record(
    {
      id: fc.string({ minLength: 1, maxLength: 12 }),
      number: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
      title: localizedText,
      summary: localizedText,
      description: localizedText,
      theme: localizedText,
      leadInstitution: localizedText,
      partners: fc.array(localizedText, { maxLength: 3 }),
      status: fc.constantFrom(...COMMITMENT_STATUSES),
      progress: fc.double({ min: 0, max: 100, noNaN: true }),
      statusDate: isoDay,
      start: isoDay,
      end: isoDay,
      objectives: fc.array(localizedText, { maxLength: 3 }),
      milestones: fc.array(milestone, { maxLength: 4 }),
      indicators: fc.array(
        fc.record({ name: localizedText, unit: optional(localizedText), baseline: optional(fc.double({ noNaN: true, noDefaultInfinity: true })), current: optional(fc.integer()) }),
        { maxLength: 2 },
      ),
      updates: fc.array(fc.record({ date: isoDay, text: localizedText, url: optional(anyUrl) }), { maxLength: 2 }),
      url: anyUrl,
      feedbackUrl: anyUrl,
    },
    { requiredKeys: ['id', 'title', 'status'] },
  )
  .map(compact);

type C = Record<string, unknown>;
/** Ways to break a valid commitment, each of which the contract rejects. */
const BREAKERS: ((c: C) => unknown)[] = [
  ({ id: _, ...c }) => c,
  (c) => ({ ...c, id: '' }),
  (c) => ({ ...c, id: 7 }),
  ({ title: _, ...c }) => c,
  (c) => ({ ...c, title: 12 }),
  (c) => ({ ...c, title: null }),
  (c) => ({ ...c, title: ['a'] }),
  (c) => ({ ...c, title: { fr: 3 } }),
  ({ status: _, ...c }) => c,
  (c) => ({ ...c, status: 'done' }),
  (c) => ({ ...c, status: 'COMPLETE' }),
  (c) => ({ ...c, progress: 101 }),
  (c) => ({ ...c, progress: -1 }),
  (c) => ({ ...c, progress: '50' }),
  (c) => ({ ...c, statusDate: '2023-02-30' }),
  (c) => ({ ...c, start: '2023/01/01' }),
  (c) => ({ ...c, milestones: 'none' }),
  (c) => ({ ...c, milestones: [{ due: '2022-01-01' }] }),
  (c) => ({ ...c, partners: [5] }),
  (c) => ({ ...c, updates: [{ date: 'yesterday', text: 'x' }] }),
  (c) => ({ ...c, url: 5 }),
  () => null,
  () => 42,
  () => 'commitment',
  (c) => [c],
];
const invalidCommitment = fc.tuple(validCommitment, fc.nat()).map(([c, n]) => BREAKERS[n % BREAKERS.length](c as C));

const envelope = (commitments: unknown[], extra: Record<string, unknown> = {}) => ({ updatedAt: '2024-01-15T10:00:00+01:00', commitments, ...extra });

describe('fuzz: commitments.json', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  it('any text: parses or fails as invalid, never throws anything else', () => {
    fc.assert(fc.property(anyText, (text) => void onlyInvalid(() => parseCommitments(text))), params(300));
  });

  it('mutated valid documents: parse or fail as invalid; what is kept is valid', () => {
    fc.assert(
      fc.property(fc.array(validCommitment, { maxLength: 5 }), isoInstant, mutations, (list, updatedAt, muts) => {
        const doc = mutate(envelope(list, { updatedAt, plan: { id: 'p', title: 'Plan', url: 'https://example.org' } }), muts);
        const result = onlyInvalid(() => parseCommitments(JSON.stringify(doc)));
        if (!result) return;
        for (const c of result.data.commitments) {
          expect(COMMITMENT_STATUSES).to.include(c.status);
          expect(c.id).to.be.a('string').and.not.equal('');
          [c.url, c.feedbackUrl, ...(c.updates ?? []).map((u) => u.url)].forEach(expectSafeLink);
          const p = progressOf(c);
          if (p !== undefined) expect(p).to.be.within(0, 100);
        }
        const overall = overallProgress(result.data.commitments);
        if (overall !== undefined) expect(overall).to.be.within(0, 100);
      }),
      params(250),
    );
  });

  it('keeps exactly the valid commitments, in order, and counts the others as skipped', () => {
    fc.assert(
      fc.property(mix(fc.array(validCommitment, { maxLength: 6 }), fc.array(invalidCommitment, { maxLength: 6 })), ({ items, valid, invalidCount }) => {
        const { data, skipped } = parseCommitments(JSON.stringify(envelope(items)));
        expect(data.commitments.map((c) => c.id)).to.deep.equal(valid.map((c) => c.id));
        expect(data.commitments.map((c) => c.title)).to.deep.equal(valid.map((c) => c.title));
        expect(skipped).to.equal(invalidCount);
      }),
      params(300),
    );
  });

  it('a bad plan is skipped and counted, never the commitments', () => {
    fc.assert(
      fc.property(fc.array(validCommitment, { maxLength: 3 }), fc.oneof(nastyString, fc.integer(), fc.constant([]), fc.record({ title: fc.integer() })), (list, plan) => {
        const { data, skipped } = parseCommitments(JSON.stringify(envelope(list, { plan })));
        expect(data.commitments).to.have.length(list.length);
        expect(data.plan).to.equal(undefined);
        expect(skipped).to.equal(1);
      }),
      params(150),
    );
  });

  it('a document without a valid envelope is invalid as a whole', () => {
    fc.assert(
      fc.property(fc.array(validCommitment, { maxLength: 2 }), fc.oneof(nastyString, fc.integer(), fc.constant(null)), (list, updatedAt) => {
        fc.pre(typeof updatedAt !== 'string' || !/^\d{4}-\d\d-\d\dT/.test(updatedAt));
        expect(onlyInvalid(() => parseCommitments(JSON.stringify({ updatedAt, commitments: list })))).to.equal(undefined);
        expect(onlyInvalid(() => parseCommitments(JSON.stringify({ updatedAt: '2024-01-15T10:00:00Z', commitments: { ...list } })))).to.equal(undefined);
      }),
      params(150),
    );
  });
});
