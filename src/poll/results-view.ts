import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, formatPercent } from '../core/format.js';
import { toCsv } from '../core/csv-file.js';
// Through the CSSOM, not a style attribute: a strict CSP (style-src 'self') blocks the attribute.
import { styleProps } from '../core/style-props.js';
import type { LocalizedText } from '../core/validation.js';
import type { ChannelResults, PollResults } from './schema.js';
import { totalAnswers, type ResultRow } from './tally.js';

/** What the results view needs from its element (text from data, the locale). */
export interface ResultsContext {
  locale: string;
  text: (value: LocalizedText | undefined) => TemplateResult | typeof nothing;
  plain: (value: LocalizedText | undefined) => string;
  multiple: boolean;
}

export function otherLabel(ctx: ResultsContext, label: LocalizedText | undefined): string {
  return ctx.plain(label) || msg('Other', { id: 'poll.other' });
}

export function rowLabel(ctx: ResultsContext, row: ResultRow): TemplateResult | string | typeof nothing {
  return row.other ? (row.label ? ctx.text(row.label) : msg('Other', { id: 'poll.other' })) : ctx.text(row.label);
}

export function channelLabel(ctx: ResultsContext, channel: ChannelResults): string {
  const given = ctx.plain(channel.label);
  if (given) return given;
  if (channel.id === 'meeting') return msg('During the meeting', { id: 'poll.channel.meeting' });
  if (channel.id === 'online') return msg('Online', { id: 'poll.channel.online' });
  return channel.id;
}

/** "70 responses; several answers allowed, so the total exceeds 100 %." */
export function baseText(ctx: ResultsContext, results: PollResults, rows: readonly ResultRow[]): string {
  const n = formatNumber(results.respondents, ctx.locale);
  const base =
    results.respondents === 1 ? msg(str`${n} response`, { id: 'poll.base.one' }) : msg(str`${n} responses`, { id: 'poll.base.many' });
  if (!ctx.multiple) return msg(str`${base}; one answer each.`, { id: 'poll.base.single' });
  return totalAnswers(rows) > results.respondents
    ? msg(str`${base}; several answers allowed, so the total exceeds 100 %.`, { id: 'poll.base.multiple-over' })
    : msg(str`${base}; several answers allowed.`, { id: 'poll.base.multiple' });
}

function countAndShare(ctx: ResultsContext, count: number, share: number): string {
  return msg(str`${formatNumber(count, ctx.locale)} (${formatPercent(share * 100, ctx.locale)})`, { id: 'poll.count-share' });
}

/** The results as bars: each a native meter-like figure with its count and percentage in words. */
export function renderBars(ctx: ResultsContext, results: PollResults, rows: readonly ResultRow[]): TemplateResult {
  return html`<ul class="bars" part="bars" role="list">
    ${rows.map(
      (row) => html`<li class="bar-row" part="bar-row">
        <div class="bar-label">
          <span class="label">${rowLabel(ctx, row)}</span>
          <span class="figure" part="figure">${countAndShare(ctx, row.count, row.share)}</span>
        </div>
        <div class="track" aria-hidden="true"><div class="fill" part="bar" ${styleProps({ 'inline-size': `${Math.min(100, Math.round(row.share * 1000) / 10)}%` })}></div></div>
        ${results.channels.length
          ? html`<p class="by-channel muted">
              ${row.byChannel.map(
                (c, i) => html`<span>${channelLabel(ctx, results.channels[i])}: ${countAndShare(ctx, c.count, c.share)}</span>`,
              )}
            </p>`
          : nothing}
      </li>`,
    )}
  </ul>`;
}

/** The same figures as a table (one column per channel when the results are split). */
export function renderTable(ctx: ResultsContext, results: PollResults, rows: readonly ResultRow[], caption: TemplateResult | typeof nothing): TemplateResult {
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('Results table', { id: 'poll.table.label' })}>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Answer', { id: 'poll.table.answer' })}</th>
          <th scope="col">${msg('Responses', { id: 'poll.table.count' })}</th>
          <th scope="col">${msg('Share of respondents', { id: 'poll.table.share' })}</th>
          ${results.channels.map((c) => html`<th scope="col">${channelLabel(ctx, c)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row">${rowLabel(ctx, row)}</th>
            <td>${formatNumber(row.count, ctx.locale)}</td>
            <td>${formatPercent(row.share * 100, ctx.locale)}</td>
            ${row.byChannel.map((c) => html`<td>${countAndShare(ctx, c.count, c.share)}</td>`)}
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${msg('Respondents', { id: 'poll.table.respondents' })}</th>
          <td>${formatNumber(results.respondents, ctx.locale)}</td>
          <td></td>
          ${results.channels.map((c) => html`<td>${formatNumber(c.respondents, ctx.locale)}</td>`)}
        </tr>
      </tfoot>
    </table>
  </div>`;
}

/** The figures as CSV: answer, count, share (%), then count per channel. */
export function resultsCsv(ctx: ResultsContext, results: PollResults, rows: readonly ResultRow[]): string {
  const header = [
    msg('Answer', { id: 'poll.table.answer' }),
    msg('Responses', { id: 'poll.table.count' }),
    msg('Share of respondents (%)', { id: 'poll.csv.share' }),
    ...results.channels.map((c) => channelLabel(ctx, c)),
  ];
  const body = rows.map((row) => [
    row.other ? otherLabel(ctx, row.label) : ctx.plain(row.label),
    row.count,
    Math.round(row.share * 1000) / 10,
    ...row.byChannel.map((c) => c.count),
  ]);
  const total = [msg('Respondents', { id: 'poll.table.respondents' }), results.respondents, undefined, ...results.channels.map((c) => c.respondents)];
  return toCsv(header, [...body, total]);
}
