import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/poll/index.js';
import type { OgPoll } from '../../src/poll/index.js';
import { query, queryAll, resetPage, stubFetch, textOf, useLocale, waitForState } from '../helpers/data-server.js';
import { captureDownload } from '../helpers/download.js';
import { API, choiceBox, clearPollRecords, keyOf, mountPoll, poll, POLL_PATH, pollWithOtherChoice, postsOf, results, RESULTS_PATH, voteButton, VOTES_PATH } from './fixtures.js';

async function ready(answers: Parameters<typeof stubFetch>[0], attrs: Parameters<typeof mountPoll>[0] = {}) {
  const requests = stubFetch({ [POLL_PATH]: { body: poll() }, [RESULTS_PATH]: { body: results() }, ...answers });
  const el = await mountPoll(attrs);
  await waitForState(el, 'ready', 'error');
  await el.updateComplete;
  return { el, requests };
}

const click = async (el: OgPoll, id: string) => {
  choiceBox(el, id).click();
  await el.updateComplete;
};
const vote = async (el: OgPoll) => {
  voteButton(el)!.click();
  await el.updateComplete;
};

describe('<og-poll>', () => {
  beforeEach(clearPollRecords);
  afterEach(async () => {
    clearPollRecords();
    await resetPage();
  });

  it('shows one question with radio buttons when one answer is allowed, and is accessible', async () => {
    const { el, requests } = await ready({ [POLL_PATH]: { body: poll({ maxChoices: 1 }) } });
    expect(requests[0].url).to.equal(`${API}polls/p1.json`);
    expect(queryAll<HTMLInputElement>(el, 'input[name=choice]').map((i) => i.type)).to.deep.equal(['radio', 'radio', 'radio']);
    expect(textOf(el)).to.contain('Which projects first?').and.contain('Choose one answer.').and.contain('The results are shown once you have voted.');
    expect(el.getAttribute('window')).to.equal('open');
    await click(el, 'roads');
    await click(el, 'wifi');
    expect(el.chosen).to.deep.equal(['wifi']);
    await expect(el).to.be.accessible();
  });

  it('uses checkboxes up to the limit, refuses one more by pointer and by keyboard, and says why', async () => {
    const { el } = await ready({});
    expect(choiceBox(el, 'lighting').type).to.equal('checkbox');
    expect(query(el, 'fieldset').getAttribute('aria-describedby')).to.equal('limit-hint limit-status');
    expect(query(el, '#limit-hint').textContent).to.contain('Choose up to 2 answers.');
    await click(el, 'lighting');
    await click(el, 'roads');
    expect(textOf(el)).to.contain('2 of 2 chosen.');
    await click(el, 'wifi'); // pointer
    expect(choiceBox(el, 'wifi').checked).to.equal(false);
    expect(query(el, '#limit-status').textContent).to.contain('You can choose at most 2 answers.');
    expect(query(el, '#limit-status').getAttribute('role')).to.equal('status');
    choiceBox(el, 'wifi').focus();
    await sendKeys({ press: ' ' }); // keyboard
    await el.updateComplete;
    expect(choiceBox(el, 'wifi').checked).to.equal(false);
    expect(el.chosen).to.deep.equal(['lighting', 'roads']);
    choiceBox(el, 'roads').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(query(el, '#limit-status').textContent!.trim()).to.equal('');
    choiceBox(el, 'wifi').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.chosen).to.deep.equal(['lighting', 'wifi']);
    await expect(el).to.be.accessible();
  });

  it('listens once for every answer, on their box, and adds or removes no listener while a person votes', async () => {
    // Which function lit holds for a binding is lit's own business; what reaches the DOM is not:
    // the listeners the elements get, counted through the standard addEventListener (while the
    // widget first renders, its templates are not in its shadow root yet: told apart by name).
    const calls: string[] = [];
    const proto = EventTarget.prototype;
    const { addEventListener: add, removeEventListener: remove } = proto;
    let root: ShadowRoot | null = null;
    const log = (what: string) =>
      function (this: EventTarget, type: string, ...rest: unknown[]) {
        if (this instanceof Element && (!root || root.contains(this))) calls.push(`${what} ${type} ${this.className || this.id || this.localName}`);
        return (what === 'add' ? add : remove).call(this, type, ...(rest as [EventListener]));
      };
    proto.addEventListener = log('add');
    proto.removeEventListener = log('remove');
    try {
      const { el } = await ready({ [POLL_PATH]: { body: poll({ other: {} }) } });
      root = el.shadowRoot;
      const form = calls.filter((c) => / (choices|c-|other-text)/.test(c));
      expect(form, 'one click listener for all the answers, none an answer').to.deep.equal(['add click choices', 'add input other-text']);
      calls.length = 0;
      await click(el, 'lighting');
      const text = query<HTMLInputElement>(el, '#other-text');
      text.focus();
      await sendKeys({ type: 'Bus' });
      await el.updateComplete;
      expect(el.otherChosen, 'typing an other answer picks it').to.equal(true);
      await click(el, 'roads'); // past the limit: refused
      expect(choiceBox(el, 'roads').checked).to.equal(false);
      expect(query(el, '#limit-status').textContent).to.contain('You can choose at most 2 answers.');
      expect(text.value, 'the other answer is kept while voting').to.equal('Bus');
      await click(el, 'lighting');
      await click(el, 'roads');
      expect(el.chosen).to.deep.equal(['roads']);
      expect(calls, 'listeners added or removed while voting').to.deep.equal([]);
    } finally {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    }
  });

  it('sends the vote with an Idempotency-Key, keeps it across retries against a failing server, then shows the receipt and the results', async () => {
    const votes: CustomEvent[] = [];
    const { el, requests } = await ready({
      [VOTES_PATH]: [{ status: 503, body: {} }, { status: 503, body: {} }, { status: 503, body: {} }, { status: 201, body: { reference: 'V-7' } }],
    });
    el.addEventListener('og-vote', (e) => votes.push(e as CustomEvent));
    (el.sender as unknown as { options: { backoffMs: number } }).options.backoffMs = 10;
    await click(el, 'lighting');
    await vote(el);
    await waitForState(el, 'error');
    await el.updateComplete;
    expect(postsOf(requests)).to.have.length(3);
    expect(textOf(el)).to.contain('Your vote has not been received yet. Your answers are kept.');
    expect(el.chosen, 'nothing lost').to.deep.equal(['lighting']);
    expect(voteButton(el)!.textContent).to.contain('Send my vote again');
    await vote(el);
    await waitForState(el, 'submitted');
    const posts = postsOf(requests);
    expect(new Set(posts.map(keyOf)).size, 'one key for every attempt').to.equal(1);
    expect(JSON.parse(posts[0].init!.body as string)).to.deep.equal({ choices: ['lighting'], locale: 'en' });
    expect(votes[0].detail).to.deep.include({ reference: 'V-7', choices: ['lighting'] });
    await waitUntil(() => !!el.shadowRoot!.querySelector('.bars'), 'results shown after voting');
    expect(textOf(el)).to.contain('Thank you: your vote was received.').and.contain('V-7').and.contain('not a guarantee');
    expect(textOf(el)).to.contain('70 responses; several answers allowed, so the total exceeds 100 %.');
    expect(textOf(el)).to.contain('40 (57%)');
    expect(voteButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('remembers on the device that it voted (a courtesy), and a kiosk never does', async () => {
    const { el } = await ready({ [VOTES_PATH]: { status: 201, body: {} } });
    await click(el, 'roads');
    await vote(el);
    await waitForState(el, 'submitted');
    el.remove();
    const again = await mountPoll();
    await waitForState(again, 'ready');
    await again.updateComplete;
    expect(textOf(again)).to.contain('This device already voted on');
    expect(voteButton(again)).to.equal(null);
    clearPollRecords();
    const kiosk = await mountPoll({ kiosk: true });
    await waitForState(kiosk, 'ready');
    expect(voteButton(kiosk)).to.exist;
  });

  it('lets several people vote in turn in kiosk mode, each with a new key, and resets itself when left idle', async () => {
    const { el, requests } = await ready({ [VOTES_PATH]: { status: 201, body: {} } }, { kiosk: true, idleReset: 1 });
    await click(el, 'lighting');
    await vote(el);
    await waitForState(el, 'submitted');
    await el.updateComplete;
    query<HTMLButtonElement>(el, 'button[part~=next]').click();
    await el.updateComplete;
    expect(el.chosen).to.deep.equal([]);
    await click(el, 'wifi');
    await vote(el);
    await waitForState(el, 'submitted');
    const posts = postsOf(requests);
    expect(posts).to.have.length(2);
    expect(keyOf(posts[0])).to.not.equal(keyOf(posts[1]));
    expect(Object.keys(localStorage).filter((k) => k.startsWith('og-poll-'))).to.deep.equal([]);
    await waitUntil(() => !!voteButton(el), 'the kiosk resets for the next person');
  });

  it('says when voting opens or closed, and offers no vote then', async () => {
    const { el } = await ready({}, { now: '2025-06-01T10:00:00Z' });
    expect(el.getAttribute('window')).to.equal('upcoming');
    expect(textOf(el)).to.contain('Voting opens on');
    expect(voteButton(el)).to.equal(null);
    el.now = '2027-02-01T10:00:00Z';
    await el.updateComplete;
    await waitUntil(() => textOf(el).includes('Voting closed on'));
    expect(el.getAttribute('window')).to.equal('closed');
    expect(voteButton(el)).to.equal(null);
    await waitUntil(() => !!el.shadowRoot!.querySelector('.bars'), 'results after closing');
  });

  it('follows every results setting', async () => {
    const cases: [string, string, boolean][] = [
      ['always', '2026-06-01T10:00:00Z', true],
      ['never', '2027-06-01T10:00:00Z', false],
      ['after-close', '2026-06-01T10:00:00Z', false],
      ['after-close', '2027-06-01T10:00:00Z', true],
      ['after-vote', '2026-06-01T10:00:00Z', false],
    ];
    for (const [showResults, now, shown] of cases) {
      const requests = stubFetch({ [POLL_PATH]: { body: poll({ showResults }) }, [RESULTS_PATH]: { body: results() } });
      const el = await mountPoll({ now });
      await waitForState(el, 'ready');
      if (shown) await waitUntil(() => !!el.shadowRoot!.querySelector('.bars'), `results for ${showResults}`);
      else {
        await el.updateComplete;
        expect(requests.some((r) => r.url.endsWith(RESULTS_PATH)), `${showResults} reads no results`).to.equal(false);
        expect(query(el, '[part~=results-hidden]'), showResults).to.exist;
      }
      el.remove();
    }
  });

  it('shows a published past poll from one static file: results only, never a vote button', async () => {
    const requests = stubFetch({ 'past.json': { body: poll({ voting: false, open: false, showResults: 'after-close', results: results() }) }, [POLL_PATH]: { body: poll() }, [RESULTS_PATH]: { body: results() } });
    const errors: unknown[] = [];
    document.addEventListener('og-error', (e) => errors.push((e as CustomEvent).detail));
    const el = await fixture<OgPoll>(html`<og-poll src="https://example.org/past.json"></og-poll>`);
    await waitForState(el, 'ready', 'error');
    expect(el.getAttribute('state'), JSON.stringify(errors)).to.equal('ready');
    await el.updateComplete;
    expect(requests.filter((r) => r.url.endsWith('past.json'))).to.have.length(1);
    expect(requests.some((r) => r.url.endsWith(RESULTS_PATH)), 'results come from the file itself').to.equal(false);
    expect(voteButton(el)).to.equal(null);
    expect(queryAll(el, '.bar-row')).to.have.length(3);
    expect(textOf(el)).to.contain('During the meeting: 20 (67%)').and.contain('Online: 20 (50%)');
    query<HTMLButtonElement>(el, 'button[aria-pressed]').click();
    await el.updateComplete;
    const table = query(el, 'table');
    expect([...table.querySelectorAll('thead th')].map((t) => t.textContent!.trim())).to.deep.equal([
      'Answer',
      'Responses',
      'Share of respondents',
      'During the meeting',
      'Online',
    ]);
    expect(table.querySelector('tfoot')!.textContent).to.contain('70');
    await expect(el).to.be.accessible();
    const attr = await mountPoll({ resultsOnly: true });
    await waitForState(attr, 'ready');
    expect(voteButton(attr)).to.equal(null);
  });

  it('refuses impossible results with a clear message, and skips unknown choices', async () => {
    const { el } = await ready({ [POLL_PATH]: { body: poll({ maxChoices: 1, showResults: 'always' }) } });
    await waitUntil(() => textOf(el).includes('cannot be shown'), 'results refused');
    expect(textOf(el)).to.contain('add up to more than the people who responded');
    expect(voteButton(el), 'voting still works').to.exist;
    const second = stubFetch({ [POLL_PATH]: { body: poll({ showResults: 'always' }) }, [RESULTS_PATH]: { body: results({ counts: { lighting: 3, ghost: 9 }, channels: [] }) } });
    const other = await mountPoll();
    await waitUntil(() => !!other.shadowRoot!.querySelector('.bars'));
    expect(second.length).to.be.greaterThan(1);
    expect(textOf(other)).to.not.contain('ghost');
  });

  it('handles 409 (already counted), 422 (closed) and an HTML answer without losing the answers', async () => {
    const { el } = await ready({ [VOTES_PATH]: { status: 422, body: { error: 'closed' } } });
    await click(el, 'roads');
    await vote(el);
    await waitForState(el, 'error');
    await el.updateComplete;
    expect(textOf(el)).to.contain('this poll is closed or does not accept these answers');
    expect(el.chosen).to.deep.equal(['roads']);
    el.remove();
    clearPollRecords(); // the answers kept on the device for that poll would come back (as they should)
    const html409 = await ready({ [VOTES_PATH]: { status: 200, body: '<!doctype html><p>Thanks</p>', headers: { 'content-type': 'text/html' } } });
    await click(html409.el, 'wifi');
    await vote(html409.el);
    await waitForState(html409.el, 'error');
    await html409.el.updateComplete;
    expect(textOf(html409.el)).to.contain('could not be read');
    expect(html409.el.chosen).to.deep.equal(['wifi']);
    html409.el.remove();
    clearPollRecords();
    const dup = await ready({ [VOTES_PATH]: { status: 409, body: { error: 'already voted' } } });
    await click(dup.el, 'wifi');
    await vote(dup.el);
    await waitForState(dup.el, 'submitted');
    await dup.el.updateComplete;
    expect(textOf(dup.el)).to.contain('Your vote had already been counted.');
  });

  it('trips the spam checks: nothing sent, a neutral notice', async () => {
    const { el, requests } = await ready({ [VOTES_PATH]: { status: 201, body: {} } }, { minFill: 60 });
    await click(el, 'roads');
    await vote(el);
    expect(postsOf(requests)).to.have.length(0);
    expect(query(el, '#spam-notice').textContent).to.contain('check your answers');
  });

  it('keeps a choice called "other" apart from the built-in other answer: unique ids, both sent, both counted', async () => {
    const { el, requests } = await ready({
      [POLL_PATH]: { body: pollWithOtherChoice() },
      [RESULTS_PATH]: { body: results({ counts: { lighting: 40, roads: 30, wifi: 25, other: 7 }, other: 3, channels: [] }) },
      [VOTES_PATH]: { status: 201, body: {} },
    });
    const ids = queryAll(el, '[id]').map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'element ids used twice').to.deep.equal([]);
    const labelOf = (input: HTMLInputElement) => [...input.labels!].map((l) => l.textContent!.trim());
    expect(labelOf(choiceBox(el, 'other')), 'the choice keeps its own label').to.deep.equal(['Other projects']);
    const builtIn = query<HTMLInputElement>(el, '.choice.other input[name=choice]');
    expect(labelOf(builtIn), 'the built-in answer keeps its own label').to.deep.equal(['Something else']);
    await click(el, 'other');
    expect(el.chosen).to.deep.equal(['other']);
    expect(el.otherChosen, 'the choice is not the built-in answer').to.equal(false);
    expect(builtIn.checked).to.equal(false);
    query<HTMLInputElement>(el, '#other-text').focus();
    await sendKeys({ type: 'Bus stop' });
    await el.updateComplete;
    expect(el.otherChosen, 'typing picks the built-in answer').to.equal(true);
    expect(builtIn.checked).to.equal(true);
    expect(choiceBox(el, 'other').checked).to.equal(true);
    expect(textOf(el)).to.contain('2 of 2 chosen.');
    await click(el, 'roads'); // the built-in answer counts as one of the two
    expect(el.chosen).to.deep.equal(['other']);
    await vote(el);
    await waitForState(el, 'submitted');
    expect(JSON.parse(postsOf(requests)[0].init!.body as string)).to.deep.equal({ choices: ['other'], other: 'Bus stop', locale: 'en' });
    await waitUntil(() => !!el.shadowRoot!.querySelector('.bars'), 'results shown after voting');
    query<HTMLButtonElement>(el, 'button[aria-pressed]').click();
    await el.updateComplete;
    const rows = queryAll(el, 'tbody tr').map((tr) => [...tr.children].slice(0, 2).map((c) => c.textContent!.trim()));
    expect(rows.slice(-2)).to.deep.equal([
      ['Other projects', '7'],
      ['Something else', '3'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('with one answer, picking the choice called "other" does not pick the built-in other answer, nor the other way round', async () => {
    const { el, requests } = await ready({ [POLL_PATH]: { body: pollWithOtherChoice({ maxChoices: 1 }) }, [VOTES_PATH]: { status: 201, body: {} } });
    const builtIn = query<HTMLInputElement>(el, '.choice.other input[name=choice]');
    const choice = queryAll<HTMLInputElement>(el, 'input[name=choice]').find((i) => i !== builtIn && i.value === 'other')!;
    expect(choice.type).to.equal('radio');
    choice.click();
    await el.updateComplete;
    expect([el.chosen, el.otherChosen, choice.checked, builtIn.checked]).to.deep.equal([['other'], false, true, false]);
    builtIn.click();
    await el.updateComplete;
    expect([el.chosen, el.otherChosen, choice.checked, builtIn.checked]).to.deep.equal([[], true, false, true]);
    choice.click();
    await el.updateComplete;
    expect([el.chosen, el.otherChosen, choice.checked, builtIn.checked]).to.deep.equal([['other'], false, true, false]);
    choice.focus();
    await sendKeys({ press: 'ArrowDown' }); // one radio group: the arrow keys go from the choice to the built-in answer
    await el.updateComplete;
    expect([el.chosen, el.otherChosen, choice.checked, builtIn.checked]).to.deep.equal([[], true, false, true]);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect([el.chosen, el.otherChosen, choice.checked, builtIn.checked]).to.deep.equal([['other'], false, true, false]);
    await vote(el);
    await waitForState(el, 'submitted');
    expect(JSON.parse(postsOf(requests)[0].init!.body as string)).to.deep.equal({ choices: ['other'], locale: 'en' });
  });

  it('switches the results between bars and a table, and downloads the figures shown as CSV', async () => {
    const { el } = await ready({ [POLL_PATH]: { body: poll({ showResults: 'always' }) } });
    await waitUntil(() => !!el.shadowRoot!.querySelector('.bars'), 'results shown');
    const toggle = query<HTMLButtonElement>(el, 'button[aria-pressed]');
    toggle.click();
    await el.updateComplete;
    expect(query(el, 'table')).to.exist;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    const download = await captureDownload(() => query<HTMLButtonElement>(el, 'button[data-download]').click());
    expect(download.name).to.equal('poll-p1.csv');
    const lines = (await download.blob.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).to.deep.equal([
      'Answer,Responses,Share of respondents (%),During the meeting,Online',
      'Street lighting,40,57.1,20,20',
      'Roads,30,42.9,10,20',
      'Public Wi-Fi,25,35.7,5,20',
      'Respondents,70,,30,40',
    ]);
  });

  it('refreshes the results while open, and several polls on a page work independently', async () => {
    const requests = stubFetch({
      [POLL_PATH]: { body: poll({ showResults: 'always' }) },
      [RESULTS_PATH]: [{ body: results({ respondents: 70 }) }, { body: results({ respondents: 71 }) }],
      'polls/p2.json': { body: poll({ id: 'p2', maxChoices: 1 }) },
      'polls/p2/votes': { status: 201, body: {} },
    });
    const box = await fixture<HTMLDivElement>(html`<div>
      <og-poll api=${API} poll="p1" refresh="1" min-fill-time="0" now="2026-06-01T10:00:00Z"></og-poll>
      <og-poll api=${API} poll="p2" min-fill-time="0" now="2026-06-01T10:00:00Z"></og-poll>
    </div>`);
    const [first, second] = [...box.querySelectorAll('og-poll')] as OgPoll[];
    await waitUntil(() => textOf(first).includes('71 responses'), 'live refresh');
    await waitForState(second, 'ready');
    await click(second, 'roads');
    await vote(second);
    await waitForState(second, 'submitted');
    expect(first.getAttribute('state')).to.equal('ready');
    expect(voteButton(first)).to.exist;
    expect(postsOf(requests).every((r) => r.url.endsWith('polls/p2/votes'))).to.equal(true);
  });

  for (const [locale, dir, sample] of [
    ['ar', 'rtl', 'اختر ما يصل إلى'],
    ['fr', 'ltr', 'Choisissez jusqu’à'],
    ['zgh', 'ltr', 'ⵙⵜⴰⵢ'],
    ['en', 'ltr', 'Choose up to'],
  ] as const) {
    it(`speaks ${locale} (${dir}) and stays accessible`, async () => {
      await useLocale(locale);
      const { el } = await ready({ [POLL_PATH]: { body: poll({ showResults: 'always' }) } });
      await waitUntil(() => !!el.shadowRoot!.querySelector('.bars'));
      expect(el.getAttribute('dir')).to.equal(dir);
      expect(textOf(el)).to.contain(sample);
      await expect(el).to.be.accessible();
    });
  }
});
