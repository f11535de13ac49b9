/**
 * The desk's page: its title and language, the unsaved work to bring back, the notices, the
 * "Open" panel, the tabs of the open documents, and the active one's workspace (workspace-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderOpenPanel } from './open-panel.js';
import { renderWorkspace } from './workspace-view.js';
import { languageOptions } from './side-view.js';
import type { DeskContext } from './desk-context.js';

export function renderDesk(ctx: DeskContext): TemplateResult {
  const doc = ctx.active;
  return html`<div class="desk ${ctx.dragging ? 'dragging' : ''}" @dragover=${ctx.dragOver} @dragleave=${ctx.dragLeave} @drop=${ctx.drop}>
    <header class="top">
      <h1>${msg('Data desk', { id: 'desk.title' })}</h1>
      <p class="intro">${msg('Edit the data of your widgets here, then download the files and put them on your site. Everything stays on this computer.', { id: 'desk.intro' })}</p>
      <label class="ui-language">${msg('Language of the desk', { id: 'desk.uiLanguage' })}
        <select @change=${chooseLanguage}>
          ${languageOptions(ctx.locale)}
        </select></label>
    </header>
    ${renderRestore(ctx)} ${renderNotices(ctx)} ${renderOpenPanel(ctx.opening)} ${renderTabs(ctx)}
    ${doc && ctx.form ? renderWorkspace(ctx, doc, ctx.form) : html`<p class="empty">${msg('Start from an example, or open a file.', { id: 'desk.empty' })}</p>`}
  </div>`;
}

/** The desk's own language: the page's, kept on this device for the next visit (main.ts reads it). */
function chooseLanguage(event: Event): void {
  const lang = (event.target as HTMLSelectElement).value;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  try {
    localStorage.setItem('opengov-desk:lang', lang);
  } catch {
    /* not kept: fine */
  }
}

function renderRestore(ctx: DeskContext): TemplateResult | typeof nothing {
  const session = ctx.restorable;
  if (!session) return nothing;
  const count = String(session.documents.length);
  return html`<div class="restore" role="region" aria-label=${msg('Unsaved work', { id: 'desk.restoreRegion' })}>
    <p>${msg(str`${count} document(s) edited on this device were not downloaded. Bring them back?`, { id: 'desk.restoreAsk' })}</p>
    <button type="button" class="primary" @click=${ctx.restore}>${msg('Bring them back', { id: 'desk.restore' })}</button>
    <button type="button" @click=${ctx.discardRestore}>${msg('Discard them', { id: 'desk.discard' })}</button>
  </div>`;
}

function renderNotices(ctx: DeskContext): TemplateResult {
  return html`<div class="notices" role="status" aria-live="polite">
    ${ctx.notices.map((n) => html`<p class="notice ${n.kind}">${n.text}</p>`)}
  </div>`;
}

function renderTabs(ctx: DeskContext): TemplateResult | typeof nothing {
  if (!ctx.documents.length) return nothing;
  return html`<nav class="tabs" aria-label=${msg('Open documents', { id: 'desk.documents' })}>
    ${ctx.documents.map(
      (d) => html`<span class="tab ${d.id === ctx.active?.id ? 'active' : ''}">
        <button type="button" aria-current=${d.id === ctx.active?.id ? 'page' : nothing} @click=${() => ctx.select(d)}>
          ${d.name}${d.saved ? nothing : html` <span class="unsaved">${msg('(not downloaded)', { id: 'desk.unsaved' })}</span>`}
        </button>
        <button type="button" class="close" aria-label=${msg(str`Close ${d.name}`, { id: 'desk.close' })} @click=${() => ctx.close(d)}>×</button>
      </span>`,
    )}
  </nav>`;
}
