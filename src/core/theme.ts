import { css } from 'lit';

/**
 * Design tokens and the base styles every widget starts from. Public tokens are
 * `--og-*` custom properties (set them on the widget or any ancestor); the widgets read them
 * through private `--_*` copies so a default applies when a token is not set.
 *
 * @cssproperty --og-color-primary - Buttons, links, progress bars (default #0b6e4f, a civic green).
 * @cssproperty --og-color-on-primary - Text on primary surfaces (default #ffffff).
 * @cssproperty --og-color-surface - Widget background (default #ffffff; dark: #111614).
 * @cssproperty --og-color-surface-alt - Cards, table stripes (default #f2f5f3).
 * @cssproperty --og-color-text - Main text (default #1b1f1d).
 * @cssproperty --og-color-muted - Secondary text, at least 4.5:1 on the surface (default #4d5853).
 * @cssproperty --og-color-border - Borders, dividers, the loading placeholder (default #c3ccc7).
 * @cssproperty --og-color-danger - Errors, late, cancelled (default #b3261e).
 * @cssproperty --og-color-warning - Warnings, partial data (default #8a4b00).
 * @cssproperty --og-color-success - Done, complete (default #1d6b32).
 * @cssproperty --og-color-focus - Focus ring (default #1a5fb4).
 * @cssproperty --og-font-family - Font stack (default: the system UI font, then Noto Sans for Arabic and Tifinagh).
 * @cssproperty --og-font-size - Base text size (default 1rem).
 * @cssproperty --og-radius - Corner radius (default 0.5rem).
 * @cssproperty --og-space - Base spacing unit (default 1rem).
 */
/** The dark palette, used by the system preference and by `theme="dark"`. */
const darkTokens = css`
  --_primary: var(--og-color-primary, #5fd3a4);
  --_on-primary: var(--og-color-on-primary, #07231a);
  --_surface: var(--og-color-surface, #111614);
  --_surface-alt: var(--og-color-surface-alt, #1c2420);
  --_text: var(--og-color-text, #e8eeea);
  --_muted: var(--og-color-muted, #a9b6af);
  --_border: var(--og-color-border, #3d4a44);
  --_danger: var(--og-color-danger, #ffb4ab);
  --_warning: var(--og-color-warning, #ffc477);
  --_success: var(--og-color-success, #8fd9a0);
  --_focus: var(--og-color-focus, #9ecbff);
`;

export const themeStyles = css`
  :host {
    --_primary: var(--og-color-primary, #0b6e4f);
    --_on-primary: var(--og-color-on-primary, #ffffff);
    --_surface: var(--og-color-surface, #ffffff);
    --_surface-alt: var(--og-color-surface-alt, #f2f5f3);
    --_text: var(--og-color-text, #1b1f1d);
    --_muted: var(--og-color-muted, #4d5853);
    --_border: var(--og-color-border, #c3ccc7);
    --_danger: var(--og-color-danger, #b3261e);
    --_warning: var(--og-color-warning, #8a4b00);
    --_success: var(--og-color-success, #1d6b32);
    --_focus: var(--og-color-focus, #1a5fb4);
    --_font: var(--og-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Tifinagh', sans-serif);
    --_radius: var(--og-radius, 0.5rem);
    --_space: var(--og-space, 1rem);

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--og-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    text-align: start;
    min-inline-size: 0;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  /* Inside a hostile page (CMS resets on *, !important, inline styles set by old scripts): the
     host's own box model and the text properties it would pass on come from here. An
     !important inside the shadow root wins over the page's, even !important ones. Themes go
     through the --og-* tokens. (demo/cms.html) */
  :host {
    box-sizing: border-box !important;
    font-family: var(--_font) !important;
    line-height: 1.5 !important;
    color: var(--_text) !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
    font-style: normal !important;
    font-weight: normal !important;
    list-style: none !important;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.1em;
    line-height: 1.3;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: normal;
    text-transform: none;
  }
  button.og-button,
  a.og-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.4em;
    padding-inline: 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  button.og-button.secondary,
  a.og-button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  button.og-button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    min-block-size: 2.75rem;
    padding-block: 0.4em;
    padding-inline: 0.6em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    max-inline-size: 100%;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  /* After a text a platform machine-translated (core/machine-translation.ts). */
  .og-machine-translation {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding-inline: 0.35em;
    border: 1px solid currentColor;
    border-radius: 0.3em;
    font-size: 0.75em;
    font-weight: normal;
    font-style: normal;
    line-height: 1.4;
    white-space: nowrap;
    vertical-align: 0.1em;
  }
  .notice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) / 2);
    font-size: 0.9em;
  }
  .notice.offline {
    border-inline-start-color: var(--_focus);
  }
  .state-box {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    justify-items: start;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .state-box.error {
    border-inline-start: 6px solid var(--_danger);
  }
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .skeleton .bone {
    block-size: 1.1em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_border);
    /* A pulse of opacity, which the compositor animates, not a moving gradient, which the main
       thread would repaint every frame while the data arrives and is read. */
    animation: og-pulse 1.4s ease-in-out infinite alternate;
  }
  .skeleton .bone.card {
    block-size: 4.5em;
  }
  .skeleton .bone.short {
    inline-size: 40%;
  }
  @keyframes og-pulse {
    to {
      opacity: 0.35;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .skeleton .bone {
      background: CanvasText;
      forced-color-adjust: none;
      opacity: 0.3;
      animation: none;
    }
    button.og-button,
    a.og-button {
      border-color: ButtonText;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    button,
    .no-print {
      display: none !important;
    }
  }
`;
