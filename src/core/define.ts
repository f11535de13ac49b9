import { useMessagesOf } from './localization.js';

/** Registers a custom element once (loading the library twice must not throw), with its translations. */
export function define(tag: string, element: CustomElementConstructor): void {
  useMessagesOf(tag);
  if (!customElements.get(tag)) customElements.define(tag, element);
}
