/** The XSS checks themselves can fail: markup put into a shadow root on purpose is caught. */
import { expect } from '@open-wc/testing';
import { resetXssFlag, TEXT_PAYLOADS, URL_PAYLOADS, xssFlag } from '../helpers/xss-payloads.js';
import { findInjections, settle, shadowText } from './inspect.js';

function hostWith(markup: string): HTMLElement {
  const host = document.createElement('div');
  const inner = document.createElement('span');
  host.attachShadow({ mode: 'open' }).append(inner);
  // A nested shadow root, as in a widget that holds another element.
  inner.attachShadow({ mode: 'open' }).innerHTML = markup;
  document.body.append(host);
  return host;
}

describe('XSS checks (self-test)', function () {
  this.timeout(60_000);
  beforeEach(resetXssFlag);
  afterEach(resetXssFlag);

  it('sees elements, handlers and the flag when a payload is rendered as HTML', async () => {
    const host = hostWith(TEXT_PAYLOADS[1]);
    await settle(host); // until the image's error event, whose handler sets the flag
    const report = findInjections(host);
    expect(report.forbidden).to.deep.equal(['<img>']);
    expect(report.marked).to.have.length(1);
    expect(report.handlers[0]).to.match(/^<img onerror=/);
    expect(xssFlag()).to.equal(1);
    host.remove();
  });

  it('sees every dangerous link target, however it is written', () => {
    const dangerous = URL_PAYLOADS.filter((p) => {
      const protocol = new URL(p.trim(), document.baseURI).protocol;
      return !['http:', 'https:'].includes(protocol);
    });
    expect(dangerous.length).to.be.greaterThan(8);
    for (const payload of dangerous) {
      const host = hostWith('<a>x</a>');
      host.shadowRoot!.querySelector('span')!.shadowRoot!.querySelector('a')!.setAttribute('href', payload);
      expect(findInjections(host).unsafeUrls, payload).to.have.length(1);
      host.remove();
    }
  });

  it('accepts safe links, in-page anchors and text that only looks like markup', () => {
    const host = hostWith('<a href="https://example.org">a</a><a href="mailto:x@example.org">b</a><a href="#top">c</a><p>&lt;script&gt;</p>');
    const report = findInjections(host);
    expect(Object.values(report).flat()).to.deep.equal([]);
    expect(shadowText(host)).to.contain('<script>');
    host.remove();
  });
});
