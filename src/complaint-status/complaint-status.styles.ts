import { css } from 'lit';

export const complaintStatusStyles = css`
  :host {
    --_overdue: var(--og-complaint-overdue-color, var(--_danger));
  }
  .root {
    display: grid;
    gap: var(--_space);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    justify-items: start;
  }
  .field {
    display: grid;
    gap: 0.2em;
    inline-size: 100%;
    max-inline-size: 28rem;
  }
  .field label {
    font-weight: 600;
  }
  .field input {
    inline-size: 100%;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 1.05em;
    letter-spacing: 0.03em;
  }
  .field input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .hint {
    font-size: 0.9em;
  }
  .hint .code {
    white-space: nowrap;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .remember {
    display: grid;
    gap: 0.4em;
  }
  .check {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.4rem;
    block-size: 1.4rem;
    min-block-size: 0;
    margin: 0;
    accent-color: var(--_primary);
  }
  .stored {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    font-size: 0.95em;
  }
  .result {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .outcome:focus {
    outline: none;
  }
  .outcome:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .reference {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .badge {
    display: inline-block;
    padding-block: 0.15em;
    padding-inline: 0.6em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-weight: 600;
    font-size: 0.9em;
    color: var(--_text);
    background: var(--_surface-alt);
  }
  .badge.status-answered,
  .badge.status-closed {
    color: var(--_success);
  }
  .badge.status-rejected {
    color: var(--_danger);
  }
  .badge.status-in-progress,
  .badge.status-forwarded {
    color: var(--_focus);
  }
  .badge.overdue {
    color: var(--_overdue);
  }
  .badge.on-time {
    color: var(--_success);
  }
  .step-name {
    align-self: center;
  }
  .deadline {
    padding: calc(var(--_space) * 0.6);
    border-inline-start: 4px solid var(--_focus);
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) / 2);
  }
  .deadline p {
    margin: 0;
  }
  .deadline.state-late,
  .deadline.state-answered-late {
    border-inline-start-color: var(--_overdue);
  }
  .deadline.state-due-today {
    border-inline-start-color: var(--_warning);
  }
  .deadline.state-answered-on-time {
    border-inline-start-color: var(--_success);
  }
  .extension {
    display: grid;
    gap: 0.1em;
    margin-block-start: 0.4em;
  }
  .facts {
    display: grid;
    gap: 0.5em 1.5em;
    grid-template-columns: 1fr;
  }
  @container (min-inline-size: 32rem) {
    .facts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .facts dt {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .facts dd {
    font-weight: 600;
  }
  .due.overdue dd {
    color: var(--_overdue);
  }
  .overdue-text {
    font-weight: 400;
  }
  .answer {
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_success);
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) / 2);
  }
  .answer p {
    white-space: pre-line;
  }
  h4 {
    margin-block: 0 0.3em;
    font-size: 1em;
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .step {
    position: relative;
    display: grid;
    gap: 0.1em;
    padding-inline-start: 1.5em;
  }
  .step .dot {
    position: absolute;
    inset-inline-start: 0.2em;
    inset-block-start: 0.45em;
    inline-size: 0.7em;
    block-size: 0.7em;
    border-radius: 50%;
    background: var(--_primary);
  }
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: 0.5em;
    inset-block: 1.3em -0.65em;
    border-inline-start: 2px solid var(--_border);
  }
  .step time {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .note {
    white-space: pre-line;
  }
  .step .holder {
    font-size: 0.9em;
  }
  .state-box.not-found {
    border-inline-start: 6px solid var(--_warning);
  }
  @media (forced-colors: active) {
    .step .dot {
      background: CanvasText;
    }
  }
`;
