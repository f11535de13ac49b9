/**
 * What the XSS suites check on a rendered widget: every shadow root walked, no element and no
 * event-handler attribute from data, every link target a safe protocol, the payloads shown as
 * text, and `window.__xss` never set. Also opens every disclosure so that details are checked
 * too.
 */
import { expect } from '@open-wc/testing';
import { xssFlag } from '../helpers/xss-payloads.js';

/** Elements no widget renders: any of them in a shadow root came from data. */
export const FORBIDDEN_TAGS = [
  'script', 'img', 'svg', 'iframe', 'object', 'embed', 'math', 'style', 'link', 'meta', 'base', 'frame', 'frameset',
  'audio', 'video', 'source', 'picture', 'template', 'noscript', 'applet', 'marquee', 'body', 'html', 'head',
];
/** Attributes holding a URL the browser may follow or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background', 'ping', 'cite'];
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The host, its shadow root and every shadow root nested inside, depth first. */
export function* allElements(root: Element | ShadowRoot | Document): Generator<Element> {
  const stack: (Element | ShadowRoot | Document)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node instanceof Element) yield node;
    if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
    for (const child of [...node.children].reverse()) stack.push(child);
    if (node instanceof HTMLTemplateElement) stack.push(node.content as unknown as ShadowRoot);
  }
}

/** All text inside the host's shadow roots (and slotted light DOM), whitespace collapsed. */
export function shadowText(host: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    // Text of form controls' values and options counts as shown text.
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) parts.push(` ${node.value} `);
    for (const child of node.childNodes) walk(child);
    if (node instanceof Element && /^(P|DIV|LI|TD|TH|DD|DT|H\d|OPTION|BUTTON|SPAN|A)$/.test(node.tagName)) parts.push(' ');
  };
  walk(host);
  return collapse(parts.join(''));
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface InjectionReport {
  forbidden: string[];
  handlers: string[];
  unsafeUrls: string[];
  marked: string[];
  styles: string[];
}

/** Everything suspicious under `host` (its light DOM and all its shadow roots). */
export function findInjections(host: Element): InjectionReport {
  const report: InjectionReport = { forbidden: [], handlers: [], unsafeUrls: [], marked: [], styles: [] };
  for (const el of allElements(host)) {
    const tag = el.localName;
    if (el !== host && FORBIDDEN_TAGS.includes(tag)) report.forbidden.push(`<${tag}>`);
    if (el.hasAttribute('data-xss')) report.marked.push(`<${tag} data-xss>`);
    for (const attr of el.getAttributeNames()) {
      const value = el.getAttribute(attr) ?? '';
      if (attr.startsWith('on')) report.handlers.push(`<${tag} ${attr}="${value.slice(0, 60)}">`);
      if (URL_ATTRIBUTES.includes(attr)) {
        if (value.startsWith('#')) continue;
        let protocol = '';
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          protocol = 'unparsable';
        }
        // blob: links are the widget's own downloads (a CSV or .ics it made).
        if (!SAFE_PROTOCOLS.has(protocol) && !(protocol === 'blob:' && value.startsWith(`blob:${location.origin}/`))) {
          report.unsafeUrls.push(`<${tag} ${attr}="${value.slice(0, 80)}">`);
        }
      }
      if (attr === 'style' && /__xss|expression\s*\(|url\s*\(|javascript:/i.test(value)) report.styles.push(`<${tag} style="${value.slice(0, 80)}">`);
    }
  }
  return report;
}

/** Fails with a readable list when anything from data became markup, a handler or an unsafe link. */
export function expectNoInjection(host: Element, what = ''): void {
  const report = findInjections(host);
  const problems = Object.entries(report).flatMap(([kind, list]) => (list as string[]).map((item) => `${kind}: ${item}`));
  expect(problems, `${what}\n${problems.slice(0, 10).join('\n')}`).to.deep.equal([]);
  expect(xssFlag(), `${what}: window.__xss was set`).to.equal(undefined);
}

/**
 * Lets the handler of an `onerror`/`onload` payload run, were there one: waits until every image
 * under `host` (none, in a safe widget) has fired its load or error event, then for the next
 * frame. No fixed delay: an element made from data is reported by findInjections whatever the
 * timing; this makes `window.__xss` worth checking too.
 */
export async function settle(host?: Element): Promise<void> {
  const images = host ? [...allElements(host)].filter((el): el is HTMLImageElement => el instanceof HTMLImageElement && !el.complete) : [];
  await Promise.all(
    images.map(
      (img) =>
        new Promise((resolve) => {
          img.addEventListener('load', resolve, { once: true });
          img.addEventListener('error', resolve, { once: true });
        }),
    ),
  );
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * Opens every disclosure of a widget: buttons with aria-expanded="false", "show more"
 * buttons and <details>, until nothing is left to open (bounded).
 */
export async function openEverything(host: HTMLElement & { updateComplete?: Promise<unknown> }, extra?: (root: ShadowRoot) => HTMLElement[]): Promise<void> {
  const clicked = new WeakSet<Element>();
  for (let round = 0; round < 40; round++) {
    const root = host.shadowRoot!;
    for (const details of root.querySelectorAll('details:not([open])')) (details as HTMLDetailsElement).open = true;
    const targets = [
      ...root.querySelectorAll<HTMLElement>('button[aria-expanded="false"], button.more'),
      ...(extra ? extra(root) : []),
    ].filter((b) => !clicked.has(b) || b.classList.contains('more'));
    if (!targets.length) break;
    for (const button of targets) {
      clicked.add(button);
      button.click();
    }
    await host.updateComplete;
  }
  await host.updateComplete;
}

/** Error events and unhandled rejections that reach the window while `run` works. */
export async function catchingPageErrors<T>(run: () => Promise<T>): Promise<{ result: T; errors: string[] }> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const result = await run();
    await settle();
    return { result, errors };
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}
