import { expect } from '@open-wc/testing';
import { commitmentIdFromHash, countByStatus, filterCommitments, isLate, normalizeForSearch, overallProgress, progressOf } from '../../src/commitment-tracker/progress.js';
import { parseCommitments, type Commitment } from '../../src/commitment-tracker/schema.js';
import { planDocument } from './fixtures.js';

const commitments = () => parseCommitments(JSON.stringify(planDocument())).data.commitments;

describe('commitment progress (domain)', () => {
  it('uses the given progress, else milestone weights, else the status', () => {
    const [c1, c2, c3] = commitments();
    expect(progressOf(c1)).to.equal(60);
    expect(progressOf(c2)).to.equal(100);
    expect(progressOf(c3)).to.equal(25); // 1 done of weight 4
    expect(progressOf({ id: 'x', title: 'x', status: 'not-started' } as Commitment)).to.equal(0);
    expect(progressOf({ id: 'x', title: 'x', status: 'limited' } as Commitment)).to.equal(undefined);
  });

  it('marks a milestone late only when past due and not done', () => {
    expect(isLate({ title: 'a', due: '2023-03-31', status: 'pending' }, '2024-01-01')).to.equal(true);
    expect(isLate({ title: 'a', due: '2023-03-31', status: 'done' }, '2024-01-01')).to.equal(false);
    expect(isLate({ title: 'a', due: '2025-03-31', status: 'pending' }, '2024-01-01')).to.equal(false);
    expect(isLate({ title: 'a' }, '2024-01-01')).to.equal(false);
  });

  it('averages progress without withdrawn commitments', () => {
    const list = commitments();
    expect(overallProgress(list)).to.equal(Math.round((60 + 100 + 25) / 3));
    const withdrawn = { id: 'w', title: 'w', status: 'withdrawn', progress: 0 } as Commitment;
    expect(overallProgress([...list, withdrawn])).to.equal(Math.round((60 + 100 + 25) / 3));
    expect(overallProgress([])).to.equal(undefined);
  });

  it('counts commitments per completion level', () => {
    const counts = countByStatus(commitments());
    expect(counts.get('substantial')).to.equal(1);
    expect(counts.get('complete')).to.equal(1);
    expect(counts.get('limited')).to.equal(undefined);
  });

  it('filters by level, theme and words in any language, ignoring accents and Arabic marks', () => {
    const list = commitments();
    const themeOf = (c: Commitment) => (typeof c.theme === 'object' ? (c.theme.en ?? '') : (c.theme ?? ''));
    expect(filterCommitments(list, { status: 'complete' }, themeOf).map((c) => c.id)).to.deep.equal(['c-02']);
    expect(filterCommitments(list, { theme: 'Transparency' }, themeOf).map((c) => c.id)).to.deep.equal(['c-01', 'c-03']);
    expect(filterCommitments(list, { query: 'budgetaires' }, themeOf).map((c) => c.id)).to.deep.equal(['c-01']);
    expect(filterCommitments(list, { query: 'الرقمية' }, themeOf).map((c) => c.id)).to.deep.equal(['c-03']);
    expect(filterCommitments(list, { query: 'registre ASSOCIATIONS' }, themeOf).map((c) => c.id)).to.deep.equal(['c-02']);
    expect(normalizeForSearch('Énergie مُوَاصَلَة')).to.equal('energie مواصلة');
  });

  it('reads the commitment id from the page hash', () => {
    expect(commitmentIdFromHash('#og-commitment=c-07')).to.equal('c-07');
    expect(commitmentIdFromHash('#top&og-commitment=a%20b')).to.equal('a b');
    expect(commitmentIdFromHash('#other')).to.equal(undefined);
  });
});

describe('commitments validation', () => {
  it('skips invalid items and keeps valid ones', () => {
    const doc = planDocument();
    doc.commitments.push({ id: 'bad', status: 'finished' } as never, 'not an object' as never);
    const parsed = parseCommitments(JSON.stringify(doc));
    expect(parsed.skipped).to.equal(2);
    expect(parsed.data.commitments.map((c) => c.id)).to.deep.equal(['c-01', 'c-02', 'c-03']);
  });

  it('drops links that are not http(s), mailto or tel, keeping the item', () => {
    const doc = planDocument();
    Object.assign(doc.commitments[0], { url: 'javascript:alert(1)', feedbackUrl: 'tel:+212500000000' });
    const [c1] = parseCommitments(JSON.stringify(doc)).data.commitments;
    expect(c1.url).to.equal(undefined);
    expect(c1.feedbackUrl).to.equal('tel:+212500000000');
  });

  it('fails whole on a document that is not JSON or has the wrong shape', () => {
    expect(() => parseCommitments('<html>')).to.throw(/invalid/);
    expect(() => parseCommitments('{"commitments": 3, "updatedAt": "2024-01-15T10:00:00+01:00"}')).to.throw(/invalid/);
    expect(() => parseCommitments('[]')).to.throw(/invalid/);
  });
});
