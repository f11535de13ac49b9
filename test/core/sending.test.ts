import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { LitElement } from 'lit';
import { SendController, postJson } from '../../src/core/send-controller.js';
import { KioskController } from '../../src/core/kiosk.js';
import { SpamCheck } from '../../src/core/spam-check.js';
import { RefreshController } from '../../src/core/refresh.js';
import { DeviceCopy } from '../../src/core/device-copy.js';
import { resetPage, stubFetch } from '../helpers/data-server.js';

/** A bare host for the controllers, as a widget would be. */
class ControllerHost extends LitElement {
  kiosk = false;
  idleReset = 1;
  minFillTime = 0;
  resets = 0;
  ready = 0;
  sender = new SendController(this, { autoRetries: 2, backoffMs: 10, onRetryReady: () => this.ready++ });
  spam = new SpamCheck(this);
  kioskTimer = new KioskController(this, () => this.resets++);
  override render() {
    return html`<form>${this.spam.render()}<input name="answer" /></form>`;
  }
}
customElements.define('og-test-controller-host', ControllerHost);

const URL_ = 'https://api.example.ma/things';
const keysOf = (requests: { init?: RequestInit }[]) => requests.map((r) => (r.init?.headers as Record<string, string>)['idempotency-key']);
const post = (host: ControllerHost) => host.sender.send((key, signal) => postJson(URL_, { a: 1 }, key, { signal }));

