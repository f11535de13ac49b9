import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG, parseFormConfig, parseReceipt, serverFieldErrors } from '../../src/proposal-form/schema.js';
import { characterCount, emptyValues, mailtoLink, toPayload, validateAll, validateField, windowState } from '../../src/proposal-form/proposal.js';
import { clearDraft, newIdempotencyKey, readDraft, saveDraft } from '../../src/proposal-form/draft.js';
import { formConfig } from './fixtures.js';

const labels = { subject: 'Proposal', title: 'Title', theme: 'Theme', problem: 'Problem', solution: 'Solution', expectedResult: 'Expected result' };

describe('proposal form: settings', () => {
  it('reads form.json, applies defaults and skips what is not valid', () => {
    const { data, skipped } = parseFormConfig(JSON.stringify(formConfig({ themes: [{ id: 'a', label: 'A' }, { label: 'no id' }], maxLength: { title: 'x', problem: 50, unknown: 3 }, privacyNoticeUrl: 'javascript:alert(1)' })));
    expect(data.themes.map((t) => t.id)).to.deep.equal(['a']);
    expect(data.maxLength.title).to.equal(120);
    expect(data.maxLength.problem).to.equal(50);
    expect(data.privacyNoticeUrl).to.equal(undefined);
    expect(skipped).to.equal(2);
  });

  it('an empty object means every default', () => {
    expect(parseFormConfig('{}').data).to.deep.equal({ ...DEFAULT_CONFIG, opens: undefined, closes: undefined, privacyNoticeUrl: undefined });
  });

  it('refuses a document that is not an object', () => {
    expect(() => parseFormConfig('[1,2]')).to.throw();
    expect(() => parseFormConfig('not json')).to.throw();
  });

  it('reads the receipt tolerantly', () => {
    expect(parseReceipt('{"reference":"P-1","trackUrl":"https://x.example/p"}')).to.include({ reference: 'P-1', trackUrl: 'https://x.example/p' });
    expect(parseReceipt('{"reference":"P-1","trackUrl":"javascript:x"}').trackUrl).to.equal(undefined);
    expect(parseReceipt('<html>').reference).to.equal(undefined);
  });

  it('keeps only well-formed field errors', () => {
    expect(serverFieldErrors({ errors: { title: 'x', problem: { fr: 'y' }, bad: 3 } })).to.deep.equal({ title: 'x', problem: { fr: 'y' } });
    expect(serverFieldErrors({ errors: ['x'] })).to.deep.equal({});
    expect(serverFieldErrors(null)).to.deep.equal({});
  });
});

