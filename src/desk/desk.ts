import type { PropertyValues, TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { OgElement } from '../core/og-element.js';
import { DEFAULT_TIME_ZONE } from '../core/config.js';
import { renderDesk } from './desk-view.js'; // before the data modules: the page's bundle order gzips ~300 B smaller
import { STARTER_DOCUMENTS } from '../../cli/starter-data.mjs';
import { getAt, initialValue, serialize } from './document.js';
import { pathKey, problemsOf } from './issues.js';
import { readDocument, readFile, readUrl, type Opened } from './open.js';
import { downloadText, saveToFolder } from './out.js';
import { DESK_RESOURCES, deskResource } from './resources.js';
import { DeskDocument, newDocumentId } from './session.js';
import { clearSession, readSession, writeSession, type StoredSession } from './storage.js';
import { todayIn } from './zoned-input.js';
import { deskStyles } from './desk.styles.js';
import { readDecidim, type DecidimRequest } from './open-decidim.js';
import { applyImport, loadImport, loadPublish, publishNotices, withGeneratedSecrets } from './sheets.js';
import { formActions } from './form-actions.js';
import type { DeskActions, DeskContext, Notice } from './desk-context.js';

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
  /** The publishing module (sheets.ts loads it when complaint records are shown) is here: weak codes can be listed. */
  private publishReady = false;
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

  // ——— rendering ———
  // The parts are plain functions given a DeskContext (desk-view.ts, workspace-view.ts,
  // side-view.ts; the form, fields.ts, given a FormContext); the element keeps the state.

  override render(): TemplateResult {
    return renderDesk(this.context());
  }

  /** What the views read for this render (desk-context.ts), with the handlers made once. */
  private context(): DeskContext {
    const doc = this.active;
    if (doc?.resource.name === 'complaint-records' && !this.publishReady) void loadPublish().then((loaded) => loaded && !this.publishReady && ((this.publishReady = true), this.requestUpdate()));
    const { locale, documents, notices, restorable, dragging, importing, publishReady, previewSrc, previewLang, phone } = this;
    const form = doc && { ...this.form, document: doc.value, problems: problemsOf(doc.resource.schema, doc.value), locale, zone: this.zone };
    return { ...this.actions, locale, documents, active: doc, notices, restorable, dragging, importing, publishReady, form, previewSrc, previewLang, phone };
  }

  /** What the form does to the active document (form-actions.ts); made once, like the actions. */
  private readonly form = formActions({
    edit: (next, key) => this.active && this.change(next(this.active.value), key),
    drafts: this.drafts,
    open: this.open,
    zone: () => this.zone,
    update: () => this.requestUpdate(),
  });

  /** What the views do to the desk; made once, so lit sees the same listener at every render. */
  private readonly actions: DeskActions = {
    opening: { example: (n) => this.startFromExample(n), empty: (n) => this.startEmpty(n), files: (f) => this.openFiles(f), url: (u) => this.openUrl(u), decidim: (r) => this.openDecidim(r) },
    dragOver: (e) => {
      e.preventDefault();
      this.dragging = true;
    },
    dragLeave: () => (this.dragging = false),
    drop: (e) => {
      e.preventDefault();
      this.dragging = false;
      if (e.dataTransfer?.files.length) void this.openFiles(e.dataTransfer.files);
    },
    restore: () => this.restore(),
    discardRestore: () => this.discardRestore(),
    select: (doc) => (this.activeId = doc.id),
    close: (doc) => this.close(doc),
    undo: () => this.undo(),
    redo: () => this.redo(),
    startImport: async (e) => {
      const input = e.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      await loadImport(); // the import module, loaded when first used (sheets.ts)
      this.importing = file;
    },
    imported: async (e) => {
      const doc = this.active!;
      this.importing = undefined;
      this.change(await applyImport(doc.resource, doc.value, e.detail));
      const [count, skipped] = [String(e.detail.items.length), String(e.detail.skipped)];
      this.notices = [{ kind: 'info', text: msg(str`Imported ${count} item(s); ${skipped} row(s) left out.`, { id: 'desk.imported' }) }];
    },
    cancelImport: () => (this.importing = undefined),
    generateSecrets: async () => {
      const { records, count } = await withGeneratedSecrets(this.active!.value);
      if (count) this.change(records);
      this.notices = [{ kind: 'info', text: msg(str`${String(count)} secret code(s) generated.`, { id: 'desk.secrets.generated' }) }];
    },
    publish: async () => (this.notices = await publishNotices(this.active!.value, this.documents, this.zone)),
    download: () => this.download(),
    saveAll: () => this.saveAll(),
    previewLanguage: (e) => (this.previewLang = (e.target as HTMLSelectElement).value),
    phoneWidth: (e) => (this.phone = (e.target as HTMLInputElement).checked),
  };
}

export { DESK_RESOURCES };
