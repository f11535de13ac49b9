import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getCustomElements } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/index.js';
import { mockApi } from '../support/mock-fetch.js';
import { registerAllWidgetData } from '../all-widgets/data.js';

registerAllWidgetData();

interface Token {
  name: string;
  description?: string;
  default?: string;
  /** Tags of the elements that read it. */
  tags: string[];
}

/**
 * Every `--og-*` token of every element, read from the custom-elements manifest (shared ones
 * come from src/core/theme.ts, widget-specific ones from each widget's doc comment).
 */
function tokens(): { list: Token[]; elementCount: number } {
  const manifest = getCustomElements() as { modules?: { declarations?: { tagName?: string; cssProperties?: Omit<Token, 'tags'>[] }[] }[] } | undefined;
  const seen = new Map<string, Token>();
  let elementCount = 0;
  for (const mod of manifest?.modules ?? [])
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      elementCount++;
      for (const token of declaration.cssProperties ?? []) {
        if (!token.name.startsWith('--og-')) continue;
        const known = seen.get(token.name) ?? { ...token, tags: [] };
        known.tags.push(declaration.tagName);
        seen.set(token.name, known);
      }
    }
  const shared = (t: Token) => (t.tags.length === elementCount ? 0 : 1);
  return { list: [...seen.values()].sort((a, b) => shared(a) - shared(b) || a.name.localeCompare(b.name)), elementCount };
}

const swatch = (token: Token) =>
  token.name.startsWith('--og-color') && token.default
    ? html`<span style="display:inline-block;inline-size:1.5rem;block-size:1.5rem;border:1px solid #888;border-radius:4px;vertical-align:middle;background:${token.default}"></span>`
    : nothing;

const meta = {
  title: 'Theming',
  parameters: { layout: 'padded', controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * Every theme token. Set them on a widget or on any ancestor (e.g. `body`), in the site's CSS:
 * `og-commitment-tracker { --og-color-primary: #7a1f1f; }`. Dark defaults apply when the system
 * is dark or `theme="dark"`; a token you set wins in both schemes.
 */
export const Tokens: Story = {
  render: () => {
    const { list, elementCount } = tokens();
    return html`<table style="border-collapse:collapse;font:14px/1.5 system-ui,sans-serif;inline-size:100%">
    <thead>
      <tr>
        <th style="text-align:start;padding:.4rem;border-block-end:2px solid #888">Token</th>
        <th style="text-align:start;padding:.4rem;border-block-end:2px solid #888">Default</th>
        <th style="text-align:start;padding:.4rem;border-block-end:2px solid #888">What it styles</th>
        <th style="text-align:start;padding:.4rem;border-block-end:2px solid #888">Read by</th>
      </tr>
    </thead>
    <tbody>
      ${list.map(
        (t) => html`<tr>
          <td style="padding:.4rem;border-block-end:1px solid #ddd"><code>${t.name}</code></td>
          <td style="padding:.4rem;border-block-end:1px solid #ddd;white-space:nowrap">${swatch(t)} <code>${t.default ?? ''}</code></td>
          <td style="padding:.4rem;border-block-end:1px solid #ddd">${t.description ?? ''}</td>
          <td style="padding:.4rem;border-block-end:1px solid #ddd">${t.tags.length === elementCount ? 'every widget' : t.tags.map((tag) => html`<code>&lt;${tag}&gt;</code> `)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
  },
};

const communeTheme = [
  '--og-color-primary: #7a1f1f',
  '--og-color-on-primary: #ffffff',
  '--og-color-surface: #fffdf9',
  '--og-color-surface-alt: #fbf4ec',
  '--og-color-text: #2b1d14',
  '--og-color-muted: #6b5444',
  '--og-color-border: #d9c3ad',
  "--og-font-family: Georgia, 'Noto Naskh Arabic', 'Noto Sans Tifinagh', serif",
  '--og-radius: 2px',
  '--og-space: 1.1rem',
].join('; ');

/**
 * A commune's identity applied from the outside, to all five widgets at once: tokens set on a
 * wrapper (as a site's stylesheet would, e.g. on `body`), plus a few `::part` rules. Use the
 * Language toolbar for Arabic (right to left) and the viewport menu for phones.
 */
export const CommuneTheme: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => html`<style>
      .commune-site {
        display: grid;
        gap: 1.5rem;
        padding: 1rem;
        background: #f5efe6;
        grid-template-columns: minmax(0, 1fr) minmax(0, 20rem);
        align-items: start;
      }
      .commune-site > .main,
      .commune-site > .aside {
        display: grid;
        gap: 1.5rem;
        min-inline-size: 0;
      }
      @media (max-width: 48rem) {
        .commune-site {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      .commune-site :is(og-commitment-tracker, og-budget-chart, og-proposal-form, og-consultation-calendar, og-complaint-status) {
        padding: 1rem;
        border: 1px solid #d9c3ad;
        border-block-start: 4px solid #7a1f1f;
      }
      .commune-site og-commitment-tracker::part(card),
      .commune-site og-consultation-calendar::part(card) {
        border-inline-start: 4px solid #7a1f1f;
      }
      .commune-site og-proposal-form::part(button),
      .commune-site og-complaint-status::part(button) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
    </style>
    <div class="commune-site" style=${communeTheme}>
      <div class="main">
        <og-commitment-tracker api=${`${mockApi('demo')}commune-sale/`} today="2025-07-01"></og-commitment-tracker>
        <og-budget-chart api=${mockApi('demo')}></og-budget-chart>
        <og-consultation-calendar api=${mockApi('demo')} now="2026-11-25T12:00:00+00:00"></og-consultation-calendar>
      </div>
      <div class="aside">
        <og-complaint-status api=${mockApi('demo')} example="SL-2024-000123" reference="SL-2024-000123"></og-complaint-status>
        <og-proposal-form api=${mockApi('demo')}></og-proposal-form>
      </div>
    </div>`,
};

/**
 * The same five widgets in the dark scheme (`theme="dark"`), with only a primary color set:
 * the dark defaults of every other token apply.
 */
export const DarkScheme: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => html`<div style="display:grid;gap:1.5rem;padding:1rem;background:#0b0f0d;--og-color-primary:#f2b705;--og-color-on-primary:#1a1300">
    <og-commitment-tracker theme="dark" api=${`${mockApi('demo')}commune-sale/`} today="2025-07-01"></og-commitment-tracker>
    <og-budget-chart theme="dark" api=${mockApi('demo')} view="overview"></og-budget-chart>
    <og-consultation-calendar theme="dark" api=${mockApi('demo')} view="month" month="2026-12" now="2026-11-25T12:00:00+00:00"></og-consultation-calendar>
    <og-complaint-status theme="dark" api=${mockApi('demo')} example="SL-2024-000123"></og-complaint-status>
    <og-proposal-form theme="dark" api=${mockApi('demo')}></og-proposal-form>
  </div>`,
};
