import { expect } from '@open-wc/testing';
import '../../src/proposal-form/index.js';
import type { OgProposalForm } from '../../src/proposal-form/index.js';
import { resetPage, stubFetch, waitForState } from '../helpers/data-server.js';
import { ALL_TEXT_PAYLOADS, LONG_PAYLOAD, resetXssFlag, URL_PAYLOADS } from '../helpers/xss-payloads.js';
import { clearDrafts, fillRequired, mountForm, submit, tick, type } from '../proposal-form/fixtures.js';
import { Fields, SHAPES } from './fields.js';
import { catchingPageErrors, expectNoInjection, settle, shadowText } from './inspect.js';

const FORM = 'proposals/form.json';
const POST = '/proposals';

async function walkThrough(f: Fields, payload: string): Promise<string> {
  const seen: string[] = [];
  const form = {
    open: true,
    themes: [
      { id: payload, label: f.text('theme1') },
      { id: `${payload}-2`, label: f.text('theme2') },
    ],
    privacyNoticeUrl: f.url(),
    contact: { required: false },
  };
  const rejected = {
    status: 422,
    body: {
      errors: {
        title: f.text('error-title'),
        problem: f.text('error-problem'),
        theme: f.text('error-theme'),
        'author.email': f.text('error-email'),
        [payload]: f.text('error-unknown-field'),
      },
    },
  };
  const accepted = { status: 201, body: { reference: f.plain('reference'), status: payload, trackUrl: f.url() } };
  stubFetch({ [FORM]: { body: form }, [POST]: [rejected, accepted] });
  const el: OgProposalForm = await mountForm();
  await waitForState(el, 'idle');
  await settle(el);
  expectNoInjection(el, 'form.json');
  seen.push(shadowText(el));
  // What a person types is a value, never markup either.
  fillRequired(el);
  type(el, 'title', payload.slice(0, 100));
  type(el, 'theme', payload);
  type(el, 'email', 'someone@example.org');
  tick(el);
  await submit(el);
  await waitForState(el, 'error');
  await settle(el);
  expectNoInjection(el, '422');
  seen.push(shadowText(el));
  await submit(el);
  await waitForState(el, 'submitted');
  await settle(el);
  expectNoInjection(el, 'receipt');
  seen.push(shadowText(el));
  return seen.join(' ');
}

describe('XSS corpus: <og-proposal-form>', function () {
  this.timeout(60_000);
  beforeEach(() => {
    resetXssFlag();
    clearDrafts();
  });
  afterEach(async () => {
    clearDrafts();
    await resetPage();
  });

  ALL_TEXT_PAYLOADS.forEach((payload, index) => {
    const shape = SHAPES[index % SHAPES.length];
    it(`payload #${index} (${shape}) in themes, 422 messages and the receipt is text: ${JSON.stringify(payload.slice(0, 40))}`, async () => {
      const f = new Fields(payload, shape, index);
      const { result: text, errors } = await catchingPageErrors(() => walkThrough(f, payload));
      if (payload === LONG_PAYLOAD) {
        // By design: a receipt reference is cut at 100 characters, and a 422 body over 256 kB
        // (this one, in four languages) is not read, so the generic "refused" message shows.
        f.expectShown(text, ['error-title', 'error-problem', 'error-theme', 'error-email', 'error-unknown-field', 'reference']);
        expect(text).to.contain(`${payload} ⟦reference⟧`.slice(0, 100).replace(/\s+/g, ' '));
      } else {
        f.expectShown(text);
      }
      expect(errors).to.deep.equal([]);
    });
  });

  it('never links an unsafe privacy notice or tracking URL', async () => {
    for (const bad of URL_PAYLOADS) {
      const f = new Fields('x', 'string');
      f.url = () => bad;
      await walkThrough(f, 'x');
      document.querySelectorAll('og-proposal-form').forEach((e) => e.remove());
      clearDrafts();
    }
  });
});
