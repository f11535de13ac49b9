import { css } from 'lit';

export const proposalOutcomesStyles = css`
  .root,
  .header,
  .list,
  .card,
  .detail,
  .totals {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .root {
    gap: var(--_space);
  }
  .header,
  .card,
  .detail {
    gap: calc(var(--_space) * 0.4);
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  .find,
  .totals,
  .process {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .find form {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: end;
  }
  .find .field {
    flex: 1 1 12rem;
  }
  .find-result:empty {
    display: none;
  }
  .bars {
    display: grid;
    gap: 0.35em;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .bars li {
    display: grid;
    grid-template-columns: minmax(0, 11rem) minmax(0, 1fr) auto;
    gap: 0.6em;
    align-items: center;
  }
  .bar-track {
    block-size: 0.8em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow: hidden;
  }
  .bar-fill {
    display: block;
    block-size: 100%;
    background: var(--_primary);
  }
  .figure {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  @container (max-inline-size: 26rem) {
    .bars li {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .bar-track {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
  .stepper {
    display: grid;
    gap: 0.3em;
    padding: 0;
    margin: 0;
    list-style: none;
    counter-reset: step;
  }
  .stepper li {
    display: grid;
    grid-template-columns: 1.8em minmax(0, 1fr);
    gap: 0.5em;
    align-items: start;
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    border: 2px solid var(--_border);
    border-radius: 50%;
    font-size: 0.85em;
    font-weight: 700;
  }
  .stepper .done .step-number {
    border-color: var(--_success);
    color: var(--_success);
  }
  .stepper .current .step-number {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .stepper .ahead {
    color: var(--_muted);
  }
  .filters {
    display: grid;
    grid-template-columns: 1fr;
    gap: calc(var(--_space) * 0.6);
  }
  @container (min-inline-size: 40rem) {
    .filters {
      grid-template-columns: 2fr repeat(3, 1fr);
      align-items: end;
    }
  }
  .list {
    gap: calc(var(--_space) * 0.75);
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .card {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card.found {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .reference {
    font-family: ui-monospace, monospace;
    unicode-bidi: isolate;
  }
  .disclosure {
    display: flex;
    gap: 0.5em;
    inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .disclosure:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .chevron::before {
    content: '▸';
    display: inline-block;
  }
  :host([dir='rtl']) .chevron::before {
    content: '◂';
  }
  .disclosure[aria-expanded='true'] .chevron::before {
    content: '▾';
  }
  .title-text {
    flex: 1;
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 0.8em;
    align-items: center;
  }
  .badge.outcome-accepted {
    color: var(--_success);
  }
  .badge.outcome-partly-accepted,
  .badge.outcome-merged {
    color: var(--_primary);
  }
  .badge.outcome-not-accepted,
  .badge.outcome-out-of-scope {
    color: var(--_danger);
  }
  .badge.outcome-pending {
    color: var(--_muted);
  }
  .facts {
    display: grid;
    gap: 0.3em;
    margin: 0;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .reason {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .more {
    justify-self: center;
  }
`;
