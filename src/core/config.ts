/**
 * Page-level configuration shared by every widget: a default data URL (`api`), the UI
 * locale and the time zone. Set it with `data-api` / `data-locale` / `data-time-zone` on the
 * library's script tag, or with `OpenGovWidgets.configure({...})` at any time; widgets already
 * on the page follow a later call.
 */
export interface OpenGovConfig {
  /** Base URL of the data set; each widget appends its own resource path. */
  api?: string;
  /** UI language: `ar`, `fr`, `zgh`, `en` (others fall back to English). */
  locale?: string;
  /** IANA time zone used to show times (default `Africa/Casablanca`). */
  timeZone?: string;
  /** Languages tried, in order, when a text has no version in the page locale. */
  fallbackLocales?: string[];
}

export const DEFAULT_TIME_ZONE = 'Africa/Casablanca';
export const DEFAULT_FALLBACK_LOCALES = ['fr', 'ar', 'en', 'zgh'];

type Listener = () => void;
/**
 * Starts from what the page's loader script (dist/opengov-widgets.iife.js) collected: its
 * `data-*` attributes and any configure() call made before the widget modules arrived. Modules
 * then load in parallel with nothing to wait for.
 */
const loader = (globalThis as { OpenGovWidgets?: { pendingConfig?: () => OpenGovConfig } }).OpenGovWidgets;
let current: OpenGovConfig = typeof loader?.pendingConfig === 'function' ? { ...loader.pendingConfig() } : {};
const listeners = new Set<Listener>();

export function getConfig(): Readonly<OpenGovConfig> {
  return current;
}

/** Merges `patch` into the page configuration and notifies every widget. */
export function configure(patch: OpenGovConfig): Readonly<OpenGovConfig> {
  current = { ...current, ...patch };
  for (const listener of [...listeners]) listener();
  return current;
}

/** Subscribes to configuration changes; returns the unsubscribe function. */
export function onConfigChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resets the configuration (tests and Storybook only). */
export function resetConfig(): void {
  current = {};
  for (const listener of [...listeners]) listener();
}

/**
 * Reads `data-api`, `data-locale` and `data-time-zone` from the script tag that loaded the
 * library. `document.currentScript` is set while a classic script runs; module scripts have
 * none, so they are found by their file name.
 */
export function readScriptConfig(script: HTMLScriptElement | null = findLibraryScript()): OpenGovConfig {
  if (!script) return {};
  const { api, locale, timeZone } = script.dataset;
  const found: OpenGovConfig = {};
  if (api) found.api = api;
  if (locale) found.locale = locale;
  if (timeZone) found.timeZone = timeZone;
  return found;
}

function findLibraryScript(): HTMLScriptElement | null {
  if (typeof document === 'undefined') return null;
  const running = document.currentScript;
  if (running instanceof HTMLScriptElement && (running.dataset.api || running.dataset.locale)) return running;
  return document.querySelector<HTMLScriptElement>('script[src*="opengov-widgets"][data-api], script[src*="opengov-widgets"][data-locale]');
}

/** Resolves a possibly relative URL against the page. */
export function resolveUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

/**
 * The URL a data widget reads: `src` wins, else `api` (attribute, then page default) plus the
 * widget's resource path. Undefined when nothing is configured.
 */
export function resourceUrl(opts: { src?: string | null; api?: string | null; path: string }): string | undefined {
  if (opts.src) return resolveUrl(opts.src);
  const api = opts.api || current.api;
  if (!api) return undefined;
  const base = resolveUrl(api.endsWith('/') ? api : `${api}/`);
  return new URL(opts.path, base).href;
}
