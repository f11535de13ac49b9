import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/commitment-tracker/index.js';
import { query, queryAll, resetPage, stubFetch, waitForState } from '../helpers/data-server.js';

// What the compositor can animate alone: anything else is repainted by the main thread every
// frame, for as long as a slow network keeps the placeholder on screen.
const COMPOSITED = new Set(['opacity', 'transform']);
const KEYFRAME_FIELDS = new Set(['offset', 'computedOffset', 'easing', 'composite']);

describe('core: the loading placeholder', () => {
  afterEach(() => resetPage());

  async function loading() {
    stubFetch({ 'commitments.json': { hang: true } });
    const el = await fixture(html`<og-commitment-tracker src="https://data.example.ma/commitments.json"></og-commitment-tracker>`);
    await waitForState(el, 'loading');
    return el;
  }

  it('animates only what the compositor draws (opacity or transform), never a repainted background', async () => {
    const el = await loading();
    const bones = queryAll(el, '.skeleton .bone');
    expect(bones.length).to.be.greaterThan(1);
    for (const bone of bones) {
      const animations = bone.getAnimations();
      expect(animations, 'the placeholder moves').to.have.length(1);
      for (const keyframe of (animations[0].effect as KeyframeEffect).getKeyframes()) {
        const animated = Object.keys(keyframe).filter((name) => !KEYFRAME_FIELDS.has(name));
        expect(animated.every((name) => COMPOSITED.has(name)), `animated: ${animated.join(', ')}`).to.equal(true);
      }
    }
  });

  it('stands still when the person asks for reduced motion', async function () {
    // The media emulation needs the DevTools protocol, which the Firefox launcher does not speak.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await loading();
      await waitUntil(() => queryAll(el, '.skeleton .bone').length > 0, 'no placeholder');
      for (const bone of queryAll(el, '.skeleton .bone')) expect(bone.getAnimations()).to.have.length(0);
      expect(query(el, '.skeleton').getAttribute('aria-busy')).to.equal('true');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
