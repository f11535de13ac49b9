/**
 * decidimSource: what a widget's three source hooks answer for `format="decidim"` (the URL it
 * reads, what else selects its data, its reader and last-good-copy key), and nothing for any
 * other format. The reader runs against the test server's Decidim GraphQL mock.
 */
import { expect } from '@open-wc/testing';
import { decidimSource, type DecidimResource } from '../../src/adapters/decidim-source.js';
import { forgetSchemas } from '../../src/adapters/decidim/index.js';
import { configure, resetConfig } from '../../src/core/config.js';

const resolved = (url: string) => new URL(url, document.baseURI).href;

describe('decidimSource', () => {
  afterEach(() => {
    resetConfig();
    forgetSchemas();
  });

  it('answers nothing for any other format', () => {
    for (const format of [undefined, '', 'json', 'ical', 'Decidim']) {
      expect(decidimSource({ format, src: 'https://decidim.example.org/api', component: '10' }, 'commitments')).to.equal(undefined);
    }
  });

  it('reads the API given in src, else in api, without a resource path', () => {
    expect(decidimSource({ format: 'decidim', src: '/api/demo/decidim/0.30/api', api: 'https://other.example.org/' }, 'events')?.url).to.equal(
      resolved('/api/demo/decidim/0.30/api'),
    );
    expect(decidimSource({ format: 'decidim', api: 'https://decidim.example.org/api' }, 'events')?.url).to.equal('https://decidim.example.org/api');
    expect(decidimSource({ format: 'decidim', src: '', api: 'https://decidim.example.org/api' }, 'events')?.url).to.equal('https://decidim.example.org/api');
  });

  it('falls back to the page’s api, and to no URL when nothing is configured', () => {
    expect(decidimSource({ format: 'decidim' }, 'outcomes')?.url).to.equal(undefined);
    configure({ api: 'https://decidim.example.org/api' });
    expect(decidimSource({ format: 'decidim' }, 'outcomes')?.url).to.equal('https://decidim.example.org/api/');
  });

  it('is told apart by its component (the variant), whose id keys the last good copy trimmed', () => {
    const source = decidimSource({ format: 'decidim', src: 'https://decidim.example.org/api', component: ' 10 ' }, 'commitments')!;
    expect(source.variant).to.equal('decidim: 10 ');
    expect(decidimSource({ format: 'decidim', src: 'https://decidim.example.org/api' }, 'commitments')!.variant).to.equal('decidim:');
    expect(source.adapter('https://decidim.example.org/api').cacheKey).to.equal('decidim:commitments:https://decidim.example.org/api#10');
    expect(decidimSource({ format: 'decidim' }, 'events')!.adapter('https://x.example.org/api').cacheKey).to.equal('decidim:events:https://x.example.org/api#');
  });

  const cases: [DecidimResource, string, string][] = [
    ['commitments', '10', 'commitments'],
    ['events', '11', 'events'],
    ['outcomes', '12', 'proposals'],
  ];
  for (const [resource, component, list] of cases) {
    it(`reads ${resource} from the component at the endpoint it is given`, async () => {
      const endpoint = resolved('/api/demo/decidim/0.30/api');
      const source = decidimSource({ format: 'decidim', src: 'https://unused.example.org/api', component: ` ${component}` }, resource)!;
      const { text } = await source.adapter(endpoint).read(undefined, 10_000);
      const document = JSON.parse(text) as Record<string, unknown[]>;
      expect(document[list]).to.be.an('array').that.is.not.empty;
    });
  }
});
