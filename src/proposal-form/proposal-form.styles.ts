import { css } from 'lit';

export const proposalFormStyles = css`
  :host([kiosk]) {
    font-size: var(--og-proposal-kiosk-font-size, 1.25rem);
  }
  form,
  .receipt {
    display: grid;
    gap: var(--_space);
  }
  header {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }
  fieldset {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    padding-inline: 0.35em;
    font-weight: 700;
    font-size: 1.05em;
  }
  .field {
    display: grid;
    gap: 0.3em;
    min-inline-size: 0;
  }
  .field > label {
    font-weight: 600;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    font-size: 0.92em;
  }
  .field input:not([type='checkbox']),
  .field textarea,
  .field select {
    inline-size: 100%;
  }
  .field textarea {
    resize: vertical;
    min-block-size: 6em;
  }
  .field.invalid {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: calc(var(--_space) * 0.6);
  }
  .field.invalid input,
  .field.invalid textarea,
  .field.invalid select {
    border: 2px solid var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-weight: 700;
  }
  .counter {
    font-size: 0.9em;
  }
  .counter.over {
    color: var(--_danger);
    font-weight: 700;
  }
  .check {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
  }
  .check input {
    flex: none;
    inline-size: 1.6em;
    block-size: 1.6em;
    min-block-size: 0;
    margin: 0.1em 0 0;
    accent-color: var(--_primary);
  }
  .error-summary {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary ul {
    padding-inline-start: 1.2em;
    display: grid;
    gap: 0.25em;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 700;
  }
  .notice.restored {
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }
  .og-button.small {
    min-block-size: 2.25rem;
    padding-block: 0.2em;
  }
  .reference {
    font-size: 1.6em;
    font-weight: 700;
    letter-spacing: 0.03em;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .receipt {
    padding: var(--_space);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
  }
  #form-heading:focus,
  #receipt-heading:focus,
  .error-summary:focus,
  .failure:focus,
  #spam-notice:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    .receipt {
      border: 1px solid #000;
    }
    form {
      display: none;
    }
  }
`;
