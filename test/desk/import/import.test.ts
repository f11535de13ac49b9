/**
 * The desk's spreadsheet import: .xlsx/.ods/.csv → items of the contract through the column
 * mapping, Excel's quirks, rows that do not fit, bad files, and the <og-desk-import> element.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import '../../../src/desk/import/index.js';
import type { OgDeskImport, DeskImportDetail } from '../../../src/desk/import/index.js';
import { detectLayout, mergeImported, readSheetFile, rowsToItems } from '../../../src/desk/import/index.js';
import { lastReadIn } from '../../../src/desk/import/read-file.js';
import { buildTree } from '../../../src/budget-chart/tree.js';
import type { BudgetLine } from '../../../src/budget-chart/schema.js';
import { applyLocale } from '../../../src/core/localization.js';
import { encryptedFile, workbookFile } from './sheets.js';
import { csvParser } from '../../../src/desk/import/sheet-reader.js';
import { loadPapaForTests } from '../../budget-chart/papa.js';

csvParser.load = loadPapaForTests;

const fixtureFile = async (name: string) => new File([await (await fetch(`/test/fixtures/sheets/${name}`)).arrayBuffer()], name);

async function importOf(file: File, resource: 'budget' | 'commitments' | 'events' | 'complaint-records') {
  const table = await readSheetFile(file);
  const layout = detectLayout(resource, table.rows);
  return { layout, ...rowsToItems(resource, table.rows.slice(layout.headerRows), layout.mapping, layout.headerRows, { decimalComma: table.decimalComma }) };
}

const totalsOf = (items: unknown[], direction: 'expenditure' | 'revenue') => {
  const lines = (items as { year: number; lines: BudgetLine[] }[]).flatMap((y) => y.lines).filter((l) => l.direction === direction);
  return buildTree(lines).totals;
};

async function mount(file: File, resource = 'budget'): Promise<OgDeskImport> {
  const el = await fixture<OgDeskImport>(html`<og-desk-import .resource=${resource} .file=${file}></og-desk-import>`);
  await waitUntil(() => el.getAttribute('state') === 'ready' || el.getAttribute('state') === 'error', 'read');
  await el.updateComplete;
  return el;
}

describe('spreadsheet import: reading', function () {
  this.timeout(90_000);
  it('reads the French .xlsx budget (two-row merged header, formulas, text amounts with decimal commas) in a Worker, with the sheet’s totals', async () => {
    const { layout, items, rejected } = await importOf(await fixtureFile('budget-fr.xlsx'), 'budget');
    expect(lastReadIn).to.equal('worker');
    expect(layout.headerRows).to.equal(3);
    expect(layout.mapping).to.deep.equal(['year', 'code', 'parent', 'label.fr', 'label.ar', 'direction', 'section', 'proposed', 'approved', 'executed']);
    expect(rejected).to.deep.equal([]);
    expect(items).to.have.length(1);
    const year = items[0] as { year: number; lines: BudgetLine[] };
    expect(year.year).to.equal(2025);
    expect(year.lines.map((l) => l.code)).to.deep.equal(['10', '10.1', '10.2', '20', '70']);
    expect(year.lines[1]).to.deep.equal({ code: '10.1', parent: '10', label: { fr: 'Salaires', ar: 'الأجور' }, direction: 'expenditure', section: 'operating', amounts: { proposed: 800000, approved: 800000, executed: 780000 } });
    expect(year.lines[2].amounts.approved, 'formula: its computed value').to.equal(200000);
    expect(totalsOf(items, 'expenditure')).to.deep.equal({ proposed: 1900000, approved: 1850000.5, executed: 1350000 });
    expect(totalsOf(items, 'revenue').approved).to.equal(2000000);
  });

  it('reads the same budget from .ods', async () => {
    const xlsx = await importOf(await fixtureFile('budget-fr.xlsx'), 'budget');
    const ods = await importOf(await fixtureFile('budget-fr.ods'), 'budget');
    expect(ods.items).to.deep.equal(xlsx.items);
  });

  it('reads CSV through the one CSV reader: BOM, `;`, decimal commas, Windows-1252, Arabic headers', async () => {
    const text = '\uFEFFالسنة;الرمز;البيان;النوع;المبلغ\n2024;1;Éclairage;نفقات;"1 234,50"\n2024;2;Eau;نفقات;100\n;;;;\n';
    const { layout, items } = await importOf(new File([text], 'budget.csv'), 'budget');
    expect(layout.mapping).to.deep.equal(['year', 'code', 'label', 'direction', 'approved']);
    expect(totalsOf(items, 'expenditure').approved).to.equal(1334.5);
    const latin1 = new Uint8Array([...'année,code,libellé,sens,voté\n2024,1,Dépôt,dépense,5\n'].map((c) => c.charCodeAt(0)));
    const read = await importOf(new File([latin1], 'budget.csv'), 'budget');
    expect((read.items[0] as { lines: BudgetLine[] }).lines[0].label).to.equal('Dépôt');
  });

  it('complaint records: French headers and statuses, serial dates, the row that does not fit says why', async () => {
    const { items, rejected } = await importOf(await fixtureFile('complaints-fr.xlsx'), 'complaint-records');
    expect(items).to.deep.equal([
      { reference: 'SL-2025-000101', secret: 'H3KP-7QWM', status: 'in-progress', category: 'Éclairage public', agency: 'Service technique', submittedAt: '2025-03-04', dueAt: '2025-04-04' },
      { reference: 'SL-2025-000102', secret: 'T8ZN-4RCX', status: 'answered', category: 'Propreté', agency: 'Service d’hygiène', submittedAt: '2025-03-10', answer: 'Le dépôt sauvage a été enlevé le 12 mars.' },
    ]);
    expect(rejected).to.have.length(1);
    expect(rejected[0].row).to.equal(4);
    expect(rejected[0].reason).to.match(/^status: /);
  });

  it('commitments and events: statuses, percentages, dates with times in the commune’s zone', async () => {
    const commitments = await importOf(
      workbookFile('c.xlsx', { S: [['N°', 'Engagement', 'Statut', 'Avancement', 'Échéance'], [1, 'Éclairage LED', 'En cours', 0.45, new Date(Date.UTC(2026, 5, 30))], [2, 'Budget ouvert', 'bof', 10, null]] }, { build: (ws) => (ws.D2.z = '0%') }),
      'commitments',
    );
    expect(commitments.items).to.deep.equal([{ id: '1', number: '1', title: 'Éclairage LED', status: 'ongoing', progress: 45, end: '2026-06-30' }]);
    expect(commitments.rejected[0]).to.include({ row: 3 });
    const events = await importOf(new File(['Titre;Date;Lieu;Femmes\nRéunion publique;12/05/2026 18:30;Salle des fêtes;12\n'], 'e.csv'), 'events');
    expect(events.items).to.deep.equal([
      { id: 'reunion-publique-2026-05-12', title: 'Réunion publique', start: '2026-05-12T18:30:00+01:00', location: { name: 'Salle des fêtes' }, outcome: { participants: { women: 12 } } },
    ]);
  });

  it('merge replaces items with the same key (budget: line by line) and keeps the others', () => {
    const line = (code: string, approved: number) => ({ code, label: code, direction: 'expenditure', amounts: { approved } });
    const merged = mergeImported('budget', [{ year: 2024, lines: [line('1', 1)] }, { year: 2025, lines: [line('1', 1), line('2', 2)] }], [{ year: 2025, lines: [line('2', 20), line('3', 3)] }]);
    expect(merged).to.deep.equal([{ year: 2024, lines: [line('1', 1)] }, { year: 2025, lines: [line('1', 1), line('2', 20), line('3', 3)] }]);
    expect(mergeImported('commitments', [{ id: 'a', v: 1 }, { id: 'b' }], [{ id: 'a', v: 2 }, { id: 'c' }])).to.deep.equal([{ id: 'a', v: 2 }, { id: 'b' }, { id: 'c' }]);
  });
});

describe('<og-desk-import>', function () {
  // A bound, not a wait: reading in a Worker plus axe is slow on a loaded machine.
  this.timeout(90_000);
  afterEach(() => applyLocale('en'));

  it('shows the detected mapping, lets a column be changed, lists rows that do not fit, and fires the items', async () => {
    const el = await mount(await fixtureFile('complaints-fr.xlsx'), 'complaint-records');
    const root = el.shadowRoot!;
    const selects = [...root.querySelectorAll('select')];
    expect(selects.map((s) => s.value)).to.deep.equal(['reference', 'secret', 'status', 'category', 'agency', 'submittedAt', 'dueAt', 'answer']);
    expect(root.querySelector('ul.rejected')!.textContent).to.match(/Row 4:\s*status/);
    expect(root.querySelector('[role="status"]')!.textContent).to.contain('2 rows can be imported; 1 do not fit.');
    // "Category" column not imported: the items lose it.
    selects[3].value = '';
    selects[3].dispatchEvent(new Event('change'));
    await el.updateComplete;
    (root.querySelector('input[value="replace"]') as HTMLInputElement).click();
    await el.updateComplete;
    const fired = oneEvent(el, 'og-desk-import');
    (root.querySelector('.actions button') as HTMLButtonElement).click();
    const { detail } = (await fired) as CustomEvent<DeskImportDetail>;
    expect(detail.mode).to.equal('replace');
    expect(detail.skipped).to.equal(1);
    expect(detail.items).to.have.length(2);
    expect((detail.items[0] as { category?: unknown }).category).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('is keyboard-usable and right-to-left in Arabic, and accessible', async () => {
    const file = await fixtureFile('budget-fr.xlsx');
    const page = await fixture<HTMLElement>(html`<div lang="ar"><og-desk-import .file=${file}></og-desk-import></div>`);
    const el = page.querySelector('og-desk-import')!;
    await waitUntil(() => el.getAttribute('state') === 'ready' && el.getAttribute('dir') === 'rtl', 'ready, right to left');
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector('select')!;
    select.focus();
    expect(el.shadowRoot!.activeElement).to.equal(select);
    await expect(el).to.be.accessible();
    const cancelled = oneEvent(el, 'og-desk-import-cancel');
    (el.shadowRoot!.querySelector('.actions .secondary') as HTMLButtonElement).click();
    await cancelled;
  });

  for (const [what, make, pattern] of [
    ['a corrupt file', () => new File([crypto.getRandomValues(new Uint8Array(3000))], 'budget.xlsx'), /cannot be read: the file is damaged/],
    ['a password-protected workbook', () => encryptedFile('budget.xlsx'), /protected by a password/],
    ['a 20 MB file', () => new File([new Uint8Array(20 * 1024 * 1024)], 'big.xlsx'), /too large to import/],
    ['a file that is not a spreadsheet', () => new File(['{}'], 'budget.json'), /not a spreadsheet this page can read/],
    ['an empty sheet', () => new File(['\uFEFF\n\n'], 'budget.csv'), /holds no rows/],
  ] as const) {
    it(`${what}: its own message, and nothing imported`, async () => {
      let imported = false;
      const file = make();
      const el = await fixture<OgDeskImport>(html`<og-desk-import .file=${file} @og-desk-import=${() => (imported = true)}></og-desk-import>`);
      await waitUntil(() => el.getAttribute('state') === 'error', 'error state');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(pattern);
      expect(el.shadowRoot!.textContent).to.contain('Nothing was changed.');
      expect(imported).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('a password-protected .ods is named as such too', async () => {
    const { zipSync, unzipSync, strToU8, strFromU8 } = await import('fflate');
    const ods = unzipSync(new Uint8Array(await (await fixtureFile('budget-fr.ods')).arrayBuffer()));
    const manifest = strFromU8(ods['META-INF/manifest.xml']).replace(
      /(<manifest:file-entry manifest:full-path="content.xml"[^>]*?)\/>/,
      '$1><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data></manifest:file-entry>',
    );
    ods['META-INF/manifest.xml'] = strToU8(manifest);
    await readSheetFile(new File([zipSync(ods)], 'budget.ods')).then(
      () => expect.fail('read'),
      (error) => expect(error.problem).to.equal('encrypted'),
    );
  });
});
