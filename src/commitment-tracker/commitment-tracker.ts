import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../core/style-props.js';
import { msg, str } from '@lit/localize';
import { OgDataElement } from '../core/data-element.js';
import { decidimSource } from '../adapters/decidim-source.js';
import { renderEmpty, renderSkeleton, renderUpdated } from '../core/state-views.js';
import { dayInZone, formatDay, formatNumber, formatPercent } from '../core/format.js';
import { themeStyles } from '../core/theme.js';
import { listWidgetStyles } from '../core/list-styles.js';
import { COMMITMENT_STATUSES, parseCommitments, type Commitment, type CommitmentsDocument } from './schema.js';
import { milestoneStatusLabel, statusLabel } from './status-labels.js';
import { commitmentIdFromHash, countByStatus, filterCommitments, isLate, overallProgress, progressOf, commitmentSearchText } from './progress.js';
import { indexWhenIdle } from '../core/search.js';
import { commitmentTrackerStyles } from './commitment-tracker.styles.js';

/** Rows rendered at first and added by "show more": keeps a 500-commitment plan light on old phones. */
const PAGE_SIZE = 50;

/**
 * An action plan's commitments, their progress, milestones and indicators.
 *
 * Reads `{api}/commitments.json` (or `src`), or a Decidim accountability component
 * (`format="decidim" src="https://…/api" component="ID"`), shows the plan with its overall progress, each
 * commitment with a progress bar and completion level, filters, a search, and a detail that
 * opens in place. `#og-commitment=<id>` in the page URL opens that commitment.
 *
 * @element og-commitment-tracker
 * @attr state - `loading`, `ready`, `empty` or `error` (set by the widget; style with it).
 * @fires og-load - Data shown. `detail`: `{ data, skipped, offlineSince }`.
 * @fires og-error - Loading failed. `detail`: `{ kind: network|http|timeout|invalid, status, reason }`.
 * @csspart base - The widget's outer box.
 * @csspart header - Plan title, period, last update and overall progress.
 * @csspart filters - The search and filter controls.
 * @csspart list - The list of commitments.
 * @csspart card - One commitment.
 * @csspart progress - A progress bar (track).
 * @csspart progress-value - The filled part of a progress bar.
 * @csspart badge - A completion-level badge.
 * @csspart detail - The opened detail of a commitment.
 * @csspart button - Every button.
 * @csspart error - The error box (with its retry button).
 * @csspart empty - The box shown when there is nothing to show.
 * @csspart notice - Partial-data and offline notices.
 * @csspart skeleton - The loading placeholder.
 */
export class OgCommitmentTracker extends OgDataElement<CommitmentsDocument> {
  static override styles = [themeStyles, listWidgetStyles, commitmentTrackerStyles];

  protected readonly resourcePath = 'commitments.json';

  /**
   * `json` (default, our contract) or `decidim`: `src` is then a Decidim instance's API
   * (`https://…/api`) and `component` the id of its accountability component.
   */
  @property() format?: 'json' | 'decidim';

  /** With `format="decidim"`: the id of the accountability component whose results are shown. */
  @property() component?: string;

  /** Today's date for "late" milestones (`YYYY-MM-DD`); defaults to the real date. */
  @property() today?: string;

  @state() private statusFilter = '';
  @state() private themeFilter = '';
  @state() private query = '';
  @state() private expanded = new Set<string>();
  @state() private shownCount = PAGE_SIZE;
  private pendingFocusId?: string;

  private readonly onHashChange = () => this.openFromHash(this.dataTask.value?.data.commitments);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected parse(text: string) {
    return parseCommitments(text);
  }

  protected override sourceUrl(): string | undefined {
    return decidimSource(this, 'commitments')?.url ?? super.sourceUrl();
  }

  protected override sourceVariant(): string {
    return decidimSource(this, 'commitments')?.variant ?? '';
  }

  protected override sourceAdapter(url: string) {
    return decidimSource(this, 'commitments')?.adapter(url);
  }

  protected isEmpty(data: CommitmentsDocument): boolean {
    return data.commitments.length === 0;
  }

  protected override dataLoaded(data: CommitmentsDocument): void {
    this.openFromHash(data.commitments);
  }

