import { css } from 'lit';

export const commitmentTrackerStyles = css`
  /* One column that may shrink below its content: a wide table scrolls in its own box
     instead of pushing the widget wider than a 320 px phone. */
  .root,
  .header,
  .overall,
  .list,
  .card,
  .detail {
    grid-template-columns: minmax(0, 1fr);
  }
  .root {
    display: grid;
    gap: var(--_space);
  }
  .header {
    display: grid;
    gap: calc(var(--_space) * 0.4);
  }
  .overall {
    display: grid;
    gap: calc(var(--_space) * 0.4);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .levels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1em;
    padding: 0;
    list-style: none;
  }
  .filters {
    display: grid;
    grid-template-columns: 1fr;
    gap: calc(var(--_space) * 0.6);
  }
  @container (min-inline-size: 36rem) {
    .filters {
      grid-template-columns: 2fr 1fr 1fr;
      align-items: end;
    }
  }
  .list {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.4);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card.withdrawn .title-text {
    text-decoration: line-through;
  }
  .title {
    margin: 0;
  }
  .disclosure {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.25em 0;
    border: 0;
    background: none;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .disclosure:hover .title-text {
    text-decoration: underline;
  }
  .number {
    flex: none;
    min-inline-size: 2em;
    padding: 0 0.4em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_primary);
    color: var(--_on-primary);
    text-align: center;
  }
  .title-text {
    flex: 1;
    overflow-wrap: anywhere;
  }
  .chevron {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-block-start: 0.45em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
  }
  /* The chevron is drawn with inline-end borders, which swap sides in RTL: turn it the other way. */
  :host([dir='rtl']) .chevron {
    transform: rotate(-45deg);
  }
  :host([dir='rtl']) [aria-expanded='true'] .chevron {
    transform: rotate(135deg);
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 0.75em;
    align-items: center;
    font-size: 0.9em;
  }
  .percent {
    margin-inline-start: auto;
    font-weight: 700;
  }
  .badge {
    white-space: nowrap;
  }
  .status-complete,
  .milestone-done {
    color: var(--_success);
  }
  .status-substantial,
  .milestone-in-progress {
    color: var(--_primary);
  }
  .status-limited {
    color: var(--_warning);
  }
  .status-not-started,
  .milestone-pending {
    color: var(--_muted);
  }
  .status-withdrawn,
  .milestone-late {
    color: var(--_danger);
  }
  .status-ongoing {
    color: var(--_focus);
  }
  .progress {
    block-size: 0.75rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .progress-value {
    block-size: 100%;
    background: var(--_primary);
    border-radius: inherit;
  }
  @media (forced-colors: active) {
    .progress {
      border-color: CanvasText;
    }
    .progress-value {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
  .detail {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
  }
  .detail h4 {
    margin-block-end: 0.3em;
  }
  .detail ul {
    padding-inline-start: 1.25em;
  }
  .facts {
    display: grid;
    gap: 0.3em;
  }
  .facts dt {
    display: inline;
    font-weight: 600;
  }
  .facts dt::after {
    content: ' : ';
  }
  .facts dd {
    display: inline;
  }
  .timeline {
    display: grid;
    gap: 0.5em;
    padding: 0;
    list-style: none;
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 0.4em;
  }
  .milestone {
    position: relative;
    display: grid;
    padding-inline-start: 1.1em;
  }
  .milestone .dot {
    position: absolute;
    inset-inline-start: -0.45em;
    inset-block-start: 0.35em;
    inline-size: 0.8em;
    block-size: 0.8em;
    border-radius: 50%;
    border: 2px solid var(--_muted);
    background: var(--_surface);
  }
  .milestone.done .dot {
    background: var(--_success);
    border-color: var(--_success);
  }
  .milestone.late .dot {
    border-color: var(--_danger);
  }
  .milestone.in-progress .dot {
    border-color: var(--_primary);
  }
  .milestone-meta {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.95em;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }
  .more {
    justify-self: center;
  }
`;
