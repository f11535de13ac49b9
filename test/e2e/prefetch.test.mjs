// The pasted loader starts each data widget's document while the widget's code downloads (one
// round trip less on a slow mobile network), and the widget takes that response instead of
// asking again: the document is requested once, and before the widget's module.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, startServer, waitForStates, webmasterPage } from './harness.mjs';

describe('the loader fetches documents alongside the code', () => {
  let browser;
  let server;
  before(async () => {
    browser = await launchBrowser();
    server = await startServer({
      mounts: { '/dist/': 'dist/', '/data/': 'demo/data/' },
      pages: {
        '/page.html': webmasterPage({
          script: '/dist/opengov-widgets.iife.js',
          api: '/data/',
          body: '<og-commitment-tracker></og-commitment-tracker><og-poll poll="000-1"></og-poll><og-poll src="/data/polls/000-2.json" id="by-src"></og-poll>',
        }),
      },
    });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  it('requests each document once, before its widget module, for the tracker and the poll (by id or by src)', async () => {
    const { page, context, record } = await openPage(browser, `${server.origin}/page.html`);
    try {
      await waitForStates(page, 'og-commitment-tracker, og-poll', ['ready']);
      const paths = record.requests.map((url) => new URL(url).pathname);
      const index = (path) => paths.indexOf(path);
      for (const [doc, module] of [
        ['/data/commitments.json', '/dist/commitment-tracker.js'],
        ['/data/polls/000-1.json', '/dist/poll.js'],
        ['/data/polls/000-2.json', '/dist/poll.js'],
      ]) {
        assert.equal(paths.filter((p) => p === doc).length, 1, `${doc} requested ${paths.filter((p) => p === doc).length} times:\n${paths.join('\n')}`);
        assert.ok(index(doc) >= 0 && index(doc) < index(module), `${doc} was not requested before ${module}:\n${paths.join('\n')}`);
      }
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });
});
