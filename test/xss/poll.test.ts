import { expect, fixture, html } from '@open-wc/testing';
import '../../src/poll/index.js';
import type { OgPoll } from '../../src/poll/index.js';
import { resetPage, stubFetch, waitForState } from '../helpers/data-server.js';
import { ALL_TEXT_PAYLOADS, resetXssFlag } from '../helpers/xss-payloads.js';
import { Fields, SHAPES } from './fields.js';
import { catchingPageErrors, expectNoInjection, settle } from './inspect.js';

const SRC = 'https://data.example.ma/opengov/polls/p.json';

/** A published poll (results inside) and an open one: every text field holds the payload. */
function documentFor(f: Fields, open: boolean) {
  return {
    id: 'p',
    question: f.text('question'),
    description: f.text('description'),
    choices: [
      { id: 'a', label: f.text('choiceA') },
      { id: 'b', label: f.text('choiceB') },
    ],
    maxChoices: 2,
    other: { label: f.text('other') },
    showResults: 'always',
    voting: open,
    results: {
      respondents: 10,
      counts: { a: 5, b: 4, [`${f.payload}`]: 3 },
      other: 1,
      channels: [{ id: 'meeting', label: f.text('channel'), respondents: 4, counts: { a: 2 } }],
    },
  };
}

async function render(doc: unknown, table = false): Promise<OgPoll> {
  stubFetch({ 'p.json': { body: doc } });
  const el = await fixture<OgPoll>(html`<og-poll src=${SRC} now="2026-06-01T10:00:00Z"></og-poll>`);
  await waitForState(el, 'ready');
  await el.updateComplete;
  if (table) {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    await el.updateComplete;
  }
  await settle();
  return el;
}

describe('XSS corpus: <og-poll>', function () {
  this.timeout(60_000);
  beforeEach(resetXssFlag);
  afterEach(resetPage);

  ALL_TEXT_PAYLOADS.forEach((payload, index) => {
    const shape = SHAPES[index % SHAPES.length];
    it(`shows payload #${index} (${shape}) as text in every field and runs nothing: ${JSON.stringify(payload.slice(0, 40))}`, async () => {
      const f = new Fields(payload, shape, index);
      const doc = documentFor(f, index % 2 === 0);
      const { result: el, errors } = await catchingPageErrors(() => render(doc, index % 3 === 0));
      expectNoInjection(el, `payload #${index}`);
      // The form's legend repeats the question; the "other" label is shown in the form (open) or the results.
      f.expectShown(el);
      expect(errors).to.deep.equal([]);
    });
  });
});
