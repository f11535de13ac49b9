/**
 * Files held in the preview frame's memory, for the widgets that read a URL rather than a
 * `data` property: the proposal form's settings (`form.json`) and one complaint in the JSON
 * format (`complaints/{reference}.json`). They live under a base no network knows
 * (`.invalid` is reserved), and the preview frame's own `fetch` answers that base from memory:
 * nothing leaves the device, from file:// as from a site. Other URLs are left to the network
 * (the preview asks for none). A send from the preview (the proposal form's POST) gets a 404:
 * the form says it could not send, and keeps what was typed.
 */
export const PREVIEW_BASE = 'https://desk-preview.invalid/';

const files = new Map<string, string>();

/** Replaces the files the preview serves (paths relative to PREVIEW_BASE). */
export function setPreviewFiles(entries: Record<string, string>): void {
  files.clear();
  for (const [path, text] of Object.entries(entries)) files.set(new URL(path, PREVIEW_BASE).href, text);
}

/** Wraps this frame's fetch once, so that PREVIEW_BASE is served from memory. */
export function servePreviewFiles(): void {
  const network = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (!request.url.startsWith(PREVIEW_BASE)) return network(input, init);
    request.signal.throwIfAborted();
    const url = new URL(request.url);
    url.search = '';
    const text = request.method === 'GET' ? files.get(url.href) : undefined;
    return text === undefined ? new Response('', { status: 404 }) : new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
