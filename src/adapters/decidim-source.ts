/**
 * What a widget needs to read a Decidim component (`format="decidim"`): its reader, which
 * loads the adapter's own chunk only when called, and the key of its last good copy.
 */
import type { SourceReader } from '../core/data-source.js';

export type DecidimResource = 'commitments' | 'events' | 'outcomes';

export function decidimSource(resource: DecidimResource, endpoint: string, component: string | undefined): { read: SourceReader; cacheKey: string } {
  const id = (component ?? '').trim();
  return {
    cacheKey: `decidim:${resource}:${endpoint}#${id}`,
    read: async (signal, timeoutMs) => {
      const adapter = await import('./decidim/index.js');
      const read = { commitments: adapter.readCommitments, events: adapter.readEvents, outcomes: adapter.readOutcomes }[resource];
      return read(endpoint, id, { signal, timeoutMs });
    },
  };
}
