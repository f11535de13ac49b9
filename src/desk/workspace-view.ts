/**
 * The active document's workspace: its toolbar (undo, redo, import a spreadsheet), the import
 * under way, the complaint records' tools, the check, the form (fields.ts), and beside them the
 * saving and preview panes (side-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderField, type FormContext } from './fields.js';
import { resourceTitle } from './resource-titles.js';
import { renderSecretWarnings } from './sheets.js';
import { renderOut, renderPreview } from './side-view.js';
import type { DeskDocument } from './session.js';
import type { DeskContext } from './desk-context.js';

export function renderWorkspace(ctx: DeskContext, doc: DeskDocument, form: FormContext): TemplateResult {
  const problems = form.problems.size;
  return html`<div class="workspace">
    <section class="editor" aria-labelledby="editor-title">
      <div class="toolbar" role="toolbar" aria-label=${msg('Document', { id: 'desk.toolbar' })}>
        <h2 id="editor-title">${resourceTitle(doc.resource.name)} — <span dir="auto">${doc.name}</span></h2>
        <button type="button" ?disabled=${!doc.history.canUndo} @click=${ctx.undo} aria-keyshortcuts="Control+Z">${msg('Undo', { id: 'desk.undo' })}</button>
        <button type="button" ?disabled=${!doc.history.canRedo} @click=${ctx.redo} aria-keyshortcuts="Control+Shift+Z">${msg('Redo', { id: 'desk.redo' })}</button>
        ${doc.resource.importable
          ? html`<label class="file-button">${msg('Import a spreadsheet…', { id: 'desk.importSheet' })}
              <input type="file" name="sheet" accept=".xlsx,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet,text/csv"
                @change=${ctx.startImport} /></label>`
          : nothing}
      </div>
      ${ctx.importing ? renderImport(ctx, doc, ctx.importing) : nothing}
      ${doc.resource.name === 'complaint-records' ? renderRecordsTools(ctx, doc) : nothing}
      <p class="check ${problems ? 'bad' : 'good'}">${problems
        ? msg(str`${String(problems)} field(s) to fix: they are marked below.`, { id: 'desk.problems' })
        : msg('No problem: the widget will show everything.', { id: 'desk.valid' })}</p>
      <form class="document" @submit=${noSubmit} novalidate>${renderField(form, doc.resource.field, [], '', true)}</form>
    </section>
    <aside class="side">
      ${renderOut(ctx, doc)} ${renderPreview(ctx, doc)}
    </aside>
  </div>`;
}

const noSubmit = (e: Event) => e.preventDefault();

/** The spreadsheet import (import/desk-import.ts, loaded when a sheet is chosen). */
function renderImport(ctx: DeskContext, doc: DeskDocument, file: File): TemplateResult {
  return html`<section class="import" aria-label=${msg('Import a spreadsheet', { id: 'desk.importRegion' })}>
    <og-desk-import .resource=${doc.resource.name} .file=${file} @og-desk-import=${ctx.imported} @og-desk-import-cancel=${ctx.cancelImport}></og-desk-import>
  </section>`;
}

/** The complaint records' secret codes and their publishing as an encrypted folder. */
function renderRecordsTools(ctx: DeskContext, doc: DeskDocument): TemplateResult {
  return html`<div class="records-tools">
    <p class="hint">${msg('This file holds the secret codes: never put it on the web. Publish the encrypted folder instead.', { id: 'desk.records.private' })}</p>
    <div class="row">
      <button type="button" @click=${ctx.generateSecrets}>${msg('Generate the missing secret codes', { id: 'desk.secrets.generate' })}</button>
      <button type="button" class="primary" @click=${ctx.publish}>${msg('Publish for the lookup (encrypted zip)', { id: 'desk.publish' })}</button>
    </div>
    ${ctx.publishReady ? renderSecretWarnings(doc.value) : nothing}
  </div>`;
}
