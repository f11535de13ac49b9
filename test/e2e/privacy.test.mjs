// Privacy and page safety, end to end: a commune page with all five widgets (and each alone),
// its data on a second origin (CORS), used the way people use it. Fails on a request to any
// origin but the page's and the data source's, a cookie kept or sent, anything personal in a
// request URL, the page's address or storage, a global besides OpenGovWidgets, or any style,
// element or attribute added to the host page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, fillProposal, launchBrowser, lookUpComplaint, openRecorded, pageRecord, sendProposal, settled, startServer, waitForState, webmasterPage } from './harness.mjs';

const NOW = '2026-11-25T12:00:00+00:00';
const PERSON = {
  title: 'Abri bus Tabriquet zx81',
  problem: 'Ma fille attend sous la pluie qx42',
  solution: 'Un abri couvert kw77',
  name: 'Fatima Zahra Bennani',
  email: 'fatima.bennani@example.ma',
  phone: '+212 612 345 678',
};
const COMPLAINT = { reference: 'SL-2024-000123', secret: 'K7QF-2M9X', open311: '638344' };

/** A host page with its own content and styles, and the given widgets. */
function hostPage({ script, api, widgets, lang = 'fr' }) {
  const body = `<header class="site-header"><h1 class="title">Commune de Salé</h1><nav><a href="#x" class="link">Accueil</a></nav></header>
<main class="content">
  <p class="intro notice card badge visually-hidden-not">Texte de la commune.</p>
  <button class="og-button button retry" type="button">Bouton du site</button>
  <input class="input" name="q" value="recherche">
  <ul class="list cards"><li class="card item">Un élément</li></ul>
  ${widgets}
</main>`;
  return webmasterPage({ script, api, body, lang, extraHead: '<link rel="stylesheet" href="/site/site.css">' });
}

const SITE_CSS = 'body { font-family: Georgia, serif; color: rgb(20, 30, 40); } .card { border: 1px solid rgb(200, 0, 0); } .title { font-size: 30px; }';

/** Each widget, with what a person does in it. */
const WIDGETS = {
  tracker: {
    html: '<og-commitment-tracker id="tracker"></og-commitment-tracker>',
    use: async (page) => {
      await waitForState(page, '#tracker', 'ready');
      await page.locator('#tracker .disclosure').first().click();
    },
  },
  outcomes: {
    html: '<og-proposal-outcomes id="outcomes"></og-proposal-outcomes>',
    use: async (page) => {
      await waitForState(page, '#outcomes', 'ready');
      await page.locator('#outcomes input[name=reference]').fill('P-2020-0004');
      await page.locator('#outcomes input[name=reference]').press('Enter');
      await page.waitForFunction(() => document.querySelector('#outcomes').shadowRoot.querySelector('[data-reference="P-2020-0004"][aria-expanded=true]'));
    },
  },
  budget: {
    html: '<og-budget-chart id="budget"></og-budget-chart>',
    use: async (page) => {
      await waitForState(page, '#budget', 'ready');
      await page.locator('#budget').scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelector('#budget').shadowRoot.querySelector('[data-chart]')?.dataset.chart === 'ready');
      await page.locator('#budget [data-display=table]').click();
      await page.locator('#budget button.open').first().click();
    },
  },
  calendar: {
    html: `<og-consultation-calendar id="calendar" view="month" month="2026-12" now="${NOW}"></og-consultation-calendar>`,
    use: async (page) => {
      await waitForState(page, '#calendar', 'ready');
      await page.locator('#calendar .day.has-events').first().click();
    },
  },
  form: {
    html: '<og-proposal-form id="form" min-fill-time="0"></og-proposal-form>',
    use: async (page) => {
      await waitForState(page, '#form', 'idle');
      await fillProposal(page, '#form', PERSON);
      // Let the draft be saved as the person types, then send.
      await page.waitForFunction((title) => Object.values(localStorage).some((v) => v.includes(title)), PERSON.title);
      // The draft on the device holds the proposal, never the person's contact details.
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      for (const value of [PERSON.name, PERSON.email, PERSON.phone]) assert.ok(!stored.includes(value), `${value} kept in the draft`);
      await sendProposal(page, '#form');
      await waitForState(page, '#form', 'submitted');
    },
  },
  poll: {
    html: '<og-poll id="poll" poll="budget-2027" min-fill-time="0"></og-poll><og-poll id="past" poll="000-1"></og-poll>',
    use: async (page) => {
      await waitForState(page, '#poll', 'ready');
      await page.locator('#poll #c-wifi').click();
      await page.locator('#poll #c-roads').click();
      await page.locator('#poll [part~=vote]').click();
      await waitForState(page, '#poll', 'submitted');
      // The device keeps only that it voted (and the reference), never the answers. The last good
      // copies of the public poll and its results (og-cache:) name every choice, so they are left aside.
      const stored = await page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage).filter(([key]) => !key.startsWith('og-cache:')))));
      assert.match(stored, /og-poll-voted/);
      assert.ok(!/wifi|roads/.test(stored), `answers kept on the device: ${stored}`);
      await waitForState(page, '#past', 'ready');
      await page.locator('#past button[aria-pressed]').click();
    },
  },
  complaints: {
    html: `<og-complaint-status id="json"></og-complaint-status>
      <og-complaint-status id="open311" format="open311"></og-complaint-status>
      <og-complaint-status id="static" format="static" api="STATIC_API"></og-complaint-status>`,
    use: async (page) => {
      await lookUpComplaint(page, '#json', COMPLAINT.reference);
      await lookUpComplaint(page, '#open311', COMPLAINT.open311);
      await lookUpComplaint(page, '#static', COMPLAINT.reference, COMPLAINT.secret);
      for (const selector of ['#json', '#open311', '#static']) await waitForState(page, selector, 'ready');
    },
  },
};

