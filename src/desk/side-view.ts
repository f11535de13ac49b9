/** The side of the workspace: saving the active document (download, folder, snippet) and its preview. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { UI_LOCALES } from '../core/localization.js';
import { writeSnippet } from '../snippet.js';
import { changesSince } from './document.js';
import { LANGUAGE_NAMES } from './labels.js';
import { canSaveToFolder } from './out.js';
import type { DeskDocument } from './session.js';
import type { DeskContext } from './desk-context.js';

/** The options of a language select (the desk's, the preview's), `selected` chosen. */
export const languageOptions = (selected: string) =>
  UI_LOCALES.map((l) => html`<option value=${l} ?selected=${l === selected} lang=${l}>${LANGUAGE_NAMES[l]}</option>`);

export function renderOut(ctx: DeskContext, doc: DeskDocument): TemplateResult {
  const changes = changesSince(doc.original, doc.value, doc.resource.lists);
  const [added, removed, changed] = [changes.added, changes.removed, changes.changed].map(String);
  return html`<section class="out" aria-labelledby="out-title">
    <h2 id="out-title">${msg('Save', { id: 'desk.save' })}</h2>
    <p class="changes">${msg(str`Since opened: ${added} added, ${removed} removed, ${changed} changed.`, { id: 'desk.changes' })}
      ${changes.other ? msg('Other fields changed too.', { id: 'desk.changesOther' }) : nothing}</p>
    <div class="row">
      <button type="button" class="primary download" @click=${ctx.download}>${msg(str`Download ${doc.resource.file}`, { id: 'desk.download' })}</button>
      ${canSaveToFolder() ? html`<button type="button" class="save-folder" @click=${ctx.saveAll}>${msg('Save all in a folder…', { id: 'desk.saveFolder' })}</button>` : nothing}
    </div>
    ${doc.resource.element
      ? html`<details class="snippet">
          <summary>${msg('HTML to paste in your site', { id: 'desk.snippet' })}</summary>
          <pre dir="ltr"><code>${writeSnippet({ tag: doc.resource.element, file: doc.resource.file, script: 'opengov-widgets.iife.js', mode: 'api', url: '', locale: '', theme: '', attributes: [], tokens: [] })}</code></pre>
        </details>`
      : nothing}
  </section>`;
}

export function renderPreview(ctx: DeskContext, doc: DeskDocument): TemplateResult {
  return html`<section class="preview" aria-labelledby="preview-title">
    <h2 id="preview-title">${msg('Preview', { id: 'desk.preview' })}</h2>
    ${(doc.resource.element ?? doc.resource.previewElement) && ctx.previewSrc !== 'none'
      ? html`<div class="row">
            <label>${msg('Language', { id: 'desk.previewLanguage' })}
              <select name="preview-lang" @change=${ctx.previewLanguage}>
                ${languageOptions(ctx.previewLang)}
              </select></label>
            <label class="checkbox"><input type="checkbox" name="phone" .checked=${ctx.phone} @change=${ctx.phoneWidth} />
              ${msg('Phone width', { id: 'desk.phone' })}</label>
          </div>
          <iframe class=${ctx.phone ? 'phone' : ''} title=${msg('Preview of the widget', { id: 'desk.previewFrame' })} src=${ctx.previewSrc ?? previewUrl()}></iframe>`
      : html`<p>${msg('This file is not shown by a widget directly.', { id: 'desk.noPreview' })}</p>`}
  </section>`;
}

/** This very page, as the preview (file:// included: no other file needed). */
function previewUrl(): string {
  const url = new URL(location.href);
  url.hash = 'preview';
  return url.href;
}
