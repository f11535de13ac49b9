// What the benchmark measures for each widget: how a single-widget page looks, the state that
// means "content shown", data of N items, a plain-DOM baseline rendering the same data, and one
// interaction (filter or drill-down) done both ways. Baselines run in the page, from the same
// fetched JSON, in the same run: results are ratios, not wall-clock promises.

const langs = (en, fr, ar) => ({ en, fr, ar });

export function commitments(n) {
  const statuses = ['not-started', 'limited', 'substantial', 'complete', 'ongoing'];
  return {
    updatedAt: '2026-11-01T10:00:00+01:00',
    plan: { id: 'bench', title: langs('Benchmark plan', 'Plan de test', 'خطة الاختبار') },
    commitments: Array.from({ length: n }, (_, i) => ({
      id: `c-${i}`,
      number: String(i + 1),
      title: langs(`Commitment ${i + 1} on open data`, `Engagement ${i + 1} sur les données ouvertes`, `الالتزام ${i + 1}`),
      theme: langs(`Theme ${i % 7}`, `Thème ${i % 7}`, `المحور ${i % 7}`),
      leadInstitution: langs(`Institution ${i % 13}`, `Institution ${i % 13}`, `المؤسسة ${i % 13}`),
      status: statuses[i % statuses.length],
      statusDate: '2026-06-30',
      milestones: [
        { title: langs('Step one', 'Étape un', 'المرحلة الأولى'), due: '2025-06-30', status: 'done', weight: 1 },
        { title: langs('Step two', 'Étape deux', 'المرحلة الثانية'), due: '2026-06-30', status: i % 2 ? 'done' : 'pending', weight: 2 },
      ],
    })),
  };
}

/** N proposals through a ten-stage process, every decision present (reasons where required). */
export function outcomes(n) {
  const stages = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, title: langs(`Stage ${i + 1}`, `Étape ${i + 1}`, `المرحلة ${i + 1}`) }));
  const decisions = [undefined, 'accepted', 'partly-accepted', 'merged', 'not-accepted', 'out-of-scope'];
  return {
    updatedAt: '2026-11-01T10:00:00+01:00',
    consultations: [{ id: 'bench', title: langs('Benchmark consultation', 'Consultation de test', 'لقاء الاختبار'), date: '2026-01-15' }],
    stages,
    proposals: Array.from({ length: n }, (_, i) => {
      const decision = decisions[i % decisions.length];
      return {
        reference: `P-2026-${String(i + 1).padStart(5, '0')}`,
        title: langs(`Proposal ${i + 1} on open data`, `Proposition ${i + 1} sur les données ouvertes`, `الاقتراح ${i + 1}`),
        theme: langs(`Theme ${i % 7}`, `Thème ${i % 7}`, `المحور ${i % 7}`),
        stage: decision ? 's9' : `s${i % 9}`,
        institution: langs(`Institution ${i % 13}`, `Institution ${i % 13}`, `المؤسسة ${i % 13}`),
        ...(decision ? { decision, decidedOn: '2026-06-30' } : {}),
        ...(['partly-accepted', 'not-accepted', 'out-of-scope'].includes(decision) ? { reason: langs('Because.', 'Parce que.', 'لأن.') } : {}),
        ...(decision === 'merged' ? { mergedInto: 'P-2026-00001' } : {}),
        ...(decision === 'accepted' ? { commitment: { id: `c-${i}` } } : {}),
      };
    }),
  };
}

export function budget(n) {
  const chapters = 10;
  const perChapter = Math.max(1, Math.floor(n / chapters) - 1);
  const lines = [];
  for (let c = 0; c < chapters; c++) {
    const code = String(10 + c);
    lines.push({ code, label: langs(`Chapter ${code}`, `Chapitre ${code}`, `الباب ${code}`), direction: 'expenditure', section: c % 2 ? 'investment' : 'operating', amounts: { approved: 0 } });
    for (let l = 0; l < perChapter; l++) {
      lines.push({
        code: `${code}.${l}`,
        parent: code,
        label: langs(`Line ${code}.${l}`, `Ligne ${code}.${l}`, `البند ${code}.${l}`),
        direction: 'expenditure',
        section: c % 2 ? 'investment' : 'operating',
        amounts: { proposed: 1000 + l, approved: 900 + l, executed: 800 + (l % 50) },
      });
    }
  }
  return { updatedAt: '2026-11-01T10:00:00+01:00', entity: 'Bench', currency: 'MAD', years: [{ year: 2026, lines }] };
}

