import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { getConfig, onConfigChange } from './config.js';

/**
 * The UI language. @lit/localize in runtime mode holds one active locale per page, so all
 * widgets of a page speak the same language: the configured one, else the `lang` nearest to
 * the widget (usually `<html lang>`), else the browser's. Each translation is its own module,
 * fetched only when that locale is used (English, the source, needs none).
 */
export type UiLocale = 'en' | 'fr' | 'ar' | 'zgh';
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale as UiLocale, ...(targetLocales as readonly UiLocale[])];

const translations: Record<string, () => Promise<{ templates: Record<string, unknown> }>> = {
  fr: () => import('../generated/locales/fr.js'),
  ar: () => import('../generated/locales/ar.js'),
  zgh: () => import('../generated/locales/zgh.js'),
};
const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => translations[locale]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
});
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
