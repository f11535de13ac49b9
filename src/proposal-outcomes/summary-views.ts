import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { styleProps } from '../core/style-props.js';
import { formatNumber, formatPercent } from '../core/format.js';

/**
 * Totals as bars that always carry their figures: each row says its label, its count and its
 * share in text; the bar itself is decoration (aria-hidden), so nothing is told by length alone.
 */
export function renderBars(rows: readonly { key: string; label: string; count: number }[], total: number, locale: string, labelledBy: string): TemplateResult {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return html`<ul class="bars" aria-labelledby=${labelledBy}>
    ${rows.map(
      (row) => html`<li data-key=${row.key}>
        <span class="bar-label">${row.label}</span>
        <span class="bar-track" aria-hidden="true"><span class="bar-fill" ${styleProps({ 'inline-size': `${(row.count / max) * 100}%` })}></span></span>
        <span class="figure">${msg(str`${formatNumber(row.count, locale)} (${formatPercent(total ? Math.round((row.count / total) * 100) : 0, locale)})`, { id: 'outcomes.figure' })}</span>
      </li>`,
    )}
  </ul>`;
}

export interface StepView {
  id: string;
  title: unknown;
  state?: 'done' | 'current' | 'ahead';
  /** Under the title: a count of proposals, or the date the stage was reached. */
  note?: string;
}

/** The process as an ordered list of steps; the current one (for one proposal) is `aria-current="step"`. */
export function renderStepper(steps: readonly StepView[], locale: string, label: string): TemplateResult {
  return html`<ol class="stepper" aria-label=${label}>
    ${steps.map(
      (step, index) => html`<li class=${step.state ?? ''} aria-current=${step.state === 'current' ? 'step' : nothing} data-stage=${step.id}>
        <span class="step-number" aria-hidden="true">${formatNumber(index + 1, locale)}</span>
        <span
          ><span class="step-title">${step.title}</span>
          ${step.state === 'done' ? html`<span class="visually-hidden">${msg('(done)', { id: 'outcomes.step-done' })}</span>` : nothing}
          ${step.state === 'current' ? html`<strong>${msg('(current stage)', { id: 'outcomes.step-current' })}</strong>` : nothing}
          ${step.note ? html`<span class="muted">— ${step.note}</span>` : nothing}</span
        >
      </li>`,
    )}
  </ol>`;
}
