import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { forgetRememberedComplaints } from '../../src/complaint-status/index.js';
import { query, queryAll, resetPage, stubFetch, textOf, useLocale, waitForState } from '../helpers/data-server.js';
import { CALENDAR } from '../core/working-days.cases.js';
import { API, fill, lookupWidget, submit } from './fixtures.js';

// Kinds of file and deadlines (issue 14): the record's kind words the lookup, the commune's
// calendar.json counts working days; the cases' calendar has Saturday and Sunday off and two
// November holidays (6 and 18 November 2026). Morocco is on UTC+00 since 2026-09-20.
const REF = 'AI-2026-000042';
const URL_REF = `complaints/${REF}.json`;

function file(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reference: REF,
    kind: 'information-request',
    status: 'in-progress',
    category: { en: 'Commune budget 2026, execution by programme', fr: 'Budget communal 2026, exécution par programme' },
    holder: { en: 'Finance department', fr: 'Service financier', ar: 'المصلحة المالية' },
    submittedAt: '2026-11-02T10:00:00+00:00',
    history: [
      { at: '2026-11-02T10:00:00+00:00', status: 'received', holder: { en: 'Information officer' } },
      { at: '2026-11-04T09:00:00+00:00', status: 'in-progress', step: { en: 'Documents gathered' }, holder: { en: 'Finance department' } },
    ],
    ...patch,
  };
}

