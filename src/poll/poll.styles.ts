import { css } from 'lit';

export const pollStyles = css`
  :host([kiosk]) {
    font-size: var(--og-poll-kiosk-font-size, 1.25rem);
  }
  section,
  form,
  header,
  .receipt,
  .results {
    display: grid;
    gap: var(--_space);
  }
  header {
    gap: calc(var(--_space) * 0.25);
  }
  h2,
  h3 {
    margin: 0;
  }
  fieldset {
    display: grid;
    gap: calc(var(--_space) * 0.6);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .hint {
    margin: 0;
    font-weight: 600;
  }
  .choices {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
  }
  .choice input[type='radio'],
  .choice input[type='checkbox'] {
    inline-size: 1.4em;
    block-size: 1.4em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .choice label {
    flex: 1 1 12em;
  }
  .choice.other input[type='text'] {
    flex: 1 1 100%;
    /* A percentage width lets the box be narrower than its default 20 characters, which at the
       kiosk's larger text (or a reader's larger default size) is wider than a 320 px phone. */
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    font: inherit;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .count,
  .limit-status {
    margin: 0;
  }
  .limit-status:not(:empty) {
    color: var(--_danger);
    font-weight: 600;
  }
  .receipt {
    padding: var(--_space);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
  }
  .reference {
    font-weight: 700;
    font-family: ui-monospace, monospace;
  }
  .base {
    margin: 0;
    font-weight: 600;
  }
  .bars {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .bar-label {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
  }
  .figure {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .track {
    block-size: 0.9em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    background: var(--og-poll-bar-color, var(--_primary));
  }
  .by-channel {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.2em 0 0;
    font-size: 0.92em;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.4em;
  }
  th,
  td {
    padding: 0.4em 0.6em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  #question:focus,
  #receipt-heading:focus,
  .failure:focus,
  .limit-status:focus,
  .notice:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    .no-print {
      display: none !important;
    }
  }
`;
