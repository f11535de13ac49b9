/**
 * Layout checks for a widget inside its host page: the page must not scroll sideways because of
 * it, and nothing of the widget may be laid out outside its own box, except in the top layer
 * (popovers, modal dialogs), which a widget shows there on purpose.
 */

/** Sub-pixel rounding of borders and fonts, never a real overflow. */
const TOLERANCE = 1;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const boxOf = (rect: DOMRect): Box => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });

const intersect = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});

/** Nothing left once cut (a zero-width box on the edge is still there). */
const isClippedAway = (box: Box) => box.right < box.left || box.bottom < box.top;

/** True when the page's root scrolls horizontally. */
export function pageScrollsSideways(doc: Document = document): boolean {
  const root = doc.documentElement;
  return root.scrollWidth > root.clientWidth;
}

/** Whether an element is shown in the top layer (popover, modal dialog): meant to leave the box. */
function inTopLayer(el: Element): boolean {
  for (const selector of [':popover-open', ':modal']) {
    try {
      if (el.matches(selector)) return true;
    } catch {
      // A browser without this pseudo-class has no such element either.
    }
  }
  return false;
}

/**
 * An element's own box clips what it contains: overflow other than visible, or paint containment
 * (`contain: paint|content|strict`, and `content-visibility: auto|hidden`, whose skipped content
 * a browser may still lay out, at its real size, inside a placeholder box).
 */
function clipsContent(style: CSSStyleDeclaration): boolean {
  if (style.overflowX !== 'visible' || style.overflowY !== 'visible') return true;
  if (/\b(paint|content|strict)\b/.test(style.contain)) return true;
  const contentVisibility = (style as CSSStyleDeclaration & { contentVisibility?: string }).contentVisibility;
  return contentVisibility === 'auto' || contentVisibility === 'hidden';
}

function describe(node: Node): string {
  const el = node instanceof Element ? node : node.parentElement;
  if (!el) return '?';
  const classes = [...el.classList].slice(0, 3).map((c) => `.${c}`).join('');
  const part = el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : '';
  const text = (node instanceof Element ? '' : ` "${(node.textContent ?? '').trim().slice(0, 30)}"`) || '';
  return `${el.localName}${classes}${part}${text}`;
}

function outside(box: Box, host: Box, inlineOnly: boolean): string | undefined {
  const sides: string[] = [];
  if (box.left < host.left - TOLERANCE) sides.push(`${Math.round(host.left - box.left)}px left`);
  if (box.right > host.right + TOLERANCE) sides.push(`${Math.round(box.right - host.right)}px right`);
  if (inlineOnly) return sides.length ? sides.join(', ') : undefined;
  if (box.top < host.top - TOLERANCE) sides.push(`${Math.round(host.top - box.top)}px above`);
  if (box.bottom > host.bottom + TOLERANCE) sides.push(`${Math.round(box.bottom - host.bottom)}px below`);
  return sides.length ? sides.join(', ') : undefined;
}

/**
 * What of `host` (its shadow tree and light children, elements and text) lies outside the host's
 * border box, once cut by the boxes of the ancestors that clip their content (overflow: hidden,
 * auto, scroll, clip). A clip-path does not count as hiding: the box still widens the page.
 * Returns one line per offending node; empty when everything is inside.
 */
export function drawnOutside(host: HTMLElement): string[] {
  const hostBox = boxOf(host.getBoundingClientRect());
  const found: string[] = [];
  const check = (node: Node, box: Box, clip: Box, inlineOnly: boolean) => {
    if (box.right === box.left && box.bottom === box.top) return; // no box at all
    const visible = intersect(box, clip);
    if (isClippedAway(visible)) return;
    const where = outside(visible, hostBox, inlineOnly);
    if (where) found.push(`${describe(node)} is ${where} of the widget`);
  };
  const walk = (parent: Node, clip: Box) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!child.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(child);
        for (const rect of range.getClientRects()) check(child, boxOf(rect), clip, true);
        continue;
      }
      if (!(child instanceof Element) || child.localName === 'style' || child.localName === 'script') continue;
      if (inTopLayer(child)) continue;
      const style = getComputedStyle(child);
      if (style.display === 'none') continue;
      const rects = child.getClientRects();
      // The box of text and of an inline element is its font's content area, which overhangs a
      // line box set tighter than the font (line-height 1.25 on a heading) above and below, by
      // design and harmlessly (Firefox reports it, Chromium does not): there, only the inline
      // sides count.
      for (const rect of rects) check(child, boxOf(rect), clip, style.display === 'inline');
      const inner = rects.length && clipsContent(style) ? intersect(clip, boxOf(child.getBoundingClientRect())) : clip;
      // A <slot> shows the host's light children: they are walked from the host below.
      if (child.shadowRoot) walk(child.shadowRoot, inner);
      walk(child, inner);
    }
  };
  const whole: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  if (host.shadowRoot) walk(host.shadowRoot, whole);
  walk(host, whole);
  return found;
}
