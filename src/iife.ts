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
import { WIDGET_MODULES } from './widget-modules.js';

interface ConfigModule {
  configure(patch: OpenGovConfig): Readonly<OpenGovConfig>;
  getConfig(): Readonly<OpenGovConfig>;
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

// The configuration module is shared with every widget module (same URL, same instance).
const configModule: Promise<ConfigModule> = import(/* @vite-ignore */ new URL('config.js', base).href).then((module: ConfigModule) => {
  module.configure(pending);
  return module;
});

function load(tag: string): Promise<unknown> | undefined {
  const file = WIDGET_MODULES[tag];
  if (!file || requested.has(tag)) return undefined;
  requested.add(tag);
  return configModule
    .then(() => import(/* @vite-ignore */ new URL(file, base).href))
    .catch((error) => console.error(`[opengov-widgets] could not load ${file} for <${tag}>`, error));
}

function discover(root: ParentNode): void {
  for (const tag of Object.keys(WIDGET_MODULES)) {
    if (!requested.has(tag) && root.querySelector(tag)) load(tag);
  }
}

discover(document);
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) {
        const tag = node.localName;
        if (WIDGET_MODULES[tag]) load(tag);
        discover(node);
      }
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });

/** Sets the page configuration; widgets already on the page follow it. */
export function configure(patch: OpenGovConfig): void {
  pending = { ...pending, ...patch };
  void configModule.then((module) => module.configure(patch));
}

/** Loads every widget module now (e.g. before inserting widgets from a script). */
export function loadAll(): Promise<unknown[]> {
  return Promise.all(Object.keys(WIDGET_MODULES).map((tag) => load(tag) ?? customElements.whenDefined(tag)));
}

export const version = __VERSION__;
