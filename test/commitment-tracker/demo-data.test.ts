/**
 * The demo's data files (demo/data/…) must be valid for the schema: a demo that silently skips
 * items would hide a bug in the data or in the schema. The "invalid" variant must skip exactly
 * its broken items and keep the rest.
 */
import { expect } from '@open-wc/testing';
import { COMMITMENT_STATUSES, parseCommitments } from '../../src/commitment-tracker/schema.js';
import { overallProgress } from '../../src/commitment-tracker/progress.js';

async function load(path: string) {
  const response = await fetch(`/demo/data/${path}`);
  expect(response.ok, `${path} is served`).to.equal(true);
  const text = await response.text();
  return { raw: JSON.parse(text) as { commitments: unknown[] }, parsed: parseCommitments(text) };
}

describe('demo data', () => {
  for (const path of ['commitments.json', 'commune-sale/commitments.json', 'measure-119/commitments.json', 'empty/commitments.json']) {
    it(`${path} validates with no item skipped`, async () => {
      const { raw, parsed } = await load(path);
      expect(parsed.skipped).to.equal(0);
      expect(parsed.data.commitments).to.have.length(raw.commitments.length);
      expect(parsed.data.plan, 'the plan is kept').to.not.equal(undefined);
    });
  }

  it('the national action plan has 22 commitments at every level and about 34 % overall', async () => {
    const { parsed } = await load('commitments.json');
    const commitments = parsed.data.commitments;
    expect(commitments).to.have.length(22);
    expect(new Set(commitments.map((c) => c.id)).size).to.equal(22);
    expect(new Set(commitments.map((c) => c.status))).to.have.keys([...COMMITMENT_STATUSES]);
    expect(overallProgress(commitments)).to.be.within(32, 36);
    const languages = new Set(commitments.flatMap((c) => (typeof c.title === 'string' ? [] : Object.keys(c.title))));
    expect([...languages]).to.include.members(['ar', 'fr', 'en', 'zgh']);
    expect(commitments.some((c) => c.milestones?.some((m) => m.status !== 'done' && m.due && m.due < '2024-01-15'))).to.equal(true);
  });

  it('the commune plan is in Arabic and French', async () => {
    const { parsed } = await load('commune-sale/commitments.json');
    for (const c of parsed.data.commitments) expect(c.title).to.have.keys(['ar', 'fr']);
  });

  it('measure 119 maps the record of document 002', async () => {
    const { parsed } = await load('measure-119/commitments.json');
    const [measure] = parsed.data.commitments;
    expect(measure.number).to.equal('119');
    expect(measure.status).to.equal('ongoing');
    expect(measure.statusDate).to.equal('2021-04-30');
    expect(measure.objectives).to.have.length(3);
    expect(measure.updates).to.have.length(7);
  });

  it('the invalid variant skips its broken items and keeps the rest', async () => {
    const { raw, parsed } = await load('invalid/commitments.json');
    expect(parsed.skipped).to.equal(5);
    expect(parsed.data.commitments).to.have.length(raw.commitments.length - 5);
    const withBadLinks = parsed.data.commitments.find((c) => JSON.stringify(c.title).includes('<script>'));
    expect(withBadLinks, 'the item with an HTML title and javascript: links is kept').to.not.equal(undefined);
    expect(withBadLinks?.url).to.equal(undefined);
    expect(withBadLinks?.feedbackUrl).to.equal(undefined);
  });
});
