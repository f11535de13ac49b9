import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { getConfig, onConfigChange } from './config.js';
import { WIDGET_NAMESPACES } from '../widget-modules.js';

/**
 * The UI language. @lit/localize in runtime mode holds one active locale per page, so all
 * widgets of a page speak the same language: the configured one, else the `lang` nearest to
 * the widget (usually `<html lang>`), else the browser's. Translations are fetched only for the
 * locale in use and the widgets on the page (English, the source, needs none).
 */
export type UiLocale = 'en' | 'fr' | 'ar' | 'zgh';
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale as UiLocale, ...(targetLocales as readonly UiLocale[])];

type Templates = Record<string, unknown>;
type Part = () => Promise<{ templates: Templates }>;

/**
 * Translations are split by widget (scripts/split-locales.mjs; each part carries the shared
 * core messages): a page downloads, for its locale, the messages of the widgets it shows.
 */
const PARTS: Record<string, Record<string, Part>> = {
  commitments: {
    fr: () => import('../generated/locales/commitments/fr.js'),
    ar: () => import('../generated/locales/commitments/ar.js'),
    zgh: () => import('../generated/locales/commitments/zgh.js'),
  },
  budget: { fr: () => import('../generated/locales/budget/fr.js'), ar: () => import('../generated/locales/budget/ar.js'), zgh: () => import('../generated/locales/budget/zgh.js') },
  calendar: {
    fr: () => import('../generated/locales/calendar/fr.js'),
    ar: () => import('../generated/locales/calendar/ar.js'),
    zgh: () => import('../generated/locales/calendar/zgh.js'),
  },
  proposals: {
    fr: () => import('../generated/locales/proposals/fr.js'),
    ar: () => import('../generated/locales/proposals/ar.js'),
    zgh: () => import('../generated/locales/proposals/zgh.js'),
  },
  complaints: {
    fr: () => import('../generated/locales/complaints/fr.js'),
    ar: () => import('../generated/locales/complaints/ar.js'),
    zgh: () => import('../generated/locales/complaints/zgh.js'),
  },
  outcomes: {
    fr: () => import('../generated/locales/outcomes/fr.js'),
    ar: () => import('../generated/locales/outcomes/ar.js'),
    zgh: () => import('../generated/locales/outcomes/zgh.js'),
  },
  poll: {
    fr: () => import('../generated/locales/poll/fr.js'),
    ar: () => import('../generated/locales/poll/ar.js'),
    zgh: () => import('../generated/locales/poll/zgh.js'),
  },
};
/** Elements outside the widget library (the data desk) that bring their own translation parts. */
const OTHER_NAMESPACES: Record<string, string> = {};

/** Registers the translation parts of an element that is not a widget (e.g. the desk), before it is defined. */
export function registerMessageParts(tag: string, namespace: string, parts: Record<string, Part>): void {
  OTHER_NAMESPACES[tag] = namespace;
  PARTS[namespace] = parts;
}

const inUse = new Set<string>();
/** One templates object per locale; parts are merged into it as they arrive (lit-localize keeps the reference). */
const merged = new Map<string, Templates>();
const loading = new Map<string, Promise<void>>();

function loadPart(locale: string, namespace: string): Promise<void> {
  const key = `${locale}:${namespace}`;
  let done = loading.get(key);
  if (!done) {
    const part = PARTS[namespace]?.[locale];
    if (!merged.has(locale)) merged.set(locale, {});
    done = part ? part().then((module) => void Object.assign(merged.get(locale)!, module.templates)) : Promise.resolve();
    loading.set(key, done);
  }
  return done;
}

/**
 * The locale last asked of lit-localize. getLocale() still answers the previous one while a
 * locale loads, and a widget module defined meanwhile must fetch its messages for this one.
 */
let requestedLocale: string | undefined;

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => {
    requestedLocale = locale;
    await Promise.all([...inUse].map((namespace) => loadPart(locale, namespace)));
    return { templates: merged.get(locale)! } as Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>;
  },
});

/**
 * Called when an element is defined: its messages join the page's. When the page already
 * shows a translated locale, they are fetched and the widgets re-render.
 */
export function useMessagesOf(tag: string): void {
  const namespace = WIDGET_NAMESPACES[tag] ?? OTHER_NAMESPACES[tag];
  if (!namespace || inUse.has(namespace)) return;
  inUse.add(namespace);
  // While a locale loads, getLocale() is still the previous one (often the source): the
  // messages are needed for the one loading, whose loadLocale() may have listed inUse already.
  const locale = requestedLocale ?? getLocale();
  if (locale === sourceLocale) return;
  void loadPart(locale, namespace).then(() => {
    if (getLocale() === locale) window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: locale } }));
  });
}
export { getLocale };

const ALIASES: Record<string, UiLocale> = { tzm: 'zgh', ber: 'zgh', shi: 'zgh', rif: 'zgh', kab: 'zgh' };

/** Maps any language tag to one of the UI locales (`fr-BE` → `fr`, `tzm` → `zgh`, `de` → `en`). */
export function normalizeLocale(tag: string | undefined | null): UiLocale | undefined {
  if (!tag) return undefined;
  const base = tag.toLowerCase().split(/[-_]/)[0];
  if ((UI_LOCALES as readonly string[]).includes(base)) return base as UiLocale;
  return ALIASES[base];
}

/** The locale a widget should use given its nearest `lang`. */
export function wantedLocale(nearestLang?: string): UiLocale {
  return (
    normalizeLocale(getConfig().locale) ??
    normalizeLocale(nearestLang) ??
    normalizeLocale(typeof navigator !== 'undefined' ? navigator.language : undefined) ??
    'en'
  );
}

export function directionOf(locale: string): 'rtl' | 'ltr' {
  return ['ar', 'he', 'fa', 'ur'].includes(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

/** Switches the page's UI locale when it differs; widgets re-render through @localized(). */
export function applyLocale(locale: UiLocale): Promise<void> {
  return getLocale() === locale ? Promise.resolve() : setLocale(locale);
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` when anything that decides the locale changes: the page config, or a
 * `lang` attribute anywhere in the document (e.g. a site's language switcher).
 */
export function onLocaleInputsChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  const off = onConfigChange(listener);
  return () => {
    listeners.delete(listener);
    off();
  };
}
