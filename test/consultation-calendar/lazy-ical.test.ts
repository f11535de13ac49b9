import { expect, fixture, html } from '@open-wc/testing';
import '../../src/consultation-calendar/index.js';
import type { OgConsultationCalendar } from '../../src/consultation-calendar/index.js';
import { resetPage, stubFetch, waitForState } from '../helpers/data-server.js';
import { eventsDocument } from './fixtures.js';

const icalLoaded = () => performance.getEntriesByType('resource').some((r) => /ical\.js/.test(r.name));

describe('<og-consultation-calendar> loads ical.js only for iCalendar sources', () => {
  afterEach(resetPage);

  it('does not load it for JSON, and loads it for a .ics feed', async () => {
    stubFetch({ 'events.json': { body: eventsDocument() } });
    const json = await fixture<OgConsultationCalendar>(html`<og-consultation-calendar src="https://data.example.ma/events.json"></og-consultation-calendar>`);
    await waitForState(json, 'ready');
    expect(icalLoaded()).to.equal(false);
    const feed = await (await fetch('/demo/data/events.ics')).text();
    stubFetch({ 'events.ics': { body: feed } });
    const ics = await fixture<OgConsultationCalendar>(html`<og-consultation-calendar src="https://data.example.ma/events.ics"></og-consultation-calendar>`);
    await waitForState(ics, 'ready');
    expect(icalLoaded()).to.equal(true);
  });
});
