import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { OgElement } from '../core/og-element.js';
import { DEFAULT_TIME_ZONE } from '../core/config.js';
import { UI_LOCALES } from '../core/localization.js';
import { parseCalendar, type WorkCalendar } from '../core/working-days.js';
import { STARTER_DOCUMENTS } from '../../cli/starter-data.mjs';
import { writeSnippet } from '../snippet.js';
import { changesSince, duplicateItem, getAt, initialValue, moveItem, removeItem, serialize, setAt, type Path } from './document.js';
import { renderField, type FormContext } from './fields.js';
import { pathKey, problemsOf } from './issues.js';
import { readDocument, readFile, readUrl, type Opened } from './open.js';
import { canSaveToFolder, downloadText, saveToFolder } from './out.js';
import { DESK_RESOURCES, deskResource } from './resources.js';
import { DeskDocument, newDocumentId } from './session.js';
import { clearSession, readSession, writeSession, type StoredSession } from './storage.js';
import { todayIn } from './zoned-input.js';
import { deskStyles } from './desk.styles.js';
import { resourceTitle } from './resource-titles.js';
import { renderOpenPanel } from './open-panel.js';
import { readDecidim, type DecidimRequest } from './open-decidim.js';
import type { FieldNode } from './schema-walk.js';
import { applyImport, loadImport, loadPublish, publishZip, renderSecretWarnings, withGeneratedSecrets } from './sheets.js';

type Notice = { kind: 'error' | 'info'; text: string };

/**
 * The data desk: open or start a document of any resource, edit it in forms generated from its
 * schema, see the real widget render it, and write the file out. Everything stays on the device.
 */
export class OgDesk extends OgElement {
  static override styles = [...OgElement.styles, deskStyles];

  /**
   * Where the preview frame loads the widget: by default this same page with `#preview`
   * (desk.html); `none` shows no preview (a host without the desk page, e.g. Storybook).
   */
  @property({ attribute: 'preview-src' }) previewSrc?: string;

  @state() private documents: DeskDocument[] = [];
  @state() private activeId?: string;
  @state() private notices: Notice[] = [];
  @state() private restorable?: StoredSession;
  @state() private previewLang = 'fr';
  @state() private phone = false;
  @state() private dragging = false;
  /** The spreadsheet being imported into the active document. */
  @state() private importing?: File;
  private readonly open = new Set<string>();
  private readonly drafts = new Map<string, string>();
  private frameReady = false;
  @query('iframe') private frame?: HTMLIFrameElement;

  /** The commune's zone (date pickers); the page config's, else Africa/Casablanca. */
  private get zone(): string {
    return this.timeZone ?? DEFAULT_TIME_ZONE;
  }

