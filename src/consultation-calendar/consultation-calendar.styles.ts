import { css } from 'lit';

export const consultationCalendarStyles = css`
  :host {
    --_today: var(--og-calendar-today, var(--_primary));
    --_dot: var(--og-calendar-event-dot, var(--_primary));
  }
  /* One column that may shrink below its content (a select's longest option, a text box's default
     width): the widget stays within a 320 px phone, also at a reader's larger text. */
  .root,
  .header,
  .toolbar,
  .filters,
  .section,
  .list,
  .card {
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
  .zone-note {
    font-size: 0.9em;
  }
  .subscribe {
    display: grid;
    gap: 0.2em;
    font-size: 0.95em;
  }
  .feed-url {
    overflow-wrap: anywhere;
    font-size: 0.85em;
    padding: 0.2em 0.4em;
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) / 2);
    justify-self: start;
  }
  .toolbar {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .view-switch {
    display: flex;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  .view-switch button.og-button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .filters {
    display: grid;
    gap: calc(var(--_space) * 0.6);
  }
  @container (min-inline-size: 40rem) {
    .filters {
      grid-template-columns: 2fr 1fr 1fr 1fr;
      align-items: end;
    }
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 0.6);
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
    content-visibility: auto;
    /* A card not yet drawn is taken as 14rem high; its width comes from the list, not from this
       guess (a 14rem width was wider than a 320 px phone at a reader's larger text). */
    contain-intrinsic-block-size: auto 14rem;
  }
  .card.past {
    background: var(--_surface-alt);
  }
  .card.status-cancelled,
  .card.status-postponed {
    border: 3px dashed var(--_danger);
  }
  .card.status-postponed {
    border-color: var(--_warning);
  }
  .card.status-cancelled .title-text {
    text-decoration: line-through;
    text-decoration-thickness: 2px;
  }
  .status-banner {
    display: flex;
    gap: 0.5em;
    align-items: center;
    padding: 0.4em 0.6em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_danger);
    color: var(--_surface);
    font-size: 1em;
  }
  .status-banner.postponed {
    background: var(--_warning);
  }
  .status-banner .icon {
    font-size: 1.2em;
  }
  .title {
    margin: 0;
    font-size: 1.1em;
    overflow-wrap: anywhere;
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 0.6em;
    align-items: center;
    font-weight: 600;
  }
  .viewer-time {
    font-size: 0.9em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
    padding: 0;
    margin: 0;
    list-style: none;
    font-size: 0.95em;
  }
  .facts .label {
    font-weight: 600;
  }
  .place a {
    margin-inline-start: 0.4em;
  }
  .reg-open .badge {
    color: var(--_success);
  }
  .reg-full .badge,
  .reg-closed .badge {
    color: var(--_danger);
  }
  .reg-not-open-yet .badge {
    color: var(--_warning);
  }
  .registration {
    display: grid;
    gap: 0.3em;
    justify-items: start;
  }
  .description {
    overflow-wrap: anywhere;
  }
  .agenda summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 1.75rem;
  }
  .agenda ol {
    padding-inline-start: 1.25em;
    margin: 0.3em 0 0;
  }
  .agenda-time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    margin-inline-end: 0.5em;
    unicode-bidi: isolate;
  }
  .outcome {
    display: grid;
    gap: 0.3em;
    padding: calc(var(--_space) * 0.5);
    border-inline-start: 4px solid var(--_success);
    background: var(--_surface);
  }
  .outcome h5 {
    margin: 0;
    font-size: 1em;
  }
  .actions {
    display: flex;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  .export-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .more {
    justify-self: center;
  }
  .month {
    display: grid;
    gap: calc(var(--_space) * 0.6);
  }
  .month-nav {
    display: flex;
    gap: 0.5em;
    align-items: center;
    flex-wrap: wrap;
  }
  .month-nav h3 {
    flex: 1;
    text-align: center;
    min-inline-size: 8em;
  }
  :host([dir='rtl']) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  .grid-help {
    font-size: 0.85em;
  }
  .grid-wrap {
    overflow-x: auto;
  }
  .grid {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .grid th {
    padding: 0.25em 0.1em;
    font-size: 0.85em;
    text-align: center;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .wd-narrow {
    display: none;
  }
  .day {
    vertical-align: top;
    block-size: 4.5em;
    padding: 0.2em;
    border: 1px solid var(--_border);
    cursor: pointer;
    overflow: hidden;
  }
  .day.outside {
    color: var(--_muted);
    background: var(--_surface-alt);
  }
  .day.today .day-number {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.8em;
    border-radius: 999px;
    outline: 2px solid var(--_today);
    font-weight: 700;
  }
  .day[aria-selected='true'] {
    box-shadow: inset 0 0 0 3px var(--_primary);
  }
  .day:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .day-number {
    font-variant-numeric: tabular-nums;
  }
  .day-events {
    display: grid;
    gap: 0.1em;
    padding: 0;
    margin: 0.2em 0 0;
    list-style: none;
    font-size: 0.75em;
  }
  .chip {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    padding-inline: 0.3em;
    border-inline-start: 3px solid var(--_dot);
    background: var(--_surface-alt);
  }
  .chip.cancelled {
    text-decoration: line-through;
    border-inline-start-color: var(--_danger);
  }
  .chip.postponed {
    border-inline-start-color: var(--_warning);
  }
  @container (max-inline-size: 30rem) {
    .wd-short {
      display: none;
    }
    .wd-narrow {
      display: inline;
    }
    .day-events {
      display: none;
    }
    .day.has-events .day-number::after {
      content: '';
      display: block;
      margin-inline: auto;
      inline-size: 0.4em;
      block-size: 0.4em;
      border-radius: 50%;
      background: var(--_dot);
    }
    .day {
      block-size: 2.75rem;
      text-align: center;
    }
  }
  .day-panel {
    display: grid;
    gap: calc(var(--_space) * 0.6);
  }
  @media (forced-colors: active) {
    .status-banner {
      border: 2px solid CanvasText;
    }
    .day[aria-selected='true'] {
      outline: 3px solid Highlight;
    }
  }
`;
