/**
 * Texts a platform marked as machine translations (Decidim's `machineTranslated`), listed in a
 * document's optional `machineTranslated` (API.md): each one is shown with a small tag.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MachineTranslated } from './validation.js';

const sets = new WeakMap<MachineTranslated, Map<string, Set<string>>>();

/** Whether `text` in `lang` is listed as a machine translation (looked up in a set kept per document). */
export function isMachineText(listed: MachineTranslated | undefined, text: string, lang: string): boolean {
  if (!listed) return false;
  let byLang = sets.get(listed);
  if (!byLang) {
    byLang = new Map(Object.entries(listed).map(([tag, texts]) => [tag, new Set(texts)]));
    sets.set(listed, byLang);
  }
  return byLang.get(lang)?.has(text) ?? false;
}

/** The tag after a machine-translated text: visible, and read aloud as part of the text. */
export function machineTranslationTag(): TemplateResult {
  return html` <span class="og-machine-translation" part="machine-translation">${msg('machine translation', { id: 'core.machine-translation' })}</span>`;
}
