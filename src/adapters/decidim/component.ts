/** What every mapping takes from the component itself: its space as the plan, its pages' links. */
import { safeUrl } from '../../core/safe-url.js';
import { localized, type TranslationLog } from './translated.js';
import type { ComponentInfo } from './fetch-component.js';

/** The page of one item: `{component url}/{resources}/{id}` (Decidim's routes), for releases without `url` fields. */
export function pageUrl(component: ComponentInfo, resources: string, id: string): string | undefined {
  if (!component.url) return undefined;
  return safeUrl(`${component.url.replace(/\/+$/, '')}/${resources}/${encodeURIComponent(id)}`);
}

export function spaceAsPlan(component: ComponentInfo, log: TranslationLog): Record<string, unknown> | undefined {
  const space = component.participatorySpace;
  const title = localized(space?.name, log) ?? localized(component.name, log);
  if (!title) return undefined;
  return { id: space ? `${space.type ?? 'space'}-${space.id}` : `component-${component.id}`, title, ...(component.url ? { url: component.url } : {}) };
}
