import { css } from 'lit';

export const budgetChartStyles = css`
  :host {
    --_chart-1: var(--og-chart-color-1, var(--og-color-primary, #0072b2));
    --_chart-2: var(--og-chart-color-2, #e69f00);
    --_chart-3: var(--og-chart-color-3, #009e73);
    --_chart-4: var(--og-chart-color-4, #cc79a7);
    --_chart-5: var(--og-chart-color-5, #56b4e9);
    --_chart-6: var(--og-chart-color-6, #d55e00);
    --_chart-7: var(--og-chart-color-7, #f0e442);
    --_chart-8: var(--og-chart-color-8, #000000);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_chart-1: var(--og-chart-color-1, var(--og-color-primary, #56b4e9));
      --_chart-8: var(--og-chart-color-8, #ffffff);
    }
  }
  :host([theme='dark']) {
    --_chart-1: var(--og-chart-color-1, var(--og-color-primary, #56b4e9));
    --_chart-8: var(--og-chart-color-8, #ffffff);
  }
  .root {
    display: grid;
    gap: var(--_space);
  }
  .header {
    display: grid;
    gap: calc(var(--_space) * 0.4);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: baseline;
  }
  .notices {
    display: grid;
    gap: calc(var(--_space) * 0.4);
  }
  .controls {
    display: grid;
    gap: calc(var(--_space) * 0.6);
  }
  .selects {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.6);
  }
  .field {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
    font-size: 0.95em;
    min-inline-size: 9rem;
  }
  .field select {
    font-weight: 400;
  }
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.6);
  }
  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .segmented button {
    min-block-size: 2.75rem;
    padding-block: 0.3em;
    padding-inline: 0.8em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  .segmented button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    align-items: center;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .breadcrumb li + li::before {
    content: '›';
    margin-inline-end: 0.25em;
    color: var(--_muted);
  }
  :host([dir='rtl']) .breadcrumb li + li::before {
    content: '‹';
  }
  .breadcrumb [aria-current] {
    font-weight: 700;
  }
  button.link {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .chevron::after {
    content: '›';
    display: inline-block;
  }
  :host([dir='rtl']) .chevron::after {
    content: '‹';
  }
  .chart {
    display: grid;
    gap: 0.5em;
  }
  .chart-box {
    position: relative;
    block-size: var(--og-chart-height, 22rem);
    min-block-size: 12rem;
    border-radius: var(--_radius);
  }
  .chart-box canvas {
    position: absolute;
    inset: 0;
    /* Before chart.js sizes it, a canvas is 300 px wide: never wider than a 280 px sidebar. */
    max-inline-size: 100%;
  }
  .chart-status {
    position: absolute;
    inset-block-start: 40%;
    inset-inline: 0;
    text-align: center;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.95em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.4em;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  thead th {
    text-align: end;
    vertical-align: bottom;
  }
  thead th:first-child {
    text-align: start;
  }
  tbody th {
    font-weight: 400;
  }
  tbody tr.drill {
    cursor: pointer;
  }
  tbody tr:hover {
    background: var(--_surface-alt);
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block-start: 2px solid var(--_text);
  }
  .code {
    display: block;
    font-size: 0.8em;
  }
  .negative {
    color: var(--_danger);
  }
  button.sort {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 700;
    text-align: inherit;
    cursor: pointer;
  }
  .sort-mark {
    min-inline-size: 1ch;
    font-size: 0.75em;
  }
  .more {
    justify-self: start;
  }
  @media print {
    .chart-box {
      block-size: 16rem;
    }
    .table-wrap {
      overflow: visible;
    }
    tr {
      break-inside: avoid;
    }
    button.link,
    button.sort {
      display: inline !important;
      color: #000;
      text-decoration: none;
    }
    .chevron,
    .sort-mark {
      display: none;
    }
  }
`;