describe('proposal form: validation and payload', () => {
  const config = { maxLength: { ...DEFAULT_CONFIG.maxLength, title: 5 }, contactRequired: false };

  it('requires title, problem, solution and consent; the rest is optional', () => {
    expect(Object.keys(validateAll(emptyValues(), config))).to.deep.equal(['title', 'problem', 'solution', 'consent']);
  });

  it('counts characters as people do (emoji, Tifinagh, Arabic)', () => {
    expect(characterCount('ⴰⵣⵓⵍ')).to.equal(4);
    expect(characterCount('👍🏽')).to.equal(2);
    expect(validateField('title', { ...emptyValues(), title: 'ⴰⵣⵓⵍ ⴰ' }, config)).to.deep.equal({ code: 'too-long', max: 5, over: 1 });
  });

  it('checks email and phone formats', () => {
    expect(validateField('email', { ...emptyValues(), email: 'a@b' }, config)?.code).to.equal('email');
    expect(validateField('email', { ...emptyValues(), email: 'a@b.ma' }, config)).to.equal(undefined);
    expect(validateField('phone', { ...emptyValues(), phone: '+212 6 12 34 56 78' }, config)).to.equal(undefined);
    expect(validateField('phone', { ...emptyValues(), phone: 'call me' }, config)?.code).to.equal('phone');
  });

  it('with contact required: a name and an email or a phone', () => {
    const required = { ...config, contactRequired: true };
    expect(validateField('name', emptyValues(), required)?.code).to.equal('required');
    expect(validateField('email', emptyValues(), required)?.code).to.equal('contact-required');
    expect(validateField('email', { ...emptyValues(), phone: '0612345678' }, required)).to.equal(undefined);
  });

  it('builds the contract’s payload, trimmed, leaving out what is empty', () => {
    const payload = toPayload({ ...emptyValues(), title: ' T ', problem: 'P', solution: 'S', phone: ' 0612 ', consent: true }, 'ar');
    expect(payload).to.deep.equal({ title: 'T', problem: 'P', solution: 'S', locale: 'ar', author: { phone: '0612' }, consent: true });
  });

  it('composes a mailto: link without personal data', () => {
    const payload = toPayload({ ...emptyValues(), title: 'Bancs & ombre', problem: 'P?', solution: 'S#', email: 'me@x.ma', consent: true }, 'fr');
    const link = mailtoLink('mailto:contact@commune.ma', payload, labels)!;
    expect(link.startsWith('mailto:contact@commune.ma?subject=Proposal%3A%20Bancs%20%26%20ombre&body=')).to.equal(true);
    expect(decodeURIComponent(link.split('body=')[1])).to.equal('Title\nBancs & ombre\n\nProblem\nP?\n\nSolution\nS#');
    expect(link).not.to.contain('me%40x.ma');
    expect(mailtoLink('mailto:', payload, labels)).to.equal(undefined);
    expect(mailtoLink('https://x.ma', payload, labels)).to.equal(undefined);
  });

  it('knows whether the window is open', () => {
    const now = new Date('2026-01-15T10:00:00+01:00');
    expect(windowState({ open: true }, now).phase).to.equal('open');
    expect(windowState({ open: false }, now).phase).to.equal('closed');
    expect(windowState({ open: true, opens: '2026-02-01' }, now).phase).to.equal('upcoming');
    expect(windowState({ open: true, closes: '2026-01-15' }, now).phase, 'a closing day counts whole').to.equal('open');
    expect(windowState({ open: true, closes: '2026-01-14T23:59:00+01:00' }, now).phase).to.equal('closed');
  });

  it('reads a closing day in Morocco by the rules in force (UTC+00 since 2026-09-20), not a fixed +01:00', () => {
    const late = new Date('2026-12-10T23:30:00Z'); // 23:30 in Casablanca, still 10 December
    expect(windowState({ open: true, closes: '2026-12-10' }, late, 'Africa/Casablanca').phase).to.equal('open');
    expect(windowState({ open: true, closes: '2026-12-10' }, new Date('2026-12-11T00:00:00Z'), 'Africa/Casablanca').phase).to.equal('closed');
    expect(windowState({ open: true, opens: '2026-12-11' }, late, 'Africa/Casablanca').phase).to.equal('upcoming');
    // An outdated offset: the time written (18:00) is the time meant.
    expect(windowState({ open: true, closes: '2026-12-10T18:00:00+01:00' }, new Date('2026-12-10T17:30:00Z'), 'Africa/Casablanca').phase).to.equal('open');
  });
});

describe('proposal form: drafts', () => {
  const url = 'https://x.example/proposals';
  afterEach(() => clearDraft(url));

  it('saves and reads the proposal, never the personal fields', () => {
    const values = { ...emptyValues(), title: 'T', name: 'Amina', email: 'a@b.ma', gender: 'woman' };
    expect(saveDraft(url, { values, idempotencyKey: 'k-1', startedAt: 5, savedAt: '2026-01-01T00:00:00Z' })).to.equal(true);
    const raw = localStorage.getItem(`og-proposal-draft:${url}`)!;
    expect(raw).not.to.contain('Amina');
    expect(raw).not.to.contain('woman');
    const draft = readDraft(url)!;
    expect(draft.values).to.deep.equal({ title: 'T', problem: '', solution: '', expectedResult: '', theme: '' });
    expect(draft.idempotencyKey).to.equal('k-1');
  });

  it('ignores a corrupt draft', () => {
    localStorage.setItem(`og-proposal-draft:${url}`, '{"values": 3');
    expect(readDraft(url)).to.equal(undefined);
    localStorage.setItem(`og-proposal-draft:${url}`, '{"values": {"title": 3}, "idempotencyKey": "k"}');
    expect(readDraft(url)!.values).to.deep.equal({});
  });

  it('makes UUID v4 keys, also without crypto.randomUUID', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newIdempotencyKey()).to.match(uuid);
    const original = crypto.randomUUID;
    (crypto as { randomUUID?: unknown }).randomUUID = undefined;
    try {
      const a = newIdempotencyKey();
      expect(a).to.match(uuid);
      expect(newIdempotencyKey()).not.to.equal(a);
    } finally {
      crypto.randomUUID = original;
    }
  });
});
