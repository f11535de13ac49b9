import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { OgDataElement } from '../core/data-element.js';
import { decidimSource } from '../adapters/decidim-source.js';
import { renderEmpty, renderSkeleton, renderUpdated } from '../core/state-views.js';
import { formatDay, formatNumber } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';
import { themeStyles } from '../core/theme.js';
import { listWidgetStyles } from '../core/list-styles.js';
import { parseOutcomes, type OutcomesDocument, type ProposalOutcome } from './schema.js';
import {
  commitmentLink,
  filterOutcomes,
  findByReference,
  outcomeOf,
  referenceFromHash,
  outcomeSearchText,
  stageDate,
  stageState,
  summarize,
  type OutcomesSummary,
} from './outcomes.js';
import { outcomeLabel } from './labels.js';
import { indexWhenIdle } from '../core/search.js';
import { renderBars, renderStepper } from './summary-views.js';
import { proposalOutcomesStyles } from './proposal-outcomes.styles.js';

/** Rows rendered at first and added by "show more": keeps 5,000 proposals light on old phones. */
const PAGE_SIZE = 50;

const domIdOf = (reference: string) => `p-${encodeURIComponent(reference).replace(/[^a-zA-Z0-9_-]/g, '_')}`;

/**
 * What became of every proposal of a consultation: its stage in the process, the decision and,
 * when it was not accepted, why; the commitment it became.
 *
 * Reads `{api}/proposals/outcomes.json` (or `src`), or a Decidim proposals component's answers
 * (`format="decidim" src="https://…/api" component="ID"`), shows totals by decision and by theme, the
 * process as a stepper with how many proposals stand at each step, filters, a search, and
 * "find my proposal" by the reference on the proposal form's receipt. `#og-proposal=<reference>`
 * in the page URL opens that proposal (the form's receipt links there when given `outcomes-url`).
 *
 * @element og-proposal-outcomes
 * @attr state - `loading`, `ready`, `empty` or `error` (set by the widget; style with it).
 * @fires og-load - Data shown. `detail`: `{ data, skipped, offlineSince }`.
 * @fires og-error - Loading failed. `detail`: `{ kind: network|http|timeout|invalid, status, reason }`.
 * @csspart base - The widget's outer box.
 * @csspart header - Title, last update and count.
 * @csspart find - The "find my proposal" box.
 * @csspart totals - Totals by decision and by theme.
 * @csspart process - The process stepper with counts.
 * @csspart filters - The search and filter controls.
 * @csspart list - The list of proposals.
 * @csspart card - One proposal.
 * @csspart badge - A decision badge.
 * @csspart detail - The opened detail of a proposal.
 * @csspart button - Every button.
 * @csspart error - The error box (with its retry button).
 * @csspart empty - The box shown when there is nothing to show.
 * @csspart notice - Partial-data and offline notices.
 * @csspart skeleton - The loading placeholder.
 */
export class OgProposalOutcomes extends OgDataElement<OutcomesDocument> {
  static override styles = [themeStyles, listWidgetStyles, proposalOutcomesStyles];

  protected readonly resourcePath = 'proposals/outcomes.json';

  /**
   * `json` (default, our contract) or `decidim`: `src` is then a Decidim instance's API
   * (`https://…/api`) and `component` the id of its proposals component.
   */
  @property() format?: 'json' | 'decidim';

  /** With `format="decidim"`: the id of the proposals component whose answers are shown. */
  @property() component?: string;

  /** The page that shows `<og-commitment-tracker>`: commitment links open `tracker-url#og-commitment=<id>`. Default: the data's `trackerUrl`, else this page. */
  @property({ attribute: 'tracker-url' }) trackerUrl?: string;

  @state() private outcomeFilter = '';
  @state() private themeFilter = '';
  @state() private stageFilter = '';
  @state() private consultationFilter = '';
  @state() private query = '';
  @state() private expanded = new Set<string>();
  @state() private shownCount = PAGE_SIZE;
  /** The reference last looked up and whether it was found (the announced result). */
  @state() private lookup?: { typed: string; found?: string };
  private pendingFocusReference?: string;
  /** The document's counts, worked out once per document and language: a keystroke in the search re-renders the list, not them. */
  private summaryCache?: { data: OutcomesDocument; locale: string; summary: OutcomesSummary };