/** What the host page looks like from the outside: globals, sheets, styles, attributes. */
function snapshot(page) {
  return page.evaluate(() => {
    // Every computed property but the sizes the widgets' own content changes by being there.
    const LAYOUT = new Set(['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin']);
    const styleOf = (el) => {
      const style = getComputedStyle(el);
      return Object.fromEntries([...style].filter((name) => !LAYOUT.has(name)).map((name) => [name, style.getPropertyValue(name)]));
    };
    const hostElements = [...document.querySelectorAll('html, body, header, h1, nav, a, main, p, button, input, ul, li')];
    return {
      globals: Object.getOwnPropertyNames(window).filter((name) => name !== '__ogRecord').sort(),
      sheets: [...document.styleSheets].map((s) => s.href ?? `inline:${s.ownerNode?.localName}`),
      adopted: document.adoptedStyleSheets.length,
      styles: Object.fromEntries(hostElements.map((el, i) => [`${i} ${el.localName}.${el.className}`, styleOf(el)])),
      attributes: ['html', 'body'].map((tag) => [...document.querySelector(tag).attributes].map((a) => `${a.name}=${a.value}`).join(' ')),
      head: [...document.head.children].map((el) => el.outerHTML),
      lightDom: [...document.body.querySelectorAll('*')].map((el) => el.localName).join(' '),
    };
  });
}

/** The computed properties that differ, as `element property: before → after`. */
function styleChanges(before, after) {
  const changes = [];
  for (const [element, props] of Object.entries(before)) {
    for (const [name, value] of Object.entries(props)) {
      if (after[element]?.[name] !== value) changes.push(`${element} ${name}: ${value} → ${after[element]?.[name]}`);
    }
  }
  return changes;
}

