import { html, css, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { OgElement } from '../../core/og-element.js';
import type { ImportResource } from './fields.js';
import { detectLayout, targetsOf, type ColumnMapping } from './mapping.js';
import { lastReadIn, readSheetFile } from './read-file.js';
import { MAX_SHEET_BYTES, SheetError, type Cell, type SheetProblem, type SheetTable } from './sheet-reader.js';
import { rowsToItems, type ImportResult } from './to-items.js';

/** How many rows that do not fit are listed (the count is always given). */
const LISTED = 50;

export interface DeskImportDetail {
  items: unknown[];
  mode: 'merge' | 'replace';
  skipped: number;
}

/**
 * A spreadsheet import for the data desk: reads the file (off the page's thread), shows which
 * field each column holds (detected, editable), the rows that do not fit and why, then merge
 * or replace. Changes nothing itself: it fires `og-desk-import` with the items, or
 * `og-desk-import-cancel`.
 *
 * @fires og-desk-import - `{ items, mode: 'merge' | 'replace', skipped }`
 * @fires og-desk-import-cancel - the person went back without importing
 */
export class OgDeskImport extends OgElement {
  static override styles = [
    ...OgElement.styles,
    css`
      :host { display: block; }
      table { border-collapse: collapse; inline-size: 100%; }
      th, td { text-align: start; padding-block: 0.35rem; padding-inline: 0.5rem; border-block-end: 1px solid var(--_border); vertical-align: top; }
      .sample { color: var(--_muted); overflow-wrap: anywhere; }
      .problem { color: var(--_danger); }
      .actions { display: flex; gap: 0.75rem; flex-wrap: wrap; margin-block-start: 1rem; }
      fieldset { border: 1px solid var(--_border); margin-block: 1rem; }
      ul.rejected { max-block-size: 16rem; overflow: auto; }
    `,
  ];

  /** Which data the sheet holds. */
  @property() resource: ImportResource = 'budget';
  /** The spreadsheet to import (.xlsx, .ods, .csv). */
  @property({ attribute: false }) file?: File;

  @state() private table?: SheetTable;
  @state() private problem?: SheetProblem;
  @state() private headerRows = 1;
  @state() private headers: string[] = [];
  @state() private mapping: ColumnMapping = [];
  @state() private mode: 'merge' | 'replace' = 'merge';
  private result: ImportResult = { items: [], rejected: [] };
  private reading = 0;

  protected override update(changed: PropertyValues<this>): void {
    if (changed.has('file') || changed.has('resource')) void this.read();
    if (this.table && (changed.has('mapping' as keyof OgDeskImport) || changed.has('table' as keyof OgDeskImport)))
      this.result = rowsToItems(this.resource, this.table.rows.slice(this.headerRows), this.mapping, this.headerRows, { timeZone: this.timeZone, decimalComma: this.table.decimalComma });
    super.update(changed);
  }

  private async read(): Promise<void> {
    const turn = ++this.reading;
    this.table = undefined;
    this.problem = undefined;
    if (!this.file) return;
    this.setState('loading');
    try {
      const table = await readSheetFile(this.file);
      if (turn !== this.reading) return;
      // Where it was read (a Worker for workbooks), for the e2e tests of the built desk.
      if (lastReadIn) this.dataset.readIn = lastReadIn;
      const layout = detectLayout(this.resource, table.rows);
      this.headerRows = layout.headerRows;
      this.headers = layout.headers;
      this.mapping = layout.mapping;
      this.table = table;
      this.setState('ready');
    } catch (error) {
      if (turn !== this.reading) return;
      this.problem = error instanceof SheetError ? error.problem : 'corrupt';
      this.setState('error');
    }
  }

  private problemMessage(problem: SheetProblem): string {
    const name = this.file?.name ?? '';
    switch (problem) {
      case 'too-large':
        return msg(str`${name} is too large to import (more than ${Math.round(MAX_SHEET_BYTES / 1024 / 1024)} MB). Save only the sheet you need in a new file, then import that file.`, { id: 'desk.import.tooLarge' });
      case 'encrypted':
        return msg(str`${name} is protected by a password. Open it in your spreadsheet program, save a copy without the password, then import the copy.`, { id: 'desk.import.encrypted' });
      case 'empty':
        return msg(str`${name} holds no rows to import.`, { id: 'desk.import.empty' });
      case 'no-worker':
        return msg(str`This browser did not let the page start its spreadsheet reader, so ${name} cannot be read here. Save the sheet as CSV (.csv) in your spreadsheet program and import that file, or open the desk in another browser.`, { id: 'desk.import.noWorker' });
      case 'unsupported':
        return msg(str`${name} is not a spreadsheet this page can read: import an .xlsx, .ods or .csv file.`, { id: 'desk.import.unsupported' });
      default:
        return msg(str`${name} cannot be read: the file is damaged, or it is not really an .xlsx, .ods or .csv spreadsheet.`, { id: 'desk.import.corrupt' });
    }
  }

  private setTarget(column: number, target: string): void {
    // A field is read from one column: choosing it here frees it elsewhere.
    this.mapping = this.mapping.map((t, c) => (c === column ? target : t === target && target ? '' : t));
  }

  private confirm(): void {
    this.emit<DeskImportDetail>('og-desk-import', { items: this.result.items, mode: this.mode, skipped: this.result.rejected.length });
  }

  private cancel(): void {
    this.emit('og-desk-import-cancel', {});
  }

  private sample(column: number): string {
    const rows = this.table?.rows.slice(this.headerRows) ?? [];
    const cell: Cell | undefined = rows.find((row) => row[column] !== null && row[column] !== undefined)?.[column];
    if (cell === null || cell === undefined) return '';
    return typeof cell === 'object' ? cell.date : String(cell);
  }

  override render() {
    if (this.problem)
      return html`<div role="alert" class="problem"><p>${this.problemMessage(this.problem)}</p></div>
        <p>${msg('Nothing was changed.', { id: 'desk.import.nothingChanged' })}</p>
        <div class="actions"><button type="button" class="og-button" @click=${this.cancel}>${msg('Back', { id: 'desk.import.back' })}</button></div>`;
    if (!this.table) return html`<p role="status">${this.file ? msg(str`Reading ${this.file.name}…`, { id: 'desk.import.reading' }) : nothing}</p>`;
    const { items, rejected } = this.result;
    const dataRows = this.table.rows.length - this.headerRows;
    const count = this.resource === 'budget' ? items.reduce<number>((n, year) => n + (year as { lines: unknown[] }).lines.length, 0) : items.length;
    const targets = targetsOf(this.resource);
    const headerId = (c: number) => `header-${c}`;
    return html`
      <h2>${msg(str`Import ${this.file?.name ?? ''}`, { id: 'desk.import.title' })}</h2>
      <p>${msg(str`${dataRows} rows found. Check what each column holds.`, { id: 'desk.import.found' })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Column of the sheet', { id: 'desk.import.column' })}</th>
            <th scope="col">${msg('First value', { id: 'desk.import.sample' })}</th>
            <th scope="col">${msg('Holds', { id: 'desk.import.holds' })}</th>
          </tr>
        </thead>
        <tbody>
          ${this.headers.map(
            (header, c) => html`<tr>
              <th scope="row" id=${headerId(c)} dir="auto">${header || msg(str`Column ${c + 1}`, { id: 'desk.import.unnamed' })}</th>
              <td class="sample" dir="auto">${this.sample(c)}</td>
              <td>
                <select aria-labelledby=${headerId(c)} data-column=${c} @change=${(e: Event) => this.setTarget(c, (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${!this.mapping[c]}>${msg('Not imported', { id: 'desk.import.skipColumn' })}</option>
                  ${/* Field names are the contract's (docs/API.md), never translated, as in `validate`. */ ''}
                  ${targets.map((t) => html`<option value=${t} ?selected=${this.mapping[c] === t}>${t}</option>`)}
                </select>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p role="status">${msg(str`${count} rows can be imported; ${rejected.length} do not fit.`, { id: 'desk.import.summary' })}</p>
      ${rejected.length
        ? html`<h3>${msg('Rows that do not fit, and why', { id: 'desk.import.rejectedTitle' })}</h3>
            <ul class="rejected" tabindex="0">
              ${rejected.slice(0, LISTED).map((r) => html`<li><span>${msg(str`Row ${r.row}:`, { id: 'desk.import.row' })}</span> <span dir="ltr">${r.reason}</span></li>`)}
              ${rejected.length > LISTED ? html`<li>${msg(str`And ${rejected.length - LISTED} more.`, { id: 'desk.import.more' })}</li>` : nothing}
            </ul>`
        : nothing}
      <fieldset>
        <legend>${msg('What to do with the current data', { id: 'desk.import.modeLegend' })}</legend>
        <label><input type="radio" name="mode" value="merge" .checked=${this.mode === 'merge'} @change=${() => (this.mode = 'merge')} /> ${msg('Merge: add these rows, replacing those with the same identifier', { id: 'desk.import.merge' })}</label><br />
        <label><input type="radio" name="mode" value="replace" .checked=${this.mode === 'replace'} @change=${() => (this.mode = 'replace')} /> ${msg('Replace the current data with these rows', { id: 'desk.import.replace' })}</label>
      </fieldset>
      <div class="actions">
        <button type="button" class="og-button" ?disabled=${!count} @click=${this.confirm}>${msg(str`Import ${count} rows`, { id: 'desk.import.confirm' })}</button>
        <button type="button" class="og-button secondary" @click=${this.cancel}>${msg('Cancel', { id: 'desk.import.cancel' })}</button>
      </div>
    `;
  }
}