  private get active(): DeskDocument | undefined {
    return this.documents.find((d) => d.id === this.activeId);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = readSession();
    if (stored?.documents.some((d) => !d.saved)) this.restorable = stored;
    window.addEventListener('beforeunload', this.beforeUnload);
    window.addEventListener('message', this.onFrameMessage);
    this.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.beforeUnload);
    window.removeEventListener('message', this.onFrameMessage);
  }

  // ——— documents ———

  private add(opened: Extract<Opened, { ok: true }>, saved = true): void {
    const doc = new DeskDocument(newDocumentId(), opened.resource, opened.name, opened.document, opened.document, saved);
    this.documents = [...this.documents, doc];
    this.activeId = doc.id;
    this.persist();
  }

  startFromExample(name: string): void {
    const resource = deskResource(name);
    if (!resource) return;
    const document = structuredClone(STARTER_DOCUMENTS[name as keyof typeof STARTER_DOCUMENTS]);
    this.add({ ok: true, resource, document, name: resource.file });
  }

  startEmpty(name: string): void {
    const resource = deskResource(name);
    if (!resource) return;
    const document = initialValue(resource.field, todayIn(this.zone));
    this.add({ ok: true, resource, document, name: resource.file }, false);
  }

  /** Opens files (picker, drop, folder): each one a document; problems are listed, nothing else changes. */
  async openFiles(files: Iterable<File>): Promise<void> {
    const notices: Notice[] = [];
    for (const file of files) {
      if (!/\.json$/i.test(file.name)) {
        if (files instanceof FileList && file.webkitRelativePath) continue; // a folder's other files
        const name = file.name;
        notices.push({ kind: 'error', text: msg(str`${name} is not a JSON file: it cannot be read.`, { id: 'desk.open.notJson' }) });
        continue;
      }
      const opened = await readFile(file);
      if (opened.ok) {
        this.add(opened);
        notices.push({ kind: 'info', text: msg(str`Opened ${opened.name}.`, { id: 'desk.opened' }) });
      } else notices.push({ kind: 'error', text: opened.problem });
    }
    this.notices = notices;
  }

  async openUrl(url: string): Promise<void> {
    if (!url.trim()) return;
    const opened = await readUrl(url.trim());
    if (opened.ok) {
      this.add(opened);
      this.notices = [{ kind: 'info', text: msg(str`Opened ${opened.name}.`, { id: 'desk.opened' }) }];
    } else this.notices = [{ kind: 'error', text: opened.problem }];
  }

  /** Opens a Decidim component (open-decidim.ts): the document, and what the reading noticed. */
  async openDecidim(request: DecidimRequest): Promise<void> {
    const { opened, notes } = await readDecidim(request, this.locale);
    if (opened.ok) {
      this.add(opened);
      this.notices = [{ kind: 'info', text: msg(str`Opened ${opened.name}.`, { id: 'desk.opened' }) }, ...notes.map((text) => ({ kind: 'info' as const, text }))];
    } else this.notices = [{ kind: 'error', text: opened.problem }];
  }

  /** Opens a document given as text (tests, a paste). */
  openText(text: string, name: string): boolean {
    const opened = readDocument(text, name);
    if (opened.ok) this.add(opened);
    else this.notices = [{ kind: 'error', text: opened.problem }];
    return opened.ok;
  }

  private close(doc: DeskDocument): void {
    if (!doc.saved && !confirm(msg(str`${doc.name} has changes not downloaded. Close it anyway?`, { id: 'desk.confirmClose' }))) return;
    this.documents = this.documents.filter((d) => d !== doc);
    if (this.activeId === doc.id) this.activeId = this.documents[0]?.id;
    this.persist();
  }

  private change(next: unknown, key?: string): void {
    const doc = this.active;
    if (!doc) return;
    doc.history.push(next, key);
    doc.saved = false;
    this.persist();
    this.requestUpdate();
  }

  undo(): void {
    this.active?.history.undo();
    this.afterHistory();
  }

  redo(): void {
    this.active?.history.redo();
    this.afterHistory();
  }

  private afterHistory(): void {
    if (!this.active) return;
    this.drafts.clear();
    this.active.saved = false;
    this.persist();
    this.requestUpdate();
  }

  // ——— nothing lost ———

  private persist(): void {
    const ok = writeSession({
      documents: this.documents.map((d) => ({ id: d.id, resource: d.resource.name, name: d.name, original: d.original, current: d.value, saved: d.saved })),
      active: this.activeId,
      at: new Date().toISOString(),
    });
    if (!ok) this.notices = [{ kind: 'error', text: msg('This device refused to keep a copy (storage full or disabled): download your files now.', { id: 'desk.storageFull' }) }];
  }

  private restore(): void {
    const session = this.restorable;
    this.restorable = undefined;
    if (!session) return;
    for (const stored of session.documents) {
      const resource = deskResource(stored.resource);
      if (resource) this.documents = [...this.documents, new DeskDocument(stored.id, resource, stored.name, stored.original, stored.current, stored.saved)];
    }
    this.activeId = session.active ?? this.documents[0]?.id;
  }

  private discardRestore(): void {
    this.restorable = undefined;
    clearSession();
  }

  private readonly beforeUnload = (event: BeforeUnloadEvent) => {
    if (this.documents.some((d) => !d.saved)) {
      event.preventDefault();
      event.returnValue = '';
    }
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' && event.key.toLowerCase() !== 'y') return;
    event.preventDefault();
    if (event.key.toLowerCase() === 'y' || event.shiftKey) this.redo();
    else this.undo();
  };

  // ——— out ———

  private fileText(doc: DeskDocument): string {
    return serialize(doc.value, doc.resource.field);
  }

  download(doc = this.active): void {
    if (!doc) return;
    downloadText(doc.resource.file, this.fileText(doc));
    doc.saved = true;
    this.persist();
    this.requestUpdate();
  }

  private async saveAll(): Promise<void> {
    try {
      await saveToFolder(Object.fromEntries(this.documents.map((d) => [d.resource.file, this.fileText(d)])));
      this.documents.forEach((d) => (d.saved = true));
      this.persist();
      this.notices = [{ kind: 'info', text: msg('Saved in the folder.', { id: 'desk.savedFolder' }) }];
    } catch (error) {
      if ((error as DOMException)?.name !== 'AbortError') this.notices = [{ kind: 'error', text: msg('The folder could not be written.', { id: 'desk.saveFailed' }) }];
    }
  }

  // ——— preview ———

  private readonly onFrameMessage = (event: MessageEvent) => {
    if (!this.frame || event.source !== this.frame.contentWindow) return;
    if (event.data?.type === 'og-desk-preview-ready') {
      this.frameReady = true;
      this.sendPreview();
    } else if (event.data?.type === 'og-desk-select' && Array.isArray(event.data.names)) this.selectFromPreview(event.data.names as string[]);
  };

  private sendPreview(): void {
    const doc = this.active;
    if (!this.frameReady || !this.frame?.contentWindow) return;
    const element = doc?.resource.element ?? doc?.resource.previewElement;
    this.frame.contentWindow.postMessage({ type: 'og-desk-preview', element, document: doc?.value, lang: this.previewLang, selected: doc && this.openItem(doc) }, '*');
  }

  /** The index of the item of the document's first list last opened in the form (the one a record preview shows). */
  private openItem(doc: DeskDocument): number | undefined {
    const prefix = pathKey(doc.resource.lists[0] ?? []);
    let index: number | undefined;
    for (const key of this.open) {
      const rest = prefix ? (key.startsWith(`${prefix}.`) ? key.slice(prefix.length + 1) : '') : key;
      if (/^\d+$/.test(rest)) index = Number(rest);
    }
    return index;
  }

  /** Opens, in the form, the item of the active document whose id the preview names. */
  private selectFromPreview(names: string[]): void {
    const doc = this.active;
    if (!doc) return;
    for (const listPath of doc.resource.lists) {
      const list = (getAt(doc.value, listPath) as { id?: unknown }[] | undefined) ?? [];
      const ids = list.map((item, index) => ({ id: String(item?.id ?? ''), index })).filter((e) => e.id).sort((a, b) => b.id.length - a.id.length);
      const found = names.map((n) => ids.find((e) => n === e.id || n.includes(e.id))).find(Boolean);
      if (!found) continue;
      const key = pathKey([...listPath, found.index]);
      this.open.add(key);
      this.requestUpdate();
      void this.updateComplete.then(() => {
        const summary = this.renderRoot.querySelector<HTMLElement>(`li[data-key="${CSS.escape(key)}"] summary`);
        summary?.scrollIntoView({ block: 'nearest' });
        summary?.focus();
      });
      return;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.sendPreview();
  }

  // ——— spreadsheets and complaint publishing (SHEETS's modules, loaded when used) ———

  private async startImport(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await loadImport();
    this.importing = file;
  }

  private renderImport(doc: DeskDocument, file: File): TemplateResult {
    return html`<section class="import" aria-label=${msg('Import a spreadsheet', { id: 'desk.importRegion' })}>
      <og-desk-import
        .resource=${doc.resource.name}
        .file=${file}
        @og-desk-import=${async (e: CustomEvent<{ items: unknown[]; mode: 'merge' | 'replace'; skipped: number }>) => {
          this.importing = undefined;
          this.change(await applyImport(doc.resource, doc.value, e.detail));
          const [count, skipped] = [String(e.detail.items.length), String(e.detail.skipped)];
          this.notices = [{ kind: 'info', text: msg(str`Imported ${count} item(s); ${skipped} row(s) left out.`, { id: 'desk.imported' }) }];
        }}
        @og-desk-import-cancel=${() => (this.importing = undefined)}
      ></og-desk-import>
    </section>`;
  }

  private renderRecordsTools(doc: DeskDocument): TemplateResult {
    void loadPublish().then((loaded) => loaded && !this.publishReady && ((this.publishReady = true), this.requestUpdate()));
    return html`<div class="records-tools">
      <p class="hint">${msg('This file holds the secret codes: never put it on the web. Publish the encrypted folder instead.', { id: 'desk.records.private' })}</p>
      <div class="row">
        <button type="button" @click=${async () => {
          const { records, count } = await withGeneratedSecrets(doc.value);
          if (count) this.change(records);
          this.notices = [{ kind: 'info', text: msg(str`${String(count)} secret code(s) generated.`, { id: 'desk.secrets.generated' }) }];
        }}>${msg('Generate the missing secret codes', { id: 'desk.secrets.generate' })}</button>
        <button type="button" class="primary" @click=${async () => {
          const { problem, computed } = await publishZip(doc.value, this.openCalendar(), this.zone);
          this.notices = problem
            ? [{ kind: 'error', text: problem }]
            : [
                { kind: 'info', text: msg('The encrypted folder is downloaded (complaints-static.zip): unzip it on your site.', { id: 'desk.published' }) },
                ...(computed ? [{ kind: 'info' as const, text: msg(str`Due dates computed from the open calendar's rules: ${String(computed)}.`, { id: 'desk.published.dueDates' }) }] : []),
              ];
        }}>${msg('Publish for the lookup (encrypted zip)', { id: 'desk.publish' })}</button>
      </div>
      ${this.publishReady ? renderSecretWarnings(doc.value) : nothing}
    </div>`;
  }

  private publishReady = false;

  /** The commune's calendar when one is open and valid: publishing computes missing due dates from its rules. */
  private openCalendar(): WorkCalendar | undefined {
    const doc = this.documents.find((d) => d.resource.name === 'calendar');
    return doc ? parseCalendar(doc.value).calendar : undefined;
  }

  // ——— rendering ———

  private formContext(doc: DeskDocument): FormContext {
    const apply = (next: unknown, key?: string) => this.change(next, key);
    return {
      document: doc.value,
      problems: problemsOf(doc.resource.schema, doc.value),
      locale: this.locale,
      zone: this.zone,
      drafts: this.drafts,
      open: this.open,
      change: (path, value) => apply(setAt(doc.value, path, value), pathKey(path)),
      addField: (path, node) => apply(setAt(doc.value, path, initialValue(node, todayIn(this.zone)))),
      addItem: (listPath: Path, item: FieldNode) => {
        const list = (getAt(doc.value, listPath) as unknown[] | undefined) ?? [];
        apply(setAt(doc.value, listPath, [...list, initialValue(item, { ...todayIn(this.zone), siblings: list })]));
        this.open.add(pathKey([...listPath, list.length]));
      },
      removeItem: (listPath, index) => {
        const name = msg('this item', { id: 'desk.thisItem' });
        if (confirm(msg(str`Delete ${name}? (Undo brings it back.)`, { id: 'desk.confirmDelete' }))) apply(removeItem(doc.value, listPath, index));
      },
      moveItem: (listPath, from, to) => apply(moveItem(doc.value, listPath, from, to)),
      duplicateItem: (listPath, index) => apply(duplicateItem(doc.value, listPath, index)),
      toggle: (key, isOpen) => {
        if (isOpen === this.open.has(key)) return;
        if (isOpen) this.open.add(key);
        else this.open.delete(key);
        this.requestUpdate();
      },
    };
  }

  override render(): TemplateResult {
    const doc = this.active;
    return html`<div
      class="desk ${this.dragging ? 'dragging' : ''}"
      @dragover=${(e: DragEvent) => {
        e.preventDefault();
        this.dragging = true;
      }}
      @dragleave=${() => (this.dragging = false)}
      @drop=${(e: DragEvent) => {
        e.preventDefault();
        this.dragging = false;
        if (e.dataTransfer?.files.length) void this.openFiles(e.dataTransfer.files);
      }}
    >
      <header class="top">
        <h1>${msg('Data desk', { id: 'desk.title' })}</h1>
        <p class="intro">${msg('Edit the data of your widgets here, then download the files and put them on your site. Everything stays on this computer.', { id: 'desk.intro' })}</p>
        ${this.renderLanguage()}
      </header>
      ${this.renderRestore()} ${this.renderNotices()} ${renderOpenPanel({ example: (n) => this.startFromExample(n), empty: (n) => this.startEmpty(n), files: (f) => this.openFiles(f), url: (u) => this.openUrl(u), decidim: (r) => this.openDecidim(r) })} ${this.renderTabs()}
      ${doc ? this.renderWorkspace(doc) : html`<p class="empty">${msg('Start from an example, or open a file.', { id: 'desk.empty' })}</p>`}
    </div>`;
  }

  private renderLanguage(): TemplateResult {
    return html`<label class="ui-language">${msg('Language of the desk', { id: 'desk.uiLanguage' })}
      <select @change=${(e: Event) => this.setUiLanguage((e.target as HTMLSelectElement).value)}>
        ${UI_LOCALES.map((l) => html`<option value=${l} ?selected=${l === this.locale} lang=${l}>${LANGUAGE_LABELS[l]}</option>`)}
      </select></label>`;
  }

  private setUiLanguage(lang: string): void {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    try {
      localStorage.setItem('opengov-desk:lang', lang);
    } catch {
      /* not kept: fine */
    }
  }

  private renderRestore(): TemplateResult | typeof nothing {
    const session = this.restorable;
    if (!session) return nothing;
    const count = String(session.documents.length);
    return html`<div class="restore" role="region" aria-label=${msg('Unsaved work', { id: 'desk.restoreRegion' })}>
      <p>${msg(str`${count} document(s) edited on this device were not downloaded. Bring them back?`, { id: 'desk.restoreAsk' })}</p>
      <button type="button" class="primary" @click=${() => this.restore()}>${msg('Bring them back', { id: 'desk.restore' })}</button>
      <button type="button" @click=${() => this.discardRestore()}>${msg('Discard them', { id: 'desk.discard' })}</button>
    </div>`;
  }

  private renderNotices(): TemplateResult {
    return html`<div class="notices" role="status" aria-live="polite">
      ${this.notices.map((n) => html`<p class="notice ${n.kind}">${n.text}</p>`)}
    </div>`;
  }

  private renderTabs(): TemplateResult | typeof nothing {
    if (!this.documents.length) return nothing;
    return html`<nav class="tabs" aria-label=${msg('Open documents', { id: 'desk.documents' })}>
      ${this.documents.map(
        (d) => html`<span class="tab ${d.id === this.activeId ? 'active' : ''}">
          <button type="button" aria-current=${d.id === this.activeId ? 'page' : nothing} @click=${() => (this.activeId = d.id)}>
            ${d.name}${d.saved ? nothing : html` <span class="unsaved">${msg('(not downloaded)', { id: 'desk.unsaved' })}</span>`}
          </button>
          <button type="button" class="close" aria-label=${msg(str`Close ${d.name}`, { id: 'desk.close' })} @click=${() => this.close(d)}>×</button>
        </span>`,
      )}
    </nav>`;
  }

  private renderWorkspace(doc: DeskDocument): TemplateResult {
    const ctx = this.formContext(doc);
    const problems = ctx.problems.size;
    return html`<div class="workspace">
      <section class="editor" aria-labelledby="editor-title">
        <div class="toolbar" role="toolbar" aria-label=${msg('Document', { id: 'desk.toolbar' })}>
          <h2 id="editor-title">${resourceTitle(doc.resource.name)} — <span dir="auto">${doc.name}</span></h2>
          <button type="button" ?disabled=${!doc.history.canUndo} @click=${() => this.undo()} aria-keyshortcuts="Control+Z">${msg('Undo', { id: 'desk.undo' })}</button>
          <button type="button" ?disabled=${!doc.history.canRedo} @click=${() => this.redo()} aria-keyshortcuts="Control+Shift+Z">${msg('Redo', { id: 'desk.redo' })}</button>
          ${doc.resource.importable
            ? html`<label class="file-button">${msg('Import a spreadsheet…', { id: 'desk.importSheet' })}
                <input type="file" name="sheet" accept=".xlsx,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet,text/csv"
                  @change=${(e: Event) => this.startImport(e.target as HTMLInputElement)} /></label>`
            : nothing}
        </div>
        ${this.importing ? this.renderImport(doc, this.importing) : nothing}
        ${doc.resource.name === 'complaint-records' ? this.renderRecordsTools(doc) : nothing}
        <p class="check ${problems ? 'bad' : 'good'}">${problems
          ? msg(str`${String(problems)} field(s) to fix: they are marked below.`, { id: 'desk.problems' })
          : msg('No problem: the widget will show everything.', { id: 'desk.valid' })}</p>
        <form class="document" @submit=${(e: Event) => e.preventDefault()} novalidate>${renderField(ctx, doc.resource.field, [], '', true)}</form>
      </section>
      <aside class="side">
        ${this.renderOut(doc)} ${this.renderPreview(doc)}
      </aside>
    </div>`;
  }

  private renderOut(doc: DeskDocument): TemplateResult {
    const changes = changesSince(doc.original, doc.value, doc.resource.lists);
    const [added, removed, changed] = [changes.added, changes.removed, changes.changed].map(String);
    return html`<section class="out" aria-labelledby="out-title">
      <h2 id="out-title">${msg('Save', { id: 'desk.save' })}</h2>
      <p class="changes">${msg(str`Since opened: ${added} added, ${removed} removed, ${changed} changed.`, { id: 'desk.changes' })}
        ${changes.other ? msg('Other fields changed too.', { id: 'desk.changesOther' }) : nothing}</p>
      <div class="row">
        <button type="button" class="primary download" @click=${() => this.download(doc)}>${msg(str`Download ${doc.resource.file}`, { id: 'desk.download' })}</button>
        ${canSaveToFolder() ? html`<button type="button" class="save-folder" @click=${() => this.saveAll()}>${msg('Save all in a folder…', { id: 'desk.saveFolder' })}</button>` : nothing}
      </div>
      ${doc.resource.element
        ? html`<details class="snippet">
            <summary>${msg('HTML to paste in your site', { id: 'desk.snippet' })}</summary>
            <pre dir="ltr"><code>${writeSnippet({ tag: doc.resource.element, file: doc.resource.file, script: 'opengov-widgets.iife.js', mode: 'api', url: '', locale: '', theme: '', attributes: [], tokens: [] })}</code></pre>
          </details>`
        : nothing}
    </section>`;
  }

  private renderPreview(doc: DeskDocument): TemplateResult {
    return html`<section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">${msg('Preview', { id: 'desk.preview' })}</h2>
      ${(doc.resource.element ?? doc.resource.previewElement) && this.previewSrc !== 'none'
        ? html`<div class="row">
              <label>${msg('Language', { id: 'desk.previewLanguage' })}
                <select name="preview-lang" @change=${(e: Event) => (this.previewLang = (e.target as HTMLSelectElement).value)}>
                  ${UI_LOCALES.map((l) => html`<option value=${l} ?selected=${l === this.previewLang} lang=${l}>${LANGUAGE_LABELS[l]}</option>`)}
                </select></label>
              <label class="checkbox"><input type="checkbox" name="phone" .checked=${this.phone} @change=${(e: Event) => (this.phone = (e.target as HTMLInputElement).checked)} />
                ${msg('Phone width', { id: 'desk.phone' })}</label>
            </div>
            <iframe class=${this.phone ? 'phone' : ''} title=${msg('Preview of the widget', { id: 'desk.previewFrame' })} src=${this.previewSrc ?? previewUrl()}></iframe>`
        : html`<p>${msg('This file is not shown by a widget directly.', { id: 'desk.noPreview' })}</p>`}
    </section>`;
  }
}

const LANGUAGE_LABELS: Record<string, string> = { fr: 'Français', ar: 'العربية', zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ', en: 'English' };

/** This very page, as the preview (file:// included: no other file needed). */
function previewUrl(): string {
  const url = new URL(location.href);
  url.hash = 'preview';
  return url.href;
}

export { DESK_RESOURCES };