  protected override updated(): void {
    if (this.pendingFocusId !== undefined) {
      const button = this.renderRoot.querySelector<HTMLElement>(`[data-commitment-id="${CSS.escape(this.pendingFocusId)}"]`);
      if (button) {
        this.pendingFocusId = undefined;
        button.scrollIntoView({ block: 'start' });
        button.focus();
      }
    }
  }

  private hierarchyCache?: { of: readonly Commitment[]; top: Commitment[]; children: Map<string, Commitment[]> };

  /** Sub-items (a `parent` that is in the list) are shown inside their parent, not in the list. */
  private hierarchy(commitments: readonly Commitment[]): { top: Commitment[]; children: Map<string, Commitment[]> } {
    if (this.hierarchyCache?.of === commitments) return this.hierarchyCache;
    const ids = new Set(commitments.map((c) => c.id));
    const children = new Map<string, Commitment[]>();
    const top: Commitment[] = [];
    for (const c of commitments) {
      if (c.parent && c.parent !== c.id && ids.has(c.parent)) children.set(c.parent, [...(children.get(c.parent) ?? []), c]);
      else top.push(c);
    }
    this.hierarchyCache = { of: commitments, top, children };
    return this.hierarchyCache;
  }

  /** Opens the commitment named in the page's hash, if it is one of ours (a sub-item opens its parent). */
  private openFromHash(all: readonly Commitment[] | undefined): void {
    let id = commitmentIdFromHash(location.hash);
    if (!id || !all) return;
    const parentOf = all.find((c) => c.id === id)?.parent;
    const { top: commitments } = this.hierarchy(all);
    if (parentOf && commitments.some((c) => c.id === parentOf)) id = parentOf;
    const index = commitments.findIndex((c) => c.id === id);
    if (index < 0) return;
    this.statusFilter = '';
    this.themeFilter = '';
    this.query = '';
    this.shownCount = Math.max(this.shownCount, index + 1);
    this.expanded = new Set(this.expanded).add(id);
    this.pendingFocusId = id;
  }