describe('core: sending and its companions (SendController, SpamCheck, KioskController, RefreshController, DeviceCopy)', () => {
  afterEach(resetPage);

  it('keeps one Idempotency-Key across automatic retries against a server that fails then succeeds, and a new one afterwards', async () => {
    const requests = stubFetch({ things: [{ status: 503, body: {} }, { networkError: true }, { status: 201, body: { ok: 1 } }] });
    const host = await fixture<ControllerHost>(html`<og-test-controller-host></og-test-controller-host>`);
    const result = await post(host);
    expect(result.sent).to.equal(true);
    const keys = keysOf(requests);
    expect(keys).to.have.length(3);
    expect(new Set(keys).size).to.equal(1);
    expect(host.sender.idempotencyKey, 'dropped after success').to.equal(undefined);
    stubFetch({ things: { status: 201, body: {} } });
    const next = stubFetch({ things: { status: 201, body: {} } });
    await post(host);
    expect(keysOf(next)[0]).to.not.equal(keys[0]);
  });

  it('gives up after its retries, keeps the key for the person’s own retry, and sends it again unchanged', async () => {
    const requests = stubFetch({ things: [{ status: 500, body: {} }, { status: 500, body: {} }, { status: 500, body: {} }, { status: 201, body: {} }] });
    const host = await fixture<ControllerHost>(html`<og-test-controller-host></og-test-controller-host>`);
    const first = await post(host);
    expect(first.sent).to.equal(false);
    expect(host.sender.failure?.reason).to.equal('server');
    expect(host.sender.sending).to.equal(false);
    const kept = host.sender.idempotencyKey;
    expect(kept).to.be.a('string');
    const second = await post(host);
    expect(second.sent).to.equal(true);
    expect(new Set(keysOf(requests))).to.deep.equal(new Set([kept]));
  });

  it('honours a long Retry-After: no automatic retry, blocked until it runs out, then says so', async () => {
    const requests = stubFetch({ things: { status: 429, body: {}, headers: { 'retry-after': '1' } } });
    const host = new ControllerHost();
    (host as unknown as { sender: SendController }).sender = new SendController(host, { autoRetries: 0, onRetryReady: () => host.ready++ });
    document.body.append(host);
    const result = await post(host);
    expect(result.sent).to.equal(false);
    expect(requests).to.have.length(1);
    expect(host.sender.failure?.waitSeconds).to.equal(1);
    expect(host.sender.blocked).to.equal(true);
    await waitUntil(() => host.ready === 1 && !host.sender.blocked, 'Retry-After ran out');
    host.remove();
  });

  it('aborts an attempt in flight when the host leaves the page, and reset() starts a new item', async () => {
    const requests = stubFetch({ things: { hang: true } });
    const host = await fixture<ControllerHost>(html`<og-test-controller-host></og-test-controller-host>`);
    const pending = post(host);
    await waitUntil(() => requests.length === 1);
    const key = host.sender.idempotencyKey;
    host.remove();
    expect(await pending).to.deep.equal({ sent: false, aborted: true });
    expect(requests[0].signal!.aborted).to.equal(true);
    expect(host.sender.sending).to.equal(false);
    expect(host.sender.idempotencyKey, 'kept for the next attempt').to.equal(key);
    host.sender.reset();
    expect(host.sender.idempotencyKey).to.equal(undefined);
  });

  it('trips the spam check on the honeypot or on sending too fast; the honeypot is clipped, not moved off-screen', async () => {
    const host = await fixture<ControllerHost>(html`<og-test-controller-host></og-test-controller-host>`);
    expect(host.spam.tripped()).to.equal(false);
    const trap = host.shadowRoot!.querySelector<HTMLInputElement>('input[name=website]')!;
    expect(trap.tabIndex).to.equal(-1);
    const box = trap.closest('div')!;
    expect(box.classList.contains('visually-hidden')).to.equal(true);
    expect(box.getAttribute('aria-hidden')).to.equal('true');
    trap.value = 'http://spam.example';
    expect(host.spam.tripped()).to.equal(true);
    host.spam.restart();
    expect(trap.value).to.equal('');
    host.minFillTime = 60;
    expect(host.spam.tripped()).to.equal(true);
    expect(host.spam.tripped(Date.now() + 61_000)).to.equal(false);
    host.spam.resumeFrom(Date.now() - 120_000);
    expect(host.spam.tripped()).to.equal(false);
  });

  it('resets a kiosk after its idle time, and never when kiosk is off', async () => {
    const host = await fixture<ControllerHost>(html`<og-test-controller-host></og-test-controller-host>`);
    host.dispatchEvent(new Event('keydown'));
    host.kioskTimer.arm();
    host.kiosk = true;
    host.dispatchEvent(new Event('pointerdown'));
    await waitUntil(() => host.resets === 1, 'kiosk reset');
    host.kiosk = false;
    host.kioskTimer.arm();
    host.remove();
    expect(host.resets).to.equal(1);
  });

  it('refreshes on an interval, backs off after failures, and pauses while the tab is hidden', async () => {
    const host = await fixture<ControllerHost>(html`<og-test-controller-host></og-test-controller-host>`);
    const calls: number[] = [];
    let ok = false;
    const refresh = new RefreshController(host, async () => (calls.push(performance.now()), ok), { intervalMs: () => 50, maxBackoffMs: 400 });
    refresh.hostConnected();
    refresh.start();
    await waitUntil(() => calls.length >= 3, 'three refreshes');
    const gaps = calls.slice(1).map((t, i) => t - calls[i]);
    expect(gaps[1], 'the wait doubles after a failure').to.be.greaterThan(gaps[0] * 1.3);
    ok = true;
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      const seen = calls.length;
      // Hidden: the next due refresh is skipped (at most one was already in flight).
      await waitUntil(() => (refresh as unknown as { missed: boolean }).missed, 'a refresh missed while hidden');
      const whileHidden = calls.length;
      expect(whileHidden - seen).to.be.at.most(1);
      Object.defineProperty(document, 'visibilityState', visibility);
      delete (document as unknown as Record<string, unknown>).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => calls.length > whileHidden, 'refreshed when visible again');
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      refresh.stop();
    }
  });

  it('keeps records on the device, reads back only what its reader accepts, and survives blocked storage', () => {
    const copy = new DeviceCopy<{ n: number }>('og-test:', (raw) => (raw && typeof (raw as { n: unknown }).n === 'number' ? { n: (raw as { n: number }).n } : undefined));
    expect(copy.set('a', { n: 1 })).to.equal(true);
    expect(copy.get('a')).to.deep.equal({ n: 1 });
    localStorage.setItem('og-test:b', '{"n":"not a number"}');
    expect(copy.get('b')).to.equal(undefined);
    localStorage.setItem('og-test:c', '{broken');
    expect(copy.get('c')).to.equal(undefined);
    copy.clear('a');
    copy.clear('b');
    localStorage.removeItem('og-test:c');
    expect(copy.get('a')).to.equal(undefined);
  });
});
