import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export interface SpamCheckHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Seconds a person needs at least between the form appearing and sending. */
  minFillTime: number;
}

/**
 * The spam checks of a form that anyone can send: a honeypot field people never see (hidden by
 * clipping, like every visually hidden text) and a minimum time between the form appearing and
 * sending. Tripped, nothing is sent and the host shows a neutral "check and send again": a
 * person who was simply quick is not accused, a robot learns nothing.
 */
export class SpamCheck implements ReactiveController {
  /** When the person started (ms since epoch): the minimum time counts from it. */
  startedAt = Date.now();

  constructor(private readonly host: SpamCheckHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new item starts now (after a success, a discard, a kiosk reset). */
  restart(): void {
    this.startedAt = Date.now();
    const trap = this.trap();
    if (trap) trap.value = '';
  }

  /** Continues an item started earlier (a restored draft). */
  resumeFrom(startedAt: number | undefined): void {
    if (startedAt) this.startedAt = Math.min(this.startedAt, startedAt);
  }

  /** True when the honeypot was filled or the person sends sooner than the minimum time. */
  tripped(now = Date.now()): boolean {
    const filled = (this.trap()?.value ?? '').trim() !== '';
    return filled || now - this.startedAt < this.host.minFillTime * 1000;
  }

  /** The honeypot, to put inside the form. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" aria-hidden="true">
      <label>Website <input name="website" type="text" tabindex="-1" autocomplete="off" /></label>
    </div>`;
  }

  private trap(): HTMLInputElement | null | undefined {
    return this.host.renderRoot?.querySelector<HTMLInputElement>('input[name=website]');
  }
}
