import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus to an element of the next render (a failure message, a receipt's heading), and
 * scrolls it into view. Asking for focus also asks for a render: the state that draws the
 * target may have been set by a controller whose own render already ran (a SendController
 * resolves after rendering its failure), and focus must not wait for an unrelated update.
 */
export class FocusAfterRender implements ReactiveController {
  private selector?: string;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Focus `selector` once it is drawn (the latest request wins). */
  request(selector: string): void {
    this.selector = selector;
    this.host.requestUpdate();
  }

  /** Forget a request not yet carried out. */
  cancel(): void {
    this.selector = undefined;
  }

  hostUpdated(): void {
    if (!this.selector) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.selector);
    if (!target) return;
    this.selector = undefined;
    target.focus();
    target.scrollIntoView?.({ block: 'nearest' });
  }
}
