import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { OgElement } from './og-element.js';
import { onConfigChange, resourceUrl } from './config.js';
import { loadDocument, parseDocument, type Loaded, type Parsed, type SourceNotice, type SourceReader } from './data-source.js';
import { isAbort, LoadError } from './loader.js';
import { reasonOf, renderError, renderNotices, renderSkeleton } from './state-views.js';
import { isMachineText } from './machine-translation.js';
import type { MachineTranslated } from './validation.js';

export interface OgLoadDetail<T> {
  /** The parsed, validated data shown. */
  data: T;
  /** How many items were skipped as not valid. */
  skipped: number;
  /** Set when the network failed and the last good copy (saved at this instant) is shown. */
  offlineSince?: string;
  /** What a source adapter (format="decidim", a datapackage) noticed: truncated, partial… */
  notices?: SourceNotice[];
}

/**
 * A widget that shows one data document: `api` / `src` → load (timeout, retry, abort, last
 * good copy) → validate → render, through one @lit/task.
 */
export abstract class OgDataElement<T> extends OgElement {
  /** Base URL of the data set; the widget appends its resource path. Default: the page config. */
  @property() api?: string;

  /** Full URL of this widget's data file; overrides `api`. */
  @property() src?: string;

  /**
   * The document itself, as parsed JSON, instead of a request: validated exactly as a file
   * read from `src` (the data desk's live preview uses it). Set, it wins over `src` and `api`.
   */
  @property({ attribute: false }) data?: unknown;

  /** Milliseconds before a request is given up (default 15000). */
  @property({ type: Number }) timeout?: number;

  /** Resource path appended to `api` (API.md). */
  protected abstract readonly resourcePath: string;
  /** Turns the response text into validated data; throws LoadError('invalid') when it fails whole. */
  protected abstract parse(text: string, url: string): Parsed<T> | Promise<Parsed<T>>;
  protected abstract isEmpty(data: T): boolean;
  protected abstract renderData(data: T): TemplateResult;
  protected abstract renderEmptyState(data: T): TemplateResult;

  private reloadCount = 0;
  private abortedByDisconnect = false;
  private stopWatchingConfig?: () => void;

  protected readonly dataTask = new Task(this, {
    task: async ([url, , data], { signal }) => {
      this.setState('loading');
      if (data !== undefined) return (await parseDocument(JSON.stringify(data), (text) => this.parse(text, ''))) as Loaded<T>;
      if (!url) throw new LoadError('invalid', 'no-source');
      const adapter = this.sourceAdapter(url);
      return loadDocument(url, { signal, timeoutMs: this.timeout, parse: (text) => this.parse(text, url), ...adapter });
    },
    args: () => [this.sourceUrl(), this.reloadCount, this.data, this.sourceVariant()] as const,
    onComplete: (loaded: Loaded<T>) => {
      this.setState(this.isEmpty(loaded.data) ? 'empty' : 'ready');
      this.emit<OgLoadDetail<T>>('og-load', { data: loaded.data, skipped: loaded.skipped, offlineSince: loaded.offlineSince, notices: loaded.notices });
      this.dataLoaded(loaded.data);
    },
    onError: (error: unknown) => {
      if (isAbort(error)) return;
      this.holdRetry(error);
      this.setState('error');
      const { reason, status } = reasonOf(error);
      const kind = error instanceof LoadError ? error.kind : 'invalid';
      this.emit('og-error', { kind, status, reason });
    },
  });

  protected override isMachineTranslated(text: string, lang: string): boolean {
    return isMachineText((this.dataTask.value?.data as { machineTranslated?: MachineTranslated } | undefined)?.machineTranslated, text, lang);
  }

  /** Called once new data is shown; widgets react here (not in updated(), to avoid a second render pass). */
  protected dataLoaded(_data: T): void {}

  /**
   * A source that is not one GET of our contract (a Decidim API, a Fiscal Data Package): its
   * reader, loaded lazily, and the key of its last good copy. Undefined: a plain GET.
   */
  protected sourceAdapter(_url: string): { read: SourceReader; cacheKey: string } | undefined {
    return undefined;
  }

  /** What, besides the URL, selects the data (a Decidim component): a change reloads. */
  protected sourceVariant(): string {
    return '';
  }

  /** The URL this widget reads, or undefined when none is configured. */
  protected sourceUrl(): string | undefined {
    return resourceUrl({ src: this.src, api: this.api, path: this.resourcePath });
  }

  /** When the retry button may be used again, after a server's Retry-After (429 or 503). */
  private retryAt = 0;
  private retryTimer?: ReturnType<typeof setTimeout>;

  private holdRetry(error: unknown): void {
    clearTimeout(this.retryTimer);
    const seconds = error instanceof LoadError ? (error.retryAfter ?? 0) : 0;
    this.retryAt = seconds > 0 ? Date.now() + seconds * 1000 : 0;
    // One re-render per second while the wait runs, so the message counts down and the button comes back.
    const tick = () => {
      this.requestUpdate();
      if (this.waitSeconds() > 0) this.retryTimer = setTimeout(tick, 1000);
    };
    if (this.retryAt) this.retryTimer = setTimeout(tick, 1000);
  }

  private waitSeconds(): number {
    return Math.max(0, Math.ceil((this.retryAt - Date.now()) / 1000));
  }

  /** Loads the data again (the retry button calls this). */
  reload(): void {
    this.reloadCount++;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingConfig = onConfigChange(() => this.requestUpdate());
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      this.reload();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingConfig?.();
    clearTimeout(this.retryTimer);
    if (this.dataTask.status === 1 /* PENDING */) {
      this.abortedByDisconnect = true;
      this.dataTask.abort(new DOMException('The widget left the page', 'AbortError'));
    }
  }

  override render(): TemplateResult {
    return html`<div class="root" part="base">
      ${this.dataTask.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (error) =>
          isAbort(error) ? this.renderLoading() : renderError(error, () => this.reload(), { locale: this.locale, waitSeconds: this.waitSeconds() }),
        complete: (loaded) => html`${renderNotices({ skipped: loaded.skipped, offlineSince: loaded.offlineSince, notices: loaded.notices, locale: this.locale, timeZone: this.timeZone })}
        ${this.isEmpty(loaded.data) ? this.renderEmptyState(loaded.data) : this.renderData(loaded.data)}`,
      })}
    </div>`;
  }

  /** The loading skeleton; widgets may shape it like their content. */
  protected renderLoading(): TemplateResult {
    return renderSkeleton();
  }
}