  private readonly onHashChange = () => {
    const reference = referenceFromHash(location.hash);
    if (reference) this.open(reference, this.dataTask.value?.data.proposals);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected parse(text: string) {
    return parseOutcomes(text);
  }

  protected override sourceUrl(): string | undefined {
    return decidimSource(this, 'outcomes')?.url ?? super.sourceUrl();
  }

  protected override sourceVariant(): string {
    return decidimSource(this, 'outcomes')?.variant ?? '';
  }

  protected override sourceAdapter(url: string) {
    return decidimSource(this, 'outcomes')?.adapter(url);
  }

  protected isEmpty(data: OutcomesDocument): boolean {
    return data.proposals.length === 0;
  }

  protected override dataLoaded(data: OutcomesDocument): void {
    const reference = referenceFromHash(location.hash);
    if (reference) this.open(reference, data.proposals);
  }

  protected override updated(): void {
    if (this.pendingFocusReference === undefined) return;
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-reference="${CSS.escape(this.pendingFocusReference)}"]`);
    if (button) {
      this.pendingFocusReference = undefined;
      button.scrollIntoView({ block: 'start' });
      button.focus();
    }
  }

  /**
   * Opens the proposal with this reference (as typed or from the hash): filters cleared, the
   * list long enough to hold it, its detail open and focused. Says so when there is none.
   */
  private open(typed: string, proposals: readonly ProposalOutcome[] | undefined): void {
    if (!proposals) return;
    const found = findByReference(proposals, typed);
    this.lookup = { typed, found: found?.reference };
    if (!found) return;
    this.clearFilters();
    this.shownCount = Math.max(this.shownCount, proposals.indexOf(found) + 1);
    this.expanded = new Set(this.expanded).add(found.reference);
    this.pendingFocusReference = found.reference;
  }

  private toggle(reference: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(reference)) next.add(reference);
    this.expanded = next;
  }

  private clearFilters = () => {
    this.outcomeFilter = '';
    this.themeFilter = '';
    this.stageFilter = '';
    this.consultationFilter = '';
    this.query = '';
    this.shownCount = PAGE_SIZE;
  };

  private stageTitle(data: OutcomesDocument, stageId: string) {
    return this.text(data.stages.find((s) => s.id === stageId)?.title);
  }

  protected override renderLoading(): TemplateResult {
    return renderSkeleton(4);
  }

  protected renderEmptyState(data: OutcomesDocument): TemplateResult {
    return html`${this.renderHeader(data)}${renderEmpty(msg('No proposal has been published yet.', { id: 'outcomes.empty' }))}`;
  }

  protected renderData(data: OutcomesDocument): TemplateResult {
    const themeOf = (p: ProposalOutcome) => this.plain(p.theme);
    indexWhenIdle(data.proposals, outcomeSearchText);
    const filtered = filterOutcomes(
      data.proposals,
      { outcome: this.outcomeFilter, theme: this.themeFilter, stage: this.stageFilter, consultation: this.consultationFilter, query: this.query },
      themeOf,
    );
    const shown = filtered.slice(0, this.shownCount);
    return html`${this.renderHeader(data)} ${this.renderFind(data)} ${this.renderTotals(data)} ${this.renderProcess(data)} ${this.renderFilters(data, filtered.length)}
      ${filtered.length
        ? html`<ol class="list" part="list">
            ${repeat(shown, (p) => p.reference, (p) => this.renderProposal(data, p))}
          </ol>`
        : html`<div class="state-box" part="empty">
            <p>${msg('No proposal matches these filters.', { id: 'outcomes.no-match' })}</p>
            <button class="og-button secondary" part="button" type="button" @click=${this.clearFilters}>${msg('Clear filters', { id: 'outcomes.clear-filters' })}</button>
          </div>`}
      ${filtered.length > shown.length
        ? html`<button class="og-button secondary more" part="button" type="button" @click=${() => (this.shownCount += PAGE_SIZE)}>
            ${msg(str`Show more (${formatNumber(filtered.length - shown.length, this.locale)} left)`, { id: 'outcomes.show-more' })}
          </button>`
        : nothing}`;
  }

  private summaryOf(data: OutcomesDocument): OutcomesSummary {
    const cache = this.summaryCache;
    if (cache?.data === data && cache.locale === this.locale) return cache.summary;
    const summary = summarize(data.proposals, data.stages, (p) => this.plain(p.theme), this.locale);
    this.summaryCache = { data, locale: this.locale, summary };
    return summary;
  }

  private renderHeader(data: OutcomesDocument): TemplateResult {
    const only = data.consultations?.length === 1 ? data.consultations[0] : undefined;
    const title = data.title ?? only?.title;
    return html`<header class="header" part="header">
      <h2>${title ? this.text(title) : msg('What became of the proposals', { id: 'outcomes.default-title' })}</h2>
      ${data.title && only ? html`<p><strong>${this.text(only.title)}</strong></p>` : nothing}
      ${only?.date ? html`<p class="muted">${msg(str`Consultation of ${formatDay(only.date, this.locale, 'long')}`, { id: 'outcomes.consultation-date' })}</p>` : nothing}
      ${only?.description ? html`<p>${this.text(only.description)}</p>` : nothing}
      ${renderUpdated(data.updatedAt, this.locale, this.timeZone)}
      ${data.proposals.length ? html`<p class="muted">${msg(str`Proposals: ${formatNumber(data.proposals.length, this.locale)}`, { id: 'outcomes.count' })}</p>` : nothing}
    </header>`;
  }

  private onFind = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('reference') as HTMLInputElement;
    const typed = input.value.trim();
    if (!typed) {
      this.lookup = { typed: '' };
      input.focus();
      return;
    }
    this.open(typed, this.dataTask.value?.data.proposals);
  };

  private renderFind(data: OutcomesDocument): TemplateResult {
    const lookup = this.lookup;
    const found = lookup?.found ? data.proposals.find((p) => p.reference === lookup.found) : undefined;
    return html`<section class="find" part="find" aria-labelledby="find-heading">
      <h3 id="find-heading">${msg('Find my proposal', { id: 'outcomes.find.title' })}</h3>
      <form @submit=${this.onFind} novalidate>
        <label class="field">
          <span>${msg('The reference on your receipt', { id: 'outcomes.find.label' })}</span>
          <input name="reference" type="text" dir="ltr" autocomplete="off" spellcheck="false" .value=${lookup?.typed ?? ''} />
        </label>
        <button class="og-button" part="button" type="submit">${msg('Find', { id: 'outcomes.find.submit' })}</button>
      </form>
      <p class="find-result" role="status" aria-live="polite">${lookup
          ? found
            ? msg(str`Found: ${found.reference}, ${outcomeLabel(outcomeOf(found))}.`, { id: 'outcomes.find.found' })
            : lookup.typed
              ? msg(str`No proposal has the reference ${lookup.typed}. Check it against your receipt: a proposal received recently may not be listed yet.`, { id: 'outcomes.find.not-found' })
              : msg('Type the reference printed on your receipt.', { id: 'outcomes.find.empty' })
          : nothing}</p>
    </section>`;
  }

  private renderTotals(data: OutcomesDocument): TemplateResult {
    const total = data.proposals.length;
    const { byOutcome, byTheme, outcomes } = this.summaryOf(data);
    const outcomeRows = outcomes.map((o) => ({ key: o, label: outcomeLabel(o), count: byOutcome.get(o) ?? 0 }));
    const themeRows = byTheme.map(([theme, count]) => ({ key: theme, label: theme, count }));
    return html`<section class="totals" part="totals" aria-labelledby="totals-heading">
      <h3 id="totals-heading">${msg('Outcomes', { id: 'outcomes.totals.title' })}</h3>
      <h4 id="by-decision" class="visually-hidden">${msg('Proposals by decision', { id: 'outcomes.totals.by-decision' })}</h4>
      ${renderBars(outcomeRows, total, this.locale, 'by-decision')}
      ${themeRows.length
        ? html`<h4 id="by-theme">${msg('Proposals by theme', { id: 'outcomes.totals.by-theme' })}</h4>
            ${renderBars(themeRows, total, this.locale, 'by-theme')}`
        : nothing}
    </section>`;
  }

  private renderProcess(data: OutcomesDocument): TemplateResult {
    const counts = this.summaryOf(data).byStage;
    const steps = data.stages.map((s) => ({
      id: s.id,
      title: this.text(s.title),
      note: msg(str`proposals at this stage: ${formatNumber(counts.get(s.id) ?? 0, this.locale)}`, { id: 'outcomes.process.count' }),
    }));
    return html`<section class="process" part="process" aria-labelledby="process-heading">
      <h3 id="process-heading">${msg('The process', { id: 'outcomes.process.title' })}</h3>
      ${renderStepper(steps, this.locale, msg('Stages of the process', { id: 'outcomes.process.stages' }))}
    </section>`;
  }

  private renderFilters(data: OutcomesDocument, matching: number): TemplateResult {
    const { themes, outcomes } = this.summaryOf(data);
    const select = (label: string, value: string, set: (v: string) => void, all: string, options: { value: string; label: string }[], name: string) =>
      html`<label class="field">
        <span>${label}</span>
        <select name=${name} .value=${value} @change=${(e: Event) => (set((e.target as HTMLSelectElement).value), (this.shownCount = PAGE_SIZE))}>
          <option value="">${all}</option>
          ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
        </select>
      </label>`;
    return html`<div class="filters" part="filters" role="search">
        <label class="field">
          <span>${msg('Search', { id: 'outcomes.search' })}</span>
          <input type="search" name="q" .value=${this.query} @input=${(e: Event) => ((this.query = (e.target as HTMLInputElement).value), (this.shownCount = PAGE_SIZE))} />
        </label>
        ${select(msg('Decision', { id: 'outcomes.filter-decision' }), this.outcomeFilter, (v) => (this.outcomeFilter = v), msg('All decisions', { id: 'outcomes.all-decisions' }), outcomes.map((o) => ({ value: o, label: outcomeLabel(o) })), 'decision')}
        ${themes.length
          ? select(msg('Theme', { id: 'outcomes.filter-theme' }), this.themeFilter, (v) => (this.themeFilter = v), msg('All themes', { id: 'outcomes.all-themes' }), themes.map((t) => ({ value: t, label: t })), 'theme')
          : nothing}
        ${select(msg('Stage', { id: 'outcomes.filter-stage' }), this.stageFilter, (v) => (this.stageFilter = v), msg('All stages', { id: 'outcomes.all-stages' }), data.stages.map((s) => ({ value: s.id, label: this.plain(s.title) })), 'stage')}
        ${(data.consultations?.length ?? 0) > 1
          ? select(msg('Consultation', { id: 'outcomes.filter-consultation' }), this.consultationFilter, (v) => (this.consultationFilter = v), msg('All consultations', { id: 'outcomes.all-consultations' }), (data.consultations ?? []).map((c) => ({ value: c.id, label: this.plain(c.title) })), 'consultation')
          : nothing}
      </div>
      <p class="result-count muted" role="status" aria-live="polite">
        ${msg(str`${formatNumber(matching, this.locale)} of ${formatNumber(data.proposals.length, this.locale)} proposals shown`, { id: 'outcomes.result-count' })}
      </p>`;
  }

  private renderProposal(data: OutcomesDocument, p: ProposalOutcome): TemplateResult {
    const open = this.expanded.has(p.reference);
    const domId = domIdOf(p.reference);
    const outcome = outcomeOf(p);
    const stageIndex = data.stages.findIndex((s) => s.id === p.stage);
    return html`<li class="card ${this.lookup?.found === p.reference ? 'found' : ''}" part="card">
      <h3 class="title">
        <button
          type="button"
          class="disclosure"
          part="button disclosure"
          data-reference=${p.reference}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`${domId}-detail`}
          id=${`${domId}-title`}
          @click=${() => this.toggle(p.reference)}
        >
          <span class="chevron" aria-hidden="true"></span>
          <span class="title-text">${this.text(p.title)}</span>
        </button>
      </h3>
      <div class="status-row">
        <span class="reference" dir="ltr">${p.reference}</span>
        <span class="badge outcome-${outcome}" part="badge">${outcomeLabel(outcome)}</span>
        <span class="muted"
          >${msg(str`Stage ${formatNumber(stageIndex + 1, this.locale)} of ${formatNumber(data.stages.length, this.locale)}:`, { id: 'outcomes.stage-of' })}
          ${this.stageTitle(data, p.stage)}</span
        >
      </div>
      <div class="detail" part="detail" id=${`${domId}-detail`} ?hidden=${!open}>${open ? this.renderDetail(data, p) : nothing}</div>
    </li>`;
  }

  private renderDetail(data: OutcomesDocument, p: ProposalOutcome): TemplateResult {
    const trackerUrl = safeUrl(this.trackerUrl) ?? data.trackerUrl ?? '';
    const merged = p.mergedInto ? data.proposals.find((other) => other.reference === p.mergedInto) : undefined;
    const consultation = p.consultation ? data.consultations?.find((c) => c.id === p.consultation) : undefined;
    const day = (d: string) => formatDay(d, this.locale, 'medium');
    const steps = data.stages.map((s) => {
      const date = stageDate(p, s.id);
      return { id: s.id, title: this.text(s.title), state: stageState(data.stages, p.stage, s.id), note: date ? msg(str`reached on ${day(date)}`, { id: 'outcomes.reached-on' }) : undefined };
    });
    return html`${p.summary ? html`<p>${this.text(p.summary)}</p>` : nothing}
      <dl class="facts">
        ${consultation && (data.consultations?.length ?? 0) > 1
          ? html`<div><dt>${msg('Consultation', { id: 'outcomes.filter-consultation' })}</dt><dd>${this.text(consultation.title)}</dd></div>`
          : nothing}
        ${p.theme ? html`<div><dt>${msg('Theme', { id: 'outcomes.filter-theme' })}</dt><dd>${this.text(p.theme)}</dd></div>` : nothing}
        ${p.receivedOn ? html`<div><dt>${msg('Received', { id: 'outcomes.received' })}</dt><dd>${day(p.receivedOn)}</dd></div>` : nothing}
        ${p.institution ? html`<div><dt>${msg('Sent to', { id: 'outcomes.institution' })}</dt><dd>${this.text(p.institution)}</dd></div>` : nothing}
        <div>
          <dt>${msg('Decision', { id: 'outcomes.filter-decision' })}</dt>
          <dd>${outcomeLabel(outcomeOf(p))}${p.decidedOn ? html` — ${msg(str`on ${day(p.decidedOn)}`, { id: 'outcomes.decided-on' })}` : nothing}</dd>
        </div>
        ${p.supports !== undefined
          ? html`<div><dt>${msg('Supports', { id: 'outcomes.supports' })}</dt><dd>${formatNumber(p.supports, this.locale)}</dd></div>`
          : nothing}
      </dl>
      ${p.reason
        ? html`<div class="reason">
            <h4>${msg('Why', { id: 'outcomes.reason' })}</h4>
            <p>${this.text(p.reason)}</p>
          </div>`
        : nothing}
      ${p.mergedInto
        ? html`<p>
            ${msg('Merged into:', { id: 'outcomes.merged-into' })}
            ${merged
              ? html`<button type="button" class="link-button" part="button" @click=${() => this.open(merged.reference, data.proposals)}>
                  <span class="reference" dir="ltr">${merged.reference}</span> — ${this.text(merged.title)}
                </button>`
              : html`<span class="reference" dir="ltr">${p.mergedInto}</span>`}
          </p>`
        : nothing}
      ${p.commitment
        ? html`<p>
            ${msg('It became a commitment:', { id: 'outcomes.commitment' })}
            <a href=${commitmentLink(trackerUrl, p.commitment.id)}>${p.commitment.title ? this.text(p.commitment.title) : p.commitment.id}</a>
          </p>`
        : nothing}
      <div class="where">
        <h4>${msg('Where it stands', { id: 'outcomes.where' })}</h4>
        ${renderStepper(steps, this.locale, msg('Stages of this proposal', { id: 'outcomes.proposal-stages' }))}
      </div>
      <p class="links">
        ${p.url ? html`<a href=${p.url} rel="noopener" target="_blank">${msg('More information', { id: 'outcomes.more-info' })}</a>` : nothing}
        <a href=${`#og-proposal=${encodeURIComponent(p.reference)}`}>${msg('Link to this proposal', { id: 'outcomes.permalink' })}</a>
      </p>`;
  }
}
