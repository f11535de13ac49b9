/**
 * The preview's own page: the desk loads itself in an iframe (`#preview`), so the widget there
 * has its own language (a page holds one UI language), its own width (the phone view) and
 * nothing of the desk's styles. The desk sends the document with postMessage (no request);
 * a click on an item with an id is sent back, so the form can select it.
 */
import { configure } from '../core/config.js';

export interface PreviewMessage {
  type: 'og-desk-preview';
  element?: string;
  document?: unknown;
  lang: string;
}

const WIDGET_LOADERS: Record<string, () => Promise<unknown>> = {
  'og-commitment-tracker': () => import('../commitment-tracker/index.js'),
  'og-budget-chart': () => import('../budget-chart/index.js'),
  'og-consultation-calendar': () => import('../consultation-calendar/index.js'),
  'og-proposal-outcomes': () => import('../proposal-outcomes/index.js'),
};

export function startPreviewPage(): void {
  document.body.replaceChildren();
  const main = document.createElement('main');
  document.body.append(main);
  let current: (HTMLElement & { data?: unknown }) | undefined;
  window.addEventListener('message', async (event: MessageEvent<PreviewMessage>) => {
    if (event.source !== window.parent || event.data?.type !== 'og-desk-preview') return;
    const { element, document: data, lang } = event.data;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    configure({ locale: lang });
    if (!element || !WIDGET_LOADERS[element]) {
      current?.remove();
      current = undefined;
      return;
    }
    await WIDGET_LOADERS[element]();
    if (current?.localName !== element) {
      current?.remove();
      current = document.createElement(element);
      main.append(current);
    }
    current.data = data;
  });
  // A click inside the widget: what identifies the items clicked through (data-*-id values, element ids)
  // goes to the desk, which selects the item whose id it names.
  document.addEventListener('click', (event) => {
    const names: string[] = [];
    for (const node of event.composedPath()) {
      if (!(node instanceof HTMLElement) || node === current) continue;
      for (const [key, value] of Object.entries(node.dataset)) if (/id$/i.test(key) && value) names.push(value);
      if (node.id) names.push(node.id);
    }
    if (names.length) window.parent.postMessage({ type: 'og-desk-select', names }, '*');
  });
  window.parent.postMessage({ type: 'og-desk-preview-ready' }, '*');
}
