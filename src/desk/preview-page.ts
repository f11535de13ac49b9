/**
 * The preview's own page: the desk loads itself in an iframe (`#preview`), so the widget there
 * has its own language (a page holds one UI language), its own width (the phone view) and
 * nothing of the desk's styles. The desk sends the document with postMessage (no request);
 * a click on an item with an id is sent back, so the form can select it.
 */
import { configure } from '../core/config.js';
import { PREVIEW_BASE, servePreviewFiles, setPreviewFiles } from './preview-files.js';

export interface PreviewMessage {
  type: 'og-desk-preview';
  element?: string;
  document?: unknown;
  lang: string;
  /** The index of the item open in the form (complaint records: the one shown). */
  selected?: number;
}

type PreviewElement = HTMLElement & Record<string, unknown>;

const WIDGET_LOADERS: Record<string, () => Promise<unknown>> = {
  'og-commitment-tracker': () => import('../commitment-tracker/index.js'),
  'og-budget-chart': () => import('../budget-chart/index.js'),
  'og-consultation-calendar': () => import('../consultation-calendar/index.js'),
  'og-proposal-outcomes': () => import('../proposal-outcomes/index.js'),
  'og-proposal-form': () => import('../proposal-form/index.js'),
  'og-complaint-status': () => import('../complaint-status/index.js'),
};

let edition = 0;
let lastSettings: string | undefined;
type Lookup = HTMLElement & { updateComplete: Promise<unknown>; lookup(): Promise<void> };
/**
 * How each element is given the document: the data widgets take it as `data`; the proposal form
 * reads the edited settings as its form.json, the complaint lookup one record in its JSON format
 * (preview-files.ts: both from memory).
 */
const SHOW: Record<string, (el: PreviewElement, document: unknown, selected: number | undefined) => void> = {
  'og-proposal-form': (el, settings) => {
    const text = JSON.stringify(settings ?? {});
    if (text === lastSettings && el.src) return;
    lastSettings = text;
    setPreviewFiles({ 'proposals/form.json': text });
    // A new address for each edit: the form reads its settings again when `src` changes.
    el.src = `${PREVIEW_BASE}proposals/form.json?edit=${++edition}`;
    el.action = `${PREVIEW_BASE}proposals`;
  },
  'og-complaint-status': (el, records, selected) => {
    const list = Array.isArray(records) ? (records as Record<string, unknown>[]) : [];
    const record = list[selected ?? 0] ?? list[0];
    const reference = typeof record?.reference === 'string' ? record.reference.trim() : '';
    // The public JSON format has no secret code.
    const { secret: _secret, ...complaint } = record ?? {};
    setPreviewFiles(reference ? { [`complaints/${encodeURIComponent(reference)}.json`]: JSON.stringify(complaint) } : {});
    Object.assign(el, { format: 'json', api: PREVIEW_BASE, noRemember: true, reference });
    const lookup = el as unknown as Lookup;
    if (reference) void lookup.updateComplete.then(() => lookup.lookup());
  },
};

export function startPreviewPage(): void {
  servePreviewFiles();
  document.body.replaceChildren();
  const main = document.createElement('main');
  document.body.append(main);
  let current: PreviewElement | undefined;
  window.addEventListener('message', async (event: MessageEvent<PreviewMessage>) => {
    if (event.source !== window.parent || event.data?.type !== 'og-desk-preview') return;
    const { element, document: data, lang, selected } = event.data;
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
      current = document.createElement(element) as PreviewElement;
      main.append(current);
    }
    if (SHOW[element]) SHOW[element](current, data, selected);
    else current.data = data;
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