export function events(n) {
  const start = Date.UTC(2026, 0, 1, 9);
  return {
    updatedAt: '2026-11-01T10:00:00+01:00',
    events: Array.from({ length: n }, (_, i) => {
      const begin = new Date(start + i * 8 * 3600 * 1000);
      return {
        id: `e-${i}`,
        title: langs(`Consultation meeting ${i}`, `Réunion de concertation ${i}`, `لقاء تشاوري ${i}`),
        start: begin.toISOString().replace('.000Z', '+00:00'),
        end: new Date(begin.getTime() + 2 * 3600 * 1000).toISOString().replace('.000Z', '+00:00'),
        mode: ['in-person', 'online', 'hybrid'][i % 3],
        status: 'scheduled',
        theme: langs(`Theme ${i % 5}`, `Thème ${i % 5}`, `المحور ${i % 5}`),
      };
    }),
  };
}

/**
 * The search baselines match as the widgets do (core/search.ts): every typed word must appear,
 * accents and case aside, in one of the texts the widget searches, in any language. (They once
 * matched the whole phrase in the English and French titles only: "open data 1" then matched no
 * item at all, while the widgets showed most of them, and the ratio compared an empty list with
 * fifty cards.) The queries ("theme 3 institution 12"; "meeting 12" for the calendar) match 31
 * commitments or proposals and 20 meetings of 1,000, so at the target size both sides draw the
 * same list; at 5,000 (about 270 and 200 matches) the baseline draws them all, like the render
 * baselines, and the widgets the first 50 (the calendar, 20 upcoming and 20 past).
 */
const SEARCH = 'theme 3 institution 12';
const WORD_MATCH = `const fold = (t) => t.normalize('NFD').replace(/[\\p{M}\\u0640]/gu, '').toLowerCase();
      const all = (v) => (v == null ? '' : typeof v === 'string' ? v : Object.values(v).join(' '));
      const matches = (query, texts) => { const hay = fold(texts.map(all).join(' ')); return fold(query).split(/\\s+/).filter(Boolean).every((w) => hay.includes(w)); };`;