describe('privacy and page safety', () => {
  let browser;
  let site;
  let data;
  before(async () => {
    browser = await launchBrowser();
    // The data source, on its own origin; it tries to set a cookie on every answer.
    data = await startServer({ cors: true, everyResponse: { 'set-cookie': 'og-tracking=1; Path=/; SameSite=Lax' } });
    const api = `${data.origin}/api/demo/`;
    const script = '/opengov/opengov-widgets.iife.js';
    const all = Object.values(WIDGETS).map((w) => w.html).join('\n');
    const pages = {
      '/blank.html': hostPage({ script: '/site/nothing.js', api, widgets: '' }),
      '/blank-ar.html': hostPage({ script: '/site/nothing.js', api, widgets: '', lang: 'ar' }),
      '/all.html': hostPage({ script, api, widgets: all }),
      '/all-ar.html': hostPage({ script, api, widgets: all, lang: 'ar' }),
    };
    for (const [name, widget] of Object.entries(WIDGETS)) pages[`/${name}.html`] = hostPage({ script, api, widgets: widget.html });
    for (const path of Object.keys(pages)) pages[path] = pages[path].replace('STATIC_API', `${api}static-complaints/`);
    // The data on the page's own origin (where a browser would send the site's cookies by default).
    pages['/same-origin.html'] = hostPage({ script, api: '/api/demo/', widgets: all.replace('STATIC_API', '/api/demo/static-complaints/') });
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const siteFolder = await mkdtemp(join(tmpdir(), 'og-site-'));
    await writeFile(join(siteFolder, 'site.css'), SITE_CSS);
    await writeFile(join(siteFolder, 'nothing.js'), '');
    site = await startServer({ mounts: { '/opengov/': 'dist/', '/site/': siteFolder }, pages });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await data?.close();
  });

  /** Opens a page as a visitor with cookies of their own on both origins. */
  async function visit(path) {
    const context = await browser.newContext();
    await context.addCookies([
      { name: 'site-session', value: 's3cr3t-site', url: site.origin },
      { name: 'data-session', value: 's3cr3t-data', url: data.origin },
    ]);
    const opened = await openRecorded(context, `${site.origin}${path}`);
    return { context, ...opened };
  }

  async function blankSnapshot(lang = 'fr') {
    const { context, page } = await visit(lang === 'ar' ? '/blank-ar.html' : '/blank.html');
    const found = await snapshot(page);
    await context.close();
    return found;
  }

  it('all five widgets: only the page and the data source are contacted, nothing personal travels in a URL or stays', async () => {
    const dataBefore = data.requests.length;
    const { context, page, record } = await visit('/all.html');
    try {
      const historyLength = await page.evaluate(() => history.length);
      const cookieBefore = await page.evaluate(() => document.cookie);
      for (const widget of Object.values(WIDGETS)) await widget.use(page);
      await settled(page);

      // Origins: the page's (library included) and the data source's, which is really used.
      const origins = new Set(record.requests.map((r) => new URL(r.url).origin));
      assert.deepEqual([...origins].sort(), [site.origin, data.origin].sort());

      // Cookies: none kept from the data source's Set-Cookie, none sent to it, none added.
      assert.deepEqual((await context.cookies()).map((c) => c.name).sort(), ['data-session', 'site-session']);
      // (Cookies are per host, not per port: the page sees both of the visitor's.)
      assert.equal(await page.evaluate(() => document.cookie), cookieBefore);
      const toData = data.requests.slice(dataBefore);
      assert.ok(toData.length >= 8, 'the widgets read from the data source');
      for (const r of toData) assert.equal(r.headers.cookie, undefined, `no cookie sent with ${r.method} ${r.path}`);
      for (const r of site.requests.filter((x) => x.path.startsWith('/api/'))) assert.fail(`unexpected request to the page's /api/: ${r.path}`);

      // The proposal's text and the person's contact go only in the POST body.
      const personal = Object.values(PERSON);
      for (const r of record.requests) {
        const url = decodeURIComponent(r.url);
        for (const value of personal) assert.ok(!url.includes(value), `${value} in ${r.url}`);
      }
      // Two POSTs: the proposal and the poll's vote (which carries only the choices).
      const allPosts = record.requests.filter((r) => r.method === 'POST');
      assert.deepEqual(allPosts.map((r) => new URL(r.url).pathname).sort(), ['/api/demo/polls/budget-2027/votes', '/api/demo/proposals']);
      for (const r of allPosts.filter((x) => x.url.includes('/polls/'))) for (const value of personal) assert.ok(!r.body.includes(value), `${value} sent with the vote`);
      const posts = allPosts.filter((r) => new URL(r.url).pathname === '/api/demo/proposals');
      assert.equal(posts.length, 1);
      assert.equal(new URL(posts[0].url).search, '');
      const sent = JSON.parse(posts[0].body);
      assert.equal(sent.title, PERSON.title);
      assert.equal(sent.author.email, PERSON.email);
      // Nothing of the proposal stays on the device once it was sent.
      const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      for (const value of [PERSON.name, PERSON.email, PERSON.phone, PERSON.title]) assert.ok(!storage.includes(value), `${value} left in storage`);

      // The complaint reference: only in the path of its own lookup; never in a query, the page's
      // address or storage. The static format sends neither the reference nor the secret at all.
      const withReference = record.requests.filter((r) => decodeURIComponent(r.url).includes(COMPLAINT.reference) || r.url.includes(COMPLAINT.open311));
      assert.deepEqual(
        withReference.map((r) => new URL(r.url).pathname),
        [`/api/demo/complaints/${COMPLAINT.reference}.json`, `/api/demo/requests/${COMPLAINT.open311}.json`],
      );
      for (const r of withReference) assert.equal(new URL(r.url).search, '');
      for (const r of record.requests) assert.ok(!decodeURIComponent(r.url).includes(COMPLAINT.secret) && !r.url.includes(COMPLAINT.secret.replace('-', '')), `secret in ${r.url}`);
      assert.equal(page.url(), `${site.origin}/all.html`);
      assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entry added');
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      assert.ok(!stored.includes(COMPLAINT.reference) && !stored.includes(COMPLAINT.open311) && !stored.includes(COMPLAINT.secret), 'no reference stored without "remember"');

      // "Remember" ticked: the reference (never the secret) is kept, and "forget" removes it.
      await page.locator('#static input[name=remember]').check();
      await lookUpComplaint(page, '#static', COMPLAINT.reference, COMPLAINT.secret);
      await waitForState(page, '#static', 'ready');
      const remembered = await page.evaluate(() => JSON.stringify({ ...localStorage }));
      assert.ok(remembered.includes(COMPLAINT.reference), 'kept when asked');
      assert.ok(!remembered.includes(COMPLAINT.secret) && !remembered.includes(COMPLAINT.secret.replace('-', '')), 'the secret is never kept');
      await page.locator('#static [part~=forget]').click();
      assert.ok(!(await page.evaluate(() => JSON.stringify({ ...localStorage }))).includes(COMPLAINT.reference), 'forgotten');

      await assertClean(page, record, 'all five');
    } finally {
      await context.close();
    }
  });

  it('all five widgets leave no global but OpenGovWidgets and no style, element or attribute on the host page (fr, ar)', async () => {
    for (const [path, lang] of [['/all.html', 'fr'], ['/all-ar.html', 'ar']]) {
      const blank = await blankSnapshot(lang);
      const { context, page, record } = await visit(path);
      try {
        for (const widget of Object.values(WIDGETS)) await widget.use(page);
        const seen = await snapshot(page);
        assert.deepEqual(seen.globals.filter((g) => !blank.globals.includes(g)), ['OpenGovWidgets'], path);
        assert.deepEqual(seen.sheets, blank.sheets, `${path}: document style sheets`);
        assert.equal(seen.adopted, blank.adopted, `${path}: adopted style sheets`);
        // The same host elements with the same computed styles, and the same html and body attributes.
        assert.deepEqual(styleChanges(blank.styles, seen.styles), [], `${path}: host elements' styles`);
        assert.deepEqual(seen.attributes, blank.attributes, `${path}: html and body attributes`);
        // Nothing added to the head or to the page's own tree (widgets render in their shadow roots).
        assert.deepEqual(seen.head.filter((h) => !h.includes('<script')), blank.head.filter((h) => !h.includes('<script')), `${path}: head`);
        assert.equal(seen.head.filter((h) => h.includes('<script')).length, 1, `${path}: only the pasted script tag`);
        const expectedLight = blank.lightDom.split(' ').concat(Object.values(WIDGETS).flatMap((w) => [...w.html.matchAll(/<(og-[a-z-]+)/g)].map((m) => m[1])));
        assert.deepEqual(seen.lightDom.split(' ').sort(), expectedLight.sort(), `${path}: light DOM`);
        await assertClean(page, record, path);
      } finally {
        await context.close();
      }
    }
  });

  it("data on the page's own origin: no widget request carries the site's cookies", async () => {
    const siteBefore = site.requests.length;
    const { context, page, record } = await visit('/same-origin.html');
    try {
      for (const widget of Object.values(WIDGETS)) await widget.use(page);
      assert.deepEqual([...new Set(record.requests.map((r) => new URL(r.url).origin))], [site.origin]);
      const reads = site.requests.slice(siteBefore).filter((r) => r.path.startsWith('/api/'));
      assert.ok(reads.length >= 8, 'the widgets read from the page origin');
      // The page itself was fetched with the visitor's cookie: the browser had one to send.
      assert.match(site.requests.slice(siteBefore).find((r) => r.path === '/same-origin.html').headers.cookie ?? '', /site-session/);
      for (const r of reads) assert.equal(r.headers.cookie, undefined, `no cookie sent with ${r.method} ${r.path}`);
      await assertClean(page, record, 'same origin');
    } finally {
      await context.close();
    }
  });

  for (const [name, widget] of Object.entries(WIDGETS)) {
    it(`${name} alone: page and data source only, no cookie, no global, no style`, async () => {
      const blank = await blankSnapshot();
      const dataBefore = data.requests.length;
      const { context, page, record } = await visit(`/${name}.html`);
      try {
        await widget.use(page);
        const origins = new Set(record.requests.map((r) => new URL(r.url).origin));
        assert.deepEqual([...origins].sort(), [site.origin, data.origin].sort());
        for (const r of data.requests.slice(dataBefore)) assert.equal(r.headers.cookie, undefined, `no cookie sent with ${r.path}`);
        assert.deepEqual((await context.cookies()).map((c) => c.name).sort(), ['data-session', 'site-session']);
        const seen = await snapshot(page);
        assert.deepEqual(seen.globals.filter((g) => !blank.globals.includes(g)), ['OpenGovWidgets']);
        assert.deepEqual(seen.sheets, blank.sheets);
        assert.equal(seen.adopted, blank.adopted);
        assert.deepEqual(styleChanges(blank.styles, seen.styles), []);
        assert.deepEqual(seen.attributes, blank.attributes);
        await assertClean(page, record, name);
        const { events } = await pageRecord(page);
        assert.deepEqual(events.filter((e) => e.type === 'og-error'), []);
      } finally {
        await context.close();
      }
    });
  }
});
