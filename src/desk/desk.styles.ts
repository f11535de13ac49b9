import { css } from 'lit';

/** The desk's layout: form and preview side by side from 1024 px, one column on a phone. Logical properties only. */
export const deskStyles = css`
  :host {
    color: var(--_text);
    background: var(--_surface);
  }
  .desk {
    padding: var(--_space);
    max-inline-size: 100rem;
    margin-inline: auto;
  }
  .desk.dragging {
    outline: 3px dashed var(--_primary);
  }
  h1 {
    margin-block: 0 0.25rem;
    font-size: 1.5rem;
  }
  h2 {
    font-size: 1.15rem;
    margin-block: 0 0.5rem;
  }
  h3 {
    font-size: 1rem;
    margin-block: 0.5rem;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem 1.5rem;
  }
  .intro {
    flex: 1 1 30rem;
    margin: 0;
    color: var(--_muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  section.open,
  .restore,
  .out,
  .preview {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin-block: 0.75rem;
  }
  .restore {
    border-color: var(--_warning);
  }
  button,
  .file-button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button,
  .file-button {
    min-block-size: 2.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  button.danger {
    color: var(--_danger);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .file-button input {
    /* The label is the button; the input stays reachable and announced (clipping pattern). */
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .file-button:focus-within,
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4rem;
    background: var(--_surface);
    min-block-size: 2.25rem;
    box-sizing: border-box;
    max-inline-size: 100%;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.2rem;
    /* A long option (a resource's name in French) must not widen a phone's page. */
    max-inline-size: 100%;
  }
  .checkbox,
  label.checkbox,
  .with-time {
    flex-direction: row;
    align-items: center;
    gap: 0.4rem;
  }
  .hint,
  .count {
    color: var(--_muted);
  }
  .notice.error,
  .problem {
    color: var(--_danger);
    font-weight: 600;
  }
  .problem {
    margin-block: 0.25rem 0;
  }
  .required {
    color: var(--_danger);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }
  .tab.active button:first-child {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .unsaved {
    font-size: 0.85em;
  }
  .workspace {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 64rem) {
    .workspace {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .side {
      position: sticky;
      inset-block-start: 0;
      align-self: start;
      max-block-size: 100vh;
      overflow: auto;
    }
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .toolbar h2 {
    flex: 1 1 auto;
    margin: 0;
  }
  .check.good {
    color: var(--_success);
  }
  .check.bad {
    color: var(--_danger);
    font-weight: 600;
  }
  .field > label {
    display: block;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin-block: 0.5rem;
  }
  .field.checkbox {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block: 0.5rem;
    padding: 0.5rem 0.75rem;
    min-inline-size: 0;
  }
  .languages {
    display: grid;
    gap: 0.5rem;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
  }
  .language {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  .language label {
    font-size: 0.9em;
    color: var(--_muted);
  }
  [lang='zgh'],
  :lang(zgh) {
    font-family: 'Noto Sans Tifinagh', var(--_font);
  }
  ol {
    padding-inline-start: 0;
    list-style: none;
    margin: 0;
  }
  li.item,
  li.inline-item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
    margin-block: 0.5rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 2rem;
  }
  .badge-problem {
    color: var(--_danger);
    font-weight: normal;
    margin-inline-start: 0.5rem;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-start: 0.5rem;
  }
  .item-actions button {
    min-block-size: 2rem;
    font-size: 0.9em;
  }
  .raw {
    font-family: ui-monospace, monospace;
    inline-size: 100%;
  }
  .snippet pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--_surface-alt);
    padding: 0.5rem;
    font-size: 0.85em;
  }
  iframe {
    inline-size: 100%;
    block-size: 36rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: #fff;
  }
  iframe.phone {
    inline-size: 360px;
    max-inline-size: 100%;
  }
`;