/** Per widget: the page, the data, and the baseline/interaction code run in the page. */
export const WIDGETS = [
  {
    name: 'commitment tracker',
    tag: 'og-commitment-tracker',
    module: 'commitment-tracker.js',
    shown: ['ready'],
    data: commitments,
    // Plain DOM: one list item per commitment with number, title, status and a progress bar.
    baseline: `(doc, root) => {
      const ol = document.createElement('ol');
      for (const c of doc.commitments) {
        const li = document.createElement('li');
        const h = document.createElement('h3'); h.textContent = c.number + ' ' + (c.title.fr || c.title.en); li.append(h);
        const p = document.createElement('p'); p.textContent = c.status + ' ' + c.statusDate; li.append(p);
        const bar = document.createElement('progress'); bar.max = 100; bar.value = 50; li.append(bar);
        ol.append(li);
      }
      root.replaceChildren(ol);
    }`,
    interact: `async (el) => {
      const input = el.shadowRoot.querySelector('input[type=search]');
      input.value = ${JSON.stringify(SEARCH)};
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }`,
    baselineInteract: `(doc, root, render) => {
      ${WORD_MATCH}
      render({ ...doc, commitments: doc.commitments.filter((c) => matches(${JSON.stringify(SEARCH)}, [c.number, c.title, c.summary, c.leadInstitution, c.theme, c.description])) }, root);
    }`,
  },
  {
    name: 'budget chart',
    tag: 'og-budget-chart',
    module: 'budget-chart.js',
    shown: ['ready'],
    // The page as pasted (the chart, chart.js fetched); the render and the drill-down on the
    // table alone, the plain-DOM baseline's equivalent.
    renderAttributes: 'display="table"',
    data: budget,
    // Plain DOM: a table of the top-level chapters with their sums, computed from the lines.
    baseline: `(doc, root) => {
      const lines = doc.years[0].lines; const sums = new Map();
      for (const l of lines) if (l.parent) sums.set(l.parent, (sums.get(l.parent) || 0) + (l.amounts.approved || 0));
      const table = document.createElement('table');
      for (const l of lines) if (!l.parent) { const tr = table.insertRow(); tr.insertCell().textContent = l.label.fr; tr.insertCell().textContent = String(sums.get(l.code) || 0); }
      root.replaceChildren(table);
    }`,
    interact: `async (el) => {
      const open = el.shadowRoot.querySelector('button.open[data-code]') || el.shadowRoot.querySelector('tr.drill');
      open.click();
      await el.updateComplete;
    }`,
    // The frame that opens a level draws its first rows (FIRST_ROWS), the rest once it is painted:
    // the interaction is timed to that first frame, and also to every row drawn.
    drawn: `(el) => !el.shadowRoot.querySelector('table[aria-busy]')`,
    baselineInteract: `(doc, root) => {
      const lines = doc.years[0].lines.filter((l) => l.parent === '10');
      const table = document.createElement('table');
      for (const l of lines) { const tr = table.insertRow(); tr.insertCell().textContent = l.label.fr; tr.insertCell().textContent = String(l.amounts.approved); }
      root.replaceChildren(table);
    }`,
  },
  {
    name: 'consultation calendar',
    tag: 'og-consultation-calendar',
    module: 'consultation-calendar.js',
    shown: ['ready'],
    attributes: 'now="2026-06-01T00:00:00Z"',
    data: events,
    baseline: `(doc, root) => {
      const ol = document.createElement('ol');
      for (const e of doc.events) {
        const li = document.createElement('li');
        const h = document.createElement('h3'); h.textContent = e.title.fr; li.append(h);
        const p = document.createElement('p'); p.textContent = new Date(e.start).toLocaleString('fr-MA', { timeZone: 'Africa/Casablanca' }) + ' · ' + e.mode; li.append(p);
        ol.append(li);
      }
      root.replaceChildren(ol);
    }`,
    interact: `async (el) => {
      const input = el.shadowRoot.querySelector('input[type=search]');
      input.value = 'meeting 12';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }`,
    baselineInteract: `(doc, root, render) => {
      ${WORD_MATCH}
      render({ ...doc, events: doc.events.filter((e) => matches('meeting 12', [e.title, e.description, e.theme, e.organizer, e.location?.name, e.location?.address, ...(e.agenda ?? []).map((a) => a.title)])) }, root);
    }`,
  },
  {
    name: 'proposal outcomes',
    tag: 'og-proposal-outcomes',
    module: 'proposal-outcomes.js',
    shown: ['ready'],
    data: outcomes,
    // Plain DOM: one list item per proposal with reference, title, decision and stage, and the totals by decision.
    baseline: `(doc, root) => {
      const totals = new Map();
      for (const p of doc.proposals) totals.set(p.decision || 'pending', (totals.get(p.decision || 'pending') || 0) + 1);
      const ul = document.createElement('ul');
      for (const [d, n] of totals) { const li = document.createElement('li'); li.textContent = d + ' ' + n; ul.append(li); }
      const ol = document.createElement('ol');
      for (const p of doc.proposals) {
        const li = document.createElement('li');
        const h = document.createElement('h3'); h.textContent = p.reference + ' ' + (p.title.fr || p.title.en); li.append(h);
        const s = document.createElement('p'); s.textContent = (p.decision || 'pending') + ' · ' + p.stage; li.append(s);
        ol.append(li);
      }
      root.replaceChildren(ul, ol);
    }`,
    interact: `async (el) => {
      const input = el.shadowRoot.querySelector('input[type=search]');
      input.value = ${JSON.stringify(SEARCH)};
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }`,
    baselineInteract: `(doc, root, render) => {
      ${WORD_MATCH}
      render({ ...doc, proposals: doc.proposals.filter((p) => matches(${JSON.stringify(SEARCH)}, [p.reference, p.title, p.summary, p.theme, p.institution, p.reason, p.commitment?.id, p.commitment?.title])) }, root);
    }`,
  },
  { name: 'proposal form', tag: 'og-proposal-form', module: 'proposal-form.js', shown: ['idle'] },
  { name: 'complaint status', tag: 'og-complaint-status', module: 'complaint-status.js', shown: ['idle'] },
  // A published poll of document 000 (demo/data/polls/000-1.json: question, rule and results in one file).
  { name: 'poll', tag: 'og-poll', module: 'poll.js', shown: ['ready'], attributes: 'poll="000-1"' },
];