  private toggle(id: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  private todayIso(): string {
    return this.today ?? dayInZone(new Date(), this.timeZone);
  }

  protected override renderLoading(): TemplateResult {
    return renderSkeleton(4);
  }

  protected renderEmptyState(data: CommitmentsDocument): TemplateResult {
    return html`${this.renderHeader(data)}${renderEmpty(msg('This plan has no commitments yet.', { id: 'commitments.empty' }))}`;
  }

  protected renderData(data: CommitmentsDocument): TemplateResult {
    const themeOf = (c: Commitment) => this.plain(c.theme);
    const { top } = this.hierarchy(data.commitments);
    indexWhenIdle(top, commitmentSearchText);
    const filtered = filterCommitments(top, { status: this.statusFilter, theme: this.themeFilter, query: this.query }, themeOf);
    const shown = filtered.slice(0, this.shownCount);
    return html`${this.renderHeader(data)} ${this.renderFilters(data, filtered.length)}
      ${filtered.length
        ? html`<ol class="list" part="list">
            ${repeat(shown, (c) => c.id, (c) => this.renderCommitment(c))}
          </ol>`
        : html`<div class="state-box" part="empty">
            <p>${msg('No commitment matches these filters.', { id: 'commitments.no-match' })}</p>
            <button class="og-button secondary" part="button" type="button" @click=${this.clearFilters}>
              ${msg('Clear filters', { id: 'commitments.clear-filters' })}
            </button>
          </div>`}
      ${filtered.length > shown.length
        ? html`<button class="og-button secondary more" part="button" type="button" @click=${() => (this.shownCount += PAGE_SIZE)}>
            ${msg(str`Show more (${filtered.length - shown.length} left)`, { id: 'commitments.show-more' })}
          </button>`
        : nothing}`;
  }

  private clearFilters = () => {
    this.statusFilter = '';
    this.themeFilter = '';
    this.query = '';
  };

  private renderHeader(data: CommitmentsDocument): TemplateResult {
    const plan = data.plan;
    const { top } = this.hierarchy(data.commitments);
    const overall = overallProgress(top);
    const counts = countByStatus(top);
    const period = plan?.period;
    return html`<header class="header" part="header">
      <h2>${plan?.title ? this.text(plan.title) : msg('Action plan commitments', { id: 'commitments.default-title' })}</h2>
      ${period?.start || period?.end
        ? html`<p class="muted">
            ${msg(str`Period: ${period.start ? formatDay(period.start, this.locale, 'medium') : '…'} – ${period.end ? formatDay(period.end, this.locale, 'medium') : '…'}`, {
              id: 'commitments.period',
            })}
          </p>`
        : nothing}
      ${renderUpdated(data.updatedAt, this.locale, this.timeZone)}
      ${plan?.url ? html`<p><a href=${plan.url} rel="noopener" target="_blank">${msg('The full plan', { id: 'commitments.plan-link' })}</a></p>` : nothing}
      ${data.commitments.length
        ? html`<div class="overall">
            ${overall !== undefined
              ? html`<p id="overall-label"><strong>${msg(str`Overall progress: ${formatPercent(overall, this.locale)}`, { id: 'commitments.overall' })}</strong></p>
                  ${this.renderProgressBar(overall, 'overall-label')}`
              : nothing}
            <p class="muted">${msg(str`${formatNumber(top.length, this.locale)} commitments`, { id: 'commitments.count' })}</p>
            <ul class="levels" aria-label=${msg('Commitments by completion level', { id: 'commitments.by-level' })}>
              ${COMMITMENT_STATUSES.filter((s) => counts.get(s)).map(
                (s) => html`<li><span class="badge status-${s}" part="badge">${statusLabel(s)}</span> ${formatNumber(counts.get(s) ?? 0, this.locale)}</li>`,
              )}
            </ul>
          </div>`
        : nothing}
    </header>`;
  }

  private renderFilters(data: CommitmentsDocument, matching: number): TemplateResult {
    const themes = [...new Set(data.commitments.map((c) => this.plain(c.theme)).filter(Boolean))].sort((a, b) => a.localeCompare(b, this.locale));
    const statuses = COMMITMENT_STATUSES.filter((s) => data.commitments.some((c) => c.status === s));
    return html`<div class="filters" part="filters" role="search">
        <label class="field">
          <span>${msg('Search', { id: 'commitments.search' })}</span>
          <input type="search" name="q" .value=${this.query} @input=${(e: Event) => ((this.query = (e.target as HTMLInputElement).value), (this.shownCount = PAGE_SIZE))} />
        </label>
        <label class="field">
          <span>${msg('Completion level', { id: 'commitments.filter-status' })}</span>
          <select .value=${this.statusFilter} @change=${(e: Event) => ((this.statusFilter = (e.target as HTMLSelectElement).value), (this.shownCount = PAGE_SIZE))}>
            <option value="">${msg('All levels', { id: 'commitments.all-levels' })}</option>
            ${statuses.map((s) => html`<option value=${s} ?selected=${s === this.statusFilter}>${statusLabel(s)}</option>`)}
          </select>
        </label>
        ${themes.length
          ? html`<label class="field">
              <span>${msg('Theme', { id: 'commitments.filter-theme' })}</span>
              <select .value=${this.themeFilter} @change=${(e: Event) => ((this.themeFilter = (e.target as HTMLSelectElement).value), (this.shownCount = PAGE_SIZE))}>
                <option value="">${msg('All themes', { id: 'commitments.all-themes' })}</option>
                ${themes.map((t) => html`<option value=${t} ?selected=${t === this.themeFilter}>${t}</option>`)}
              </select>
            </label>`
          : nothing}
      </div>
      <p class="result-count muted" role="status" aria-live="polite">
        ${msg(str`${formatNumber(matching, this.locale)} of ${formatNumber(this.hierarchy(data.commitments).top.length, this.locale)} commitments shown`, { id: 'commitments.result-count' })}
      </p>`;
  }

  private renderProgressBar(value: number, labelledBy: string): TemplateResult {
    return html`<div
      class="progress"
      part="progress"
      role="progressbar"
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${value}
      aria-valuetext=${formatPercent(value, this.locale)}
      aria-labelledby=${labelledBy}
    >
      <div class="progress-value" part="progress-value" ${styleProps({ 'inline-size': `${value}%` })}></div>
    </div>`;
  }

  private renderCommitment(c: Commitment): TemplateResult {
    const open = this.expanded.has(c.id);
    const progress = progressOf(c);
    const domId = `c-${encodeURIComponent(c.id).replace(/[^a-zA-Z0-9_-]/g, '_')}`;
    return html`<li class="card ${c.status === 'withdrawn' ? 'withdrawn' : ''}" part="card">
      <h3 class="title">
        <button
          type="button"
          class="disclosure"
          part="button disclosure"
          data-commitment-id=${c.id}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`${domId}-detail`}
          id=${`${domId}-title`}
          @click=${() => this.toggle(c.id)}
        >
          ${c.number !== undefined ? html`<span class="number">${c.number}</span>` : nothing}
          <span class="title-text">${this.text(c.title)}</span>
          <span class="chevron" aria-hidden="true"></span>
        </button>
      </h3>
      ${c.leadInstitution ? html`<p class="muted lead">${msg('Lead:', { id: 'commitments.lead' })} ${this.text(c.leadInstitution)}</p>` : nothing}
      <div class="status-row">
        <span class="badge status-${c.status}" part="badge">${statusLabel(c.status)}</span>
        ${c.statusLabel ? html`<span class="status-name">${this.text(c.statusLabel)}</span>` : nothing}
        ${c.statusDate ? html`<span class="muted">${msg(str`as of ${formatDay(c.statusDate, this.locale, 'medium')}`, { id: 'commitments.as-of' })}</span>` : nothing}
        ${progress !== undefined ? html`<span class="percent">${formatPercent(progress, this.locale)}</span>` : nothing}
      </div>
      ${progress !== undefined
        ? this.renderProgressBar(progress, `${domId}-title`)
        : html`<p class="muted">${msg('Progress not reported', { id: 'commitments.no-progress' })}</p>`}
      <div class="detail" part="detail" id=${`${domId}-detail`} ?hidden=${!open}>${open ? this.renderDetail(c, domId) : nothing}</div>
    </li>`;
  }

  /** A commitment's sub-items (Decidim's child results): title, level and progress of each. */
  private renderSubItems(c: Commitment, domId: string): TemplateResult | typeof nothing {
    const subs = this.dataTask.value ? this.hierarchy(this.dataTask.value.data.commitments).children.get(c.id) : undefined;
    if (!subs?.length) return nothing;
    return html`<section aria-labelledby=${`${domId}-sub`}>
      <h4 id=${`${domId}-sub`}>${msg('Sub-items', { id: 'commitments.sub-items' })}</h4>
      <ul class="sub-items">
        ${subs.map((s) => {
          const p = progressOf(s);
          return html`<li>
            ${s.number !== undefined ? html`<span class="number">${s.number}</span>` : nothing}
            ${s.url ? html`<a href=${s.url} rel="noopener" target="_blank">${this.text(s.title)}</a>` : this.text(s.title)}
            <span class="badge status-${s.status}" part="badge">${statusLabel(s.status)}</span>
            ${s.statusLabel ? html`<span class="status-name">${this.text(s.statusLabel)}</span>` : nothing}
            ${p !== undefined ? html`<span class="percent">${formatPercent(p, this.locale)}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderDetail(c: Commitment, domId: string): TemplateResult {
    const today = this.todayIso();
    return html`${c.summary ? html`<p class="summary">${this.text(c.summary)}</p>` : nothing}
      ${c.description ? html`<p>${this.text(c.description)}</p>` : nothing}
      <dl class="facts">
        ${c.theme ? html`<div><dt>${msg('Theme', { id: 'commitments.filter-theme' })}</dt><dd>${this.text(c.theme)}</dd></div>` : nothing}
        ${c.partners?.length
          ? html`<div><dt>${msg('Partners', { id: 'commitments.partners' })}</dt><dd>${c.partners.map((p, i) => html`${i ? ', ' : ''}${this.text(p)}`)}</dd></div>`
          : nothing}
        ${c.start || c.end
          ? html`<div>
              <dt>${msg('Timeline', { id: 'commitments.timeline' })}</dt>
              <dd>${c.start ? formatDay(c.start, this.locale, 'medium') : '…'} – ${c.end ? formatDay(c.end, this.locale, 'medium') : c.status === 'ongoing' ? msg('no end date', { id: 'commitments.no-end' }) : '…'}</dd>
            </div>`
          : nothing}
      </dl>
      ${c.objectives?.length
        ? html`<section aria-labelledby=${`${domId}-obj`}>
            <h4 id=${`${domId}-obj`}>${msg('Objectives', { id: 'commitments.objectives' })}</h4>
            <ul>${c.objectives.map((o) => html`<li>${this.text(o)}</li>`)}</ul>
          </section>`
        : nothing}
      ${c.milestones?.length
        ? html`<section aria-labelledby=${`${domId}-ms`}>
            <h4 id=${`${domId}-ms`}>${msg('Milestones', { id: 'commitments.milestones' })}</h4>
            <ol class="timeline">
              ${c.milestones.map((m) => {
                const late = isLate(m, today);
                const cls = m.status === 'done' ? 'done' : late ? 'late' : m.status === 'in-progress' ? 'in-progress' : 'pending';
                const label = m.status !== 'done' && late ? msg('Late', { id: 'commitments.milestone.late' }) : milestoneStatusLabel(m.status ?? 'pending');
                return html`<li class="milestone ${cls}">
                  <span class="dot" aria-hidden="true"></span>
                  <span class="milestone-title">${this.text(m.title)}</span>
                  <span class="milestone-meta"
                    ><span class="badge milestone-${cls}">${label}</span>
                    ${m.due ? msg(str`due ${formatDay(m.due, this.locale, 'medium')}`, { id: 'commitments.milestone.due' }) : nothing}
                    ${m.completedOn ? msg(str`· done on ${formatDay(m.completedOn, this.locale, 'medium')}`, { id: 'commitments.milestone.completed' }) : nothing}</span
                  >
                </li>`;
              })}
            </ol>
          </section>`
        : nothing}
      ${this.renderSubItems(c, domId)}
      ${c.indicators?.length
        ? html`<section aria-labelledby=${`${domId}-ind`}>
            <h4 id=${`${domId}-ind`}>${msg('Indicators', { id: 'commitments.indicators' })}</h4>
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${msg('Indicator', { id: 'commitments.indicator' })}</th>
                    <th scope="col">${msg('Baseline', { id: 'commitments.baseline' })}</th>
                    <th scope="col">${msg('Current', { id: 'commitments.current' })}</th>
                    <th scope="col">${msg('Target', { id: 'commitments.target' })}</th>
                  </tr>
                </thead>
                <tbody>
                  ${c.indicators.map(
                    (i) => html`<tr>
                      <th scope="row">${this.text(i.name)}${i.unit ? html` <span class="muted">(${this.text(i.unit)})</span>` : nothing}</th>
                      <td>${i.baseline !== undefined ? formatNumber(i.baseline, this.locale) : '—'}</td>
                      <td>${i.current !== undefined ? formatNumber(i.current, this.locale) : '—'}</td>
                      <td>${i.target !== undefined ? formatNumber(i.target, this.locale) : '—'}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </section>`
        : nothing}
      ${c.updates?.length
        ? html`<section aria-labelledby=${`${domId}-upd`}>
            <h4 id=${`${domId}-upd`}>${msg('Updates', { id: 'commitments.updates' })}</h4>
            <ul class="updates">
              ${[...c.updates]
                .sort((a, b) => b.date.localeCompare(a.date))
                .map(
                  (u) => html`<li>
                    <time datetime=${u.date}>${formatDay(u.date, this.locale, 'medium')}</time> — ${this.text(u.text)}
                    ${u.url ? html`<a href=${u.url} rel="noopener" target="_blank">${msg('Source', { id: 'commitments.source' })}</a>` : nothing}
                  </li>`,
                )}
            </ul>
          </section>`
        : nothing}
      <p class="links">
        ${c.url ? html`<a href=${c.url} rel="noopener" target="_blank">${msg('More information', { id: 'commitments.more-info' })}</a>` : nothing}
        ${c.feedbackUrl
          ? html`<a class="og-button secondary" part="button" href=${c.feedbackUrl} rel="noopener" target="_blank">${msg('Give your opinion', { id: 'commitments.feedback' })}</a>`
          : nothing}
        <a href=${`#og-commitment=${encodeURIComponent(c.id)}`}>${msg('Link to this commitment', { id: 'commitments.permalink' })}</a>
      </p>`;
  }
}