async function shown(record: unknown, now: string, options: { calendar?: unknown; kind?: string } = {}) {
  const answers: Parameters<typeof stubFetch>[0] = { [URL_REF]: { body: record } };
  if (options.calendar !== undefined) answers['calendar.json'] = typeof options.calendar === 'number' ? { status: options.calendar, body: {} } : { body: options.calendar };
  const requests = stubFetch(answers);
  const el = await lookupWidget(
    html`<og-complaint-status api=${API} now=${now} kind=${options.kind ?? ''} calendar=${options.calendar === undefined ? '' : 'calendar.json'}></og-complaint-status>`,
  );
  await fill(el, 'reference', REF);
  await submit(el);
  await waitForState(el, 'ready');
  return { el, requests, deadline: () => query(el, '[part~=deadline]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
}

describe('<og-complaint-status>: kinds of file and deadlines', () => {
  afterEach(async () => {
    forgetRememberedComplaints();
    await resetPage();
  });

  it('on time: the due date from the calendar rules, working days left across a weekend and a holiday', async () => {
    const { el, requests, deadline } = await shown(file(), '2026-11-25T09:00:00Z', { calendar: CALENDAR });
    expect(requests.map((r) => r.url)).to.include(`${API}calendar.json`);
    expect(deadline()).to.equal('Answer due by 2 December 2026 (working days left: 5)');
    expect(query(el, '[part~=deadline]').classList.contains('state-on-time')).to.equal(true);
    expect(query(el, '#result-title').textContent).to.contain(`Information request ${REF}`);
    const facts = queryAll(el, '.facts > div').map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()]);
    expect(facts).to.deep.include(['Answer expected by', '2 December 2026']);
    expect(facts).to.deep.include(['The file is now with', 'Finance department']);
    expect(query(el, '[part~=overdue]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the history shows every change: date, step and the service holding the file', async () => {
    const { el } = await shown(file(), '2026-11-25T09:00:00Z', { calendar: CALENDAR });
    const steps = queryAll(el, '.timeline li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(steps[0]).to.contain('2 November 2026').and.contain('Received').and.contain('With: Information officer');
    expect(steps[1]).to.contain('4 November 2026').and.contain('Being handled').and.contain('Documents gathered').and.contain('With: Finance department');
  });

  it('due today on the last day itself, late from the day after', async () => {
    const today = await shown(file(), '2026-12-02T16:00:00Z', { calendar: CALENDAR });
    expect(today.deadline()).to.equal('Answer due today, 2 December 2026');
    expect(query(today.el, '[part~=deadline]').classList.contains('state-due-today')).to.equal(true);
    expect(query(today.el, '[part~=overdue]')).to.equal(null);
    today.el.remove();
    const late = await shown(file(), '2026-12-05T09:00:00Z', { calendar: CALENDAR });
    expect(late.deadline()).to.equal('Late by 3 days: the answer was due by 2 December 2026');
    expect(query(late.el, '[part~=overdue]').textContent).to.contain('Answer overdue');
    await expect(late.el).to.be.accessible();
  });

  it('answered on time and answered late: the day of the answer and how long it took', async () => {
    const onTime = await shown(file({ status: 'answered', answeredAt: '2026-12-01T11:00:00+00:00', answer: 'The table is attached.' }), '2026-12-20T09:00:00Z', { calendar: CALENDAR });
    expect(onTime.deadline()).to.equal('Answered on 1 December 2026, 29 days after the request On time');
    expect(textOf(onTime.el)).to.contain('Information provided');
    onTime.el.remove();
    const late = await shown(
      file({ status: 'answered', history: [{ at: '2026-11-02T10:00:00+00:00', status: 'received' }, { at: '2026-12-09T10:00:00+00:00', status: 'answered' }] }),
      '2026-12-20T09:00:00Z',
      { calendar: CALENDAR },
    );
    expect(late.deadline()).to.equal('Answered on 9 December 2026, 37 days after the request: 7 days after the due date Answered late');
    await expect(late.el).to.be.accessible();
  });

  it('extended: the new date, the first one and the reason', async () => {
    const extension = { dueAt: '2026-12-31', at: '2026-12-01', reason: { en: 'The documents are held in the archives of two services.' } };
    const { el, deadline } = await shown(file({ extension }), '2026-12-10T09:00:00Z', { calendar: CALENDAR });
    expect(deadline()).to.contain('Answer due by 31 December 2026 (working days left: 15)');
    expect(deadline()).to.contain('The time limit was extended to 31 December 2026.');
    expect(deadline()).to.contain('First due date: 2 December 2026.');
    expect(deadline()).to.contain('Reason: The documents are held in the archives of two services.');
    expect(query(el, '[part~=overdue]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an application that is late even after its extension, in its own words', async () => {
    const record = {
      reference: REF,
      kind: 'application',
      status: 'in-progress',
      step: { en: 'Technical committee' },
      submittedAt: '2026-01-05T10:00:00+01:00',
      dueAt: '2026-02-25',
      extension: { dueAt: '2026-03-27', reason: 'Opinion of the technical committee' },
    };
    const { el, deadline } = await shown(record, '2026-12-01T09:00:00Z', { calendar: CALENDAR });
    expect(query(el, '#result-title').textContent).to.contain(`Application ${REF}`);
    expect(query(el, '[part~=badge]').textContent).to.contain('Under review');
    expect(textOf(el)).to.contain('Technical committee');
    expect(deadline()).to.contain('Late by 249 days: the answer was due by 27 March 2026');
    const facts = queryAll(el, '.facts > div').map((d) => d.querySelector('dt')!.textContent!.trim());
    expect(facts).to.include('Decision expected by');
  });

  it('without a calendar: only the dates the record states, days left in calendar days', async () => {
    const { el, deadline } = await shown(file({ dueAt: '2026-12-02' }), '2026-11-25T09:00:00Z');
    expect(deadline()).to.equal('Answer due by 2 December 2026 (7 days left)');
    el.remove();
    const none = await shown(file(), '2026-11-25T09:00:00Z');
    expect(query(none.el, '[part~=deadline]')).to.equal(null); // no rule, no due date: nothing invented
  });

  it('a calendar that cannot be read only takes the working days away', async () => {
    const { el, deadline } = await shown(file({ dueAt: '2026-12-02' }), '2026-11-25T09:00:00Z', { calendar: 500 });
    expect(deadline()).to.equal('Answer due by 2 December 2026 (7 days left)');
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('a holiday list that is not dates: the good dates are kept, the rest ignored, no crash', async () => {
    const calendar = { ...CALENDAR, holidays: ['2026-11-06', { date: '18 novembre' }, 'tomorrow'] };
    const { deadline } = await shown(file(), '2026-11-25T09:00:00Z', { calendar });
    // 18 November is no longer a holiday: the 20th working day comes one day earlier.
    expect(deadline()).to.equal('Answer due by 1 December 2026 (working days left: 4)');
  });

  it('a kind it does not know gets a generic wording, not dropped; a due date before the request is skipped and counted', async () => {
    const { el, deadline } = await shown(file({ kind: 'building-inspection', dueAt: '2026-10-01' }), '2026-11-25T09:00:00Z', { calendar: CALENDAR });
    expect(query(el, '#result-title').textContent).to.contain(`File ${REF}`);
    expect(query(el, '[part~=badge]').textContent).to.contain('Being handled');
    expect(textOf(el)).to.contain('Items not shown because their data is not valid: 1.');
    expect(deadline()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('words the form for the kind of file the page is for', async () => {
    for (const [kind, title, label] of [
      ['information-request', 'Follow your information request', 'Request reference'],
      ['application', 'Follow your application', 'Application reference'],
      ['permit-renewal', 'Follow your file', 'File reference'],
    ]) {
      const el = await lookupWidget(html`<og-complaint-status api=${API} kind=${kind}></og-complaint-status>`);
      expect(query(el, 'h2').textContent).to.equal(title);
      expect(query(el, 'label[for=reference]').textContent).to.equal(label);
      el.remove();
    }
  });

  it('is used with the keyboard alone and focus lands on the file found', async () => {
    stubFetch({ [URL_REF]: { body: file() }, 'calendar.json': { body: CALENDAR } });
    const el = await lookupWidget(html`<og-complaint-status api=${API} now="2026-11-25T09:00:00Z" calendar="calendar.json"></og-complaint-status>`);
    query<HTMLInputElement>(el, 'input[name=reference]').focus();
    await sendKeys({ type: REF });
    await sendKeys({ press: 'Enter' });
    await waitForState(el, 'ready');
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-title');
  });

  for (const locale of ['fr', 'ar', 'zgh'] as const) {
    it(`says the deadline in ${locale}, with the right direction, accessible`, async () => {
      await useLocale(locale);
      const { el, deadline } = await shown(file({ extension: { dueAt: '2026-12-31', reason: 'x' } }), '2026-12-10T09:00:00Z', { calendar: CALENDAR });
      expect(el.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      const text = deadline();
      expect(text).to.contain('15');
      expect(text).not.to.contain('Answer due by');
      expect(text).not.to.contain('working days left');
      expect(text).not.to.match(/[٠-٩]/);
      expect(query(el, '#result-title').textContent).not.to.contain('Information request');
      await expect(el).to.be.accessible();
      el.remove();
      const late = await shown(file(), '2026-12-05T09:00:00Z', { calendar: CALENDAR });
      expect(late.deadline()).not.to.contain('Late by');
      await expect(late.el).to.be.accessible();
    });
  }
});
