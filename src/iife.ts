/**
 * The classic script a webmaster pastes:
 *
 *   <script src="https://…/opengov-widgets.iife.js" data-api="https://commune.example.ma/opengov/"></script>
 *
 * It is a small loader, not the library: it exposes `window.OpenGovWidgets`, watches the page
 * for `og-*` elements and, the first time one appears, imports that widget's ES module from
 * beside itself (same folder, any origin that sends CORS headers). A page pays only for the
 * widgets it shows; heavy parts (chart.js, ical.js, CSV, crypto fallbacks) stay lazy inside them.
 */
import type { OpenGovConfig } from './core/config.js';
import { WIDGET_MODULES, WIDGET_NAMESPACES, WIDGET_RESOURCES } from './widget-modules.js';

interface ConfigModule {
  configure(patch: OpenGovConfig): Readonly<OpenGovConfig>;
}

const script = document.currentScript as HTMLScriptElement | null;
const base = new URL('.', script?.src || document.baseURI);
const requested = new Set<string>();
let pending: OpenGovConfig = {};
if (script) {
  const { api, locale, timeZone } = script.dataset;
  if (api) pending.api = api;
  if (locale) pending.locale = locale;
  if (timeZone) pending.timeZone = timeZone;
}

/** The configuration so far; the core's config module starts from it (src/core/config.ts). */
export function pendingConfig(): OpenGovConfig {
  return pending;
}

// The configuration module, shared with every widget module (same URL, same instance): needed
// only to forward configure() calls made once widgets are running.
let configModule: Promise<ConfigModule> | undefined;
const loadConfigModule = () => (configModule ??= import(/* @vite-ignore */ new URL('config.js', base).href) as Promise<ConfigModule>);

/**
 * Responses fetched by the loader before the widget modules arrived, taken (once) by the
 * widgets' own loader (src/core/loader.ts): code and data travel in parallel, which saves
 * whole round trips on slow mobile networks. Internal.
 */
export const prefetched = new Map<string, Promise<Response>>();

const importFile = (file: string) => import(/* @vite-ignore */ new URL(file, base).href);

// The page's translations, fetched alongside the code (English is built in).
const pageLang = (pending.locale ?? document.documentElement.lang ?? '').toLowerCase().split('-')[0];
const pageLocale = pageLang === 'tzm' ? 'zgh' : pageLang;

function load(tag: string): Promise<unknown> | undefined {
  const file = WIDGET_MODULES[tag];
  if (!file || requested.has(tag)) return undefined;
  requested.add(tag);
  // Every chunk the module needs, at once, instead of one round trip per import level.
  for (const chunk of __PRELOADS__.chunks[file] ?? []) importFile(chunk).catch(() => {});
  const translations = __PRELOADS__.locales[`${WIDGET_NAMESPACES[tag]}/${pageLocale}`];
  if (translations) importFile(translations).catch(() => {});
  return importFile(file).catch((error) => console.error(`[opengov-widgets] could not load ${file} for <${tag}>`, error));
}

/** Starts fetching a data widget's document (the same URL and options the widget will use). */
function prefetch(el: Element): void {
  const entry = WIDGET_RESOURCES[el.localName];
  if (!entry || el.hasAttribute('kiosk')) return;
  const resource = typeof entry === 'function' ? entry(el) : entry;
  const src = el.getAttribute('src');
  const api = el.getAttribute('api') ?? pending.api;
  let url: string;
  try {
    url = src ? new URL(src, document.baseURI).href : api && resource ? new URL(resource, new URL(api.endsWith('/') ? api : `${api}/`, document.baseURI)).href : '';
  } catch {
    return;
  }
  if (url && !prefetched.has(url)) {
    const response = fetch(url, { credentials: 'omit' });
    response.catch(() => {});
    prefetched.set(url, response);
  }
}

function discover(root: ParentNode): void {
  for (const tag of Object.keys(WIDGET_MODULES)) {
    if (requested.has(tag)) continue;
    const found = root.querySelectorAll(tag);
    if (found.length) {
      found.forEach(prefetch);
      load(tag);
    }
  }
}

discover(document);
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) {
        if (WIDGET_MODULES[node.localName] && !requested.has(node.localName)) {
          prefetch(node);
          load(node.localName);
        }
        discover(node);
      }
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });

/** Sets the page configuration; widgets already on the page follow it. */
export function configure(patch: OpenGovConfig): void {
  pending = { ...pending, ...patch };
  if (requested.size) void loadConfigModule().then((module) => module.configure(patch));
}

/** Loads every widget module now (e.g. before inserting widgets from a script). */
export function loadAll(): Promise<unknown[]> {
  return Promise.all(Object.keys(WIDGET_MODULES).map((tag) => load(tag) ?? customElements.whenDefined(tag)));
}

export const version = __VERSION__;
