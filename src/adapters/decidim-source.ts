/**
 * What a widget with `format="decidim"` reads: a Decidim instance's API and one of its
 * components, through a reader that loads the adapter's own chunk only when called.
 */
import { resourceUrl } from '../core/config.js';
import type { SourceReader } from '../core/data-source.js';

export type DecidimResource = 'commitments' | 'events' | 'outcomes';

/** What of a widget's attributes its Decidim mode reads. */
export interface DecidimHost {
  readonly format?: string;
  readonly component?: string;
  readonly src?: string;
  readonly api?: string;
}

/** A Decidim widget's answers to OgDataElement's sourceUrl(), sourceVariant() and sourceAdapter(url). */
export interface DecidimSource {
  /**
   * The instance's API: `src`, else `api` (else the page's), without the widget's resource path.
   * Undefined only when none is set, as the widget's own URL then is: `?.url ?? super.sourceUrl()`.
   */
  url: string | undefined;
  /** The component: another one reloads. */
  variant: string;
  /** The reader of `resource` from the component at `endpoint` (the URL above), and the key of its last good copy. */
  adapter(endpoint: string): { read: SourceReader; cacheKey: string };
}

/**
 * The source of a widget that reads `resource` from a Decidim component when its `format` is
 * `"decidim"`; undefined for any other format (OgDataElement's own hooks apply).
 */
export function decidimSource(host: DecidimHost, resource: DecidimResource): DecidimSource | undefined {
  if (host.format !== 'decidim') return undefined;
  const id = (host.component ?? '').trim();
  return {
    url: resourceUrl({ src: host.src || host.api, path: '' }),
    variant: `decidim:${host.component ?? ''}`,
    adapter: (endpoint) => ({
      cacheKey: `decidim:${resource}:${endpoint}#${id}`,
      read: async (signal, timeoutMs) => {
        const adapter = await import('./decidim/index.js');
        const read = { commitments: adapter.readCommitments, events: adapter.readEvents, outcomes: adapter.readOutcomes }[resource];
        return read(endpoint, id, { signal, timeoutMs });
      },
    }),
  };
}