/**
 * Pages reading another platform through an adapter (loaded only for its format): the Decidim
 * API of the demo's mock server (a GraphQL server built with the `graphql` package, answering
 * like Decidim 0.28) and the demo's Fiscal Data Package. The bench counts the requests to the
 * source (GraphQL round trips: introspection, then one per page of 50) and the bytes the
 * adapter adds to the widget's page.
 */
export const PLATFORM_PAGES = [
  {
    name: 'commitment tracker, Decidim results',
    tag: 'og-commitment-tracker',
    plain: 'og-commitment-tracker',
    attributes: 'format="decidim" src="/api/demo/decidim/0.28/api" component="10"',
    source: '/api/demo/decidim/',
  },
  {
    name: 'commitment tracker, Decidim 10,000 results (bound: 1,000)',
    tag: 'og-commitment-tracker',
    plain: 'og-commitment-tracker',
    attributes: 'format="decidim" src="/api/demo/decidim/0.28/api" component="14"',
    source: '/api/demo/decidim/',
  },
  {
    name: 'consultation calendar, Decidim meetings',
    tag: 'og-consultation-calendar',
    plain: 'og-consultation-calendar',
    attributes: 'format="decidim" src="/api/demo/decidim/0.28/api" component="11" now="2026-11-25T12:00:00Z"',
    source: '/api/demo/decidim/',
  },
  {
    name: 'proposal outcomes, Decidim proposals',
    tag: 'og-proposal-outcomes',
    plain: 'og-proposal-outcomes',
    attributes: 'format="decidim" src="/api/demo/decidim/0.28/api" component="12"',
    source: '/api/demo/decidim/',
  },
  {
    name: 'budget chart, Fiscal Data Package',
    tag: 'og-budget-chart',
    plain: 'og-budget-chart',
    attributes: 'src="/api/demo/fdp/datapackage.json"',
    source: '/api/demo/fdp/',
  },
];

// ——— The data desk's sheets and publishing (bench/desk-sheets.mjs): a budget sheet of N lines as a finance office keeps it
// (French headers, amounts partly as text with decimal commas), and the complaint lookup's
// key derivation at the old and the new default PBKDF2 iterations on a slowed CPU.
export function budgetSheetRows(n) {
  const rows = [['Année', 'Chapitre', 'Parent', 'Intitulé', 'Sens', 'Section', 'Montant proposé', 'Montant voté', 'Montant exécuté']];
  const chapters = 10;
  for (let c = 0; c < chapters; c++) {
    const code = String(10 + c);
    rows.push([2025, code, null, `Chapitre ${code}`, 'Dépenses', c % 2 ? 'Investissement' : 'Fonctionnement', null, 0, null]);
    for (let l = 0; l < Math.floor(n / chapters) - 1; l++)
      rows.push([2025, `${code}.${l}`, code, `Ligne ${code}.${l}`, 'Dépenses', c % 2 ? 'Investissement' : 'Fonctionnement', 1000 + l, l % 3 ? 900 + l : `${900 + l},50`, 800 + l]);
  }
  return rows;
}

export const DESK_SCENARIOS = {
  /** Lines of the budget sheet imported (the 5,000). */
  sheetLines: 5000,
  /** CDP Emulation.setCPUThrottlingRate: about a cheap phone against this machine. */
  cpuSlowdown: 6,
  /** The complaint lookup's key derivation: the old default, the new one. */
  iterations: [210_000, 600_000],
};
