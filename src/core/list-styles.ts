import { css } from 'lit';

/**
 * Pieces of style the list widgets (commitments, consultations) share: labelled filter fields,
 * the announced result count, and status badges (text in a pill, never color alone).
 */
export const listWidgetStyles = css`
  .field {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
    font-size: 0.95em;
  }
  .field input,
  .field select {
    inline-size: 100%;
    font-weight: 400;
  }
  .result-count {
    font-size: 0.9em;
  }
  .badge {
    display: inline-block;
    padding: 0.05em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
  }
`;
