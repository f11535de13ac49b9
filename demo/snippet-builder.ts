/**
 * The snippet builder (demo/snippet-builder.html): a webmaster picks a widget, where the data
 * is, the language and the site's colors, sees the widget live and copies the exact HTML to
 * paste. Plain DOM, no framework. The attributes offered per widget are checked against the
 * custom-elements manifest by test/docs/snippet-builder.test.mjs (no drift).
 */

import { writeSnippet } from '../src/snippet.js';

type Field =
  | { attr: string; label: string; kind: 'select'; options: [string, string][]; preview?: string }
  | { attr: string; label: string; kind: 'text' | 'number' | 'month'; placeholder?: string; hint?: string; preview?: string }
  | { attr: string; label: string; kind: 'boolean'; hint?: string };

interface Widget {
  tag: string;
  name: string;
  /** The file the widget reads in the folder, for the `src` example. */
  file: string;
  fields: Field[];
  /** Attributes only the live preview needs (demo data dates), never in the snippet. */
  previewOnly?: Record<string, string>;
  /** The element has no `src` attribute (it reads a folder only). */
  folderOnly?: boolean;
  /**
   * By `format` value: what the live preview reads when no address is given (the demo's mock
   * Decidim, its Fiscal Data Package), never in the snippet.
   */
  platformPreview?: Record<string, { src: string; component?: string; example: string }>;
}

/** What the snippet says for a platform's address until one is typed. */
const DECIDIM_EXAMPLE = 'https://participer.example.org/api';
/** Decidim: the component's number (the test reads each widget's `attr:` lines, so it is written in each). */
const componentHint = (n: string) => `With Decidim: the number after /f/ in the component's address (…/processes/budget-2026/f/${n}/).`;
const decidimOption: [string, string] = ['decidim', "Decidim: the instance's GraphQL API (address ending in /api)"];

// Attribute names: each must exist on the element in custom-elements.json (checked by a test).
const WIDGETS: Widget[] = [
  {
    tag: 'og-commitment-tracker',
    name: 'Commitment tracker',
    file: 'commitments.json',
    fields: [{ attr: 'format', label: 'Source', kind: 'select', options: [['', 'Our JSON file (default)'], decidimOption] }, { attr: 'component', label: 'Decidim component number', kind: 'text', placeholder: '10', hint: componentHint('10') }],
    previewOnly: { today: '2024-01-15' },
    platformPreview: { decidim: { src: '/api/demo/decidim/0.28/api', component: '10', example: DECIDIM_EXAMPLE } },
  },
  {
    tag: 'og-budget-chart',
    name: 'Budget chart',
    file: 'budget.json',
    fields: [
      { attr: 'view', label: 'View shown first', kind: 'select', options: [['', 'Categories (default)'], ['execution', 'Execution'], ['overview', 'Overview'], ['years', 'Year over year']] },
      { attr: 'direction', label: 'Direction', kind: 'select', options: [['', 'Spending (default)'], ['revenue', 'Revenue']] },
      { attr: 'display', label: 'What is shown', kind: 'select', options: [['', 'Chart and table (default)'], ['table', 'Table only (lighter page: the chart library is downloaded only if a visitor asks for the chart)']] },
      { attr: 'year', label: 'Year shown first', kind: 'number', placeholder: 'latest', hint: 'Empty: the latest year in the data.' },
      { attr: 'format', label: 'File format', kind: 'select', options: [['', 'By the file name (default)'], ['csv', 'CSV'], ['json', 'JSON'], ['fdp', 'Fiscal Data Package (OpenSpending): the address of its datapackage.json']] },
      { attr: 'classification', label: 'Fiscal Data Package: classification drawn as the tree', kind: 'text', placeholder: 'functional', hint: 'functional, economic, administrative, or a dimension name of the package.' },
      { attr: 'population', label: 'Inhabitants (for per-inhabitant figures)', kind: 'number', placeholder: 'from the data' },
      { attr: 'currency', label: 'Currency of a CSV file', kind: 'text', placeholder: 'MAD' },
    ],
    platformPreview: { fdp: { src: '/api/demo/fdp/datapackage.json', example: 'https://openspending.example.org/packages/commune-2026/datapackage.json' } },
  },
  {
    tag: 'og-proposal-form',
    name: 'Proposal form',
    file: 'proposals/form.json',
    fields: [
      { attr: 'action', label: 'Where proposals are sent (URL or mailto:address)', kind: 'text', placeholder: '{data folder}/proposals' },
      { attr: 'kiosk', label: 'Kiosk mode (shared device at the town hall: no draft, larger text, resets itself)', kind: 'boolean' },
      { attr: 'idle-reset', label: 'Kiosk: seconds before the form clears itself', kind: 'number', placeholder: '120' },
      { attr: 'min-fill-time', label: 'Minimum seconds to fill the form (spam check)', kind: 'number', placeholder: '3' },
      { attr: 'outcomes-url', label: 'Page showing the outcomes (the receipt links there with its reference)', kind: 'text', placeholder: 'none' },
    ],
  },
  {
    tag: 'og-proposal-outcomes',
    name: 'Proposal outcomes',
    file: 'proposals/outcomes.json',
    fields: [
      { attr: 'tracker-url', label: 'Page showing the commitment tracker (commitment links open there)', kind: 'text', placeholder: 'from the data, else this page' },
      { attr: 'format', label: 'Source', kind: 'select', options: [['', 'Our JSON file (default)'], decidimOption] },
      { attr: 'component', label: 'Decidim component number', kind: 'text', placeholder: '12', hint: componentHint('12') },
    ],
    platformPreview: { decidim: { src: '/api/demo/decidim/0.30/api', component: '12', example: DECIDIM_EXAMPLE } },
  },
  {
    tag: 'og-consultation-calendar',
    name: 'Consultation calendar',
    file: 'events.json',
    fields: [
      { attr: 'view', label: 'View', kind: 'select', options: [['', 'List (default)'], ['month', 'Month']] },
      { attr: 'month', label: 'Month shown first (month view)', kind: 'month', hint: 'Empty: the current month.' },
      { attr: 'format', label: 'File format', kind: 'select', options: [['', 'JSON, or iCalendar for a .ics file (default)'], ['ical', 'iCalendar'], decidimOption] },
      { attr: 'component', label: 'Decidim component number', kind: 'text', placeholder: '11', hint: componentHint('11') },
    ],
    previewOnly: { now: '2026-11-25T12:00:00+00:00' },
    platformPreview: { decidim: { src: '/api/demo/decidim/0.27/api', component: '11', example: DECIDIM_EXAMPLE } },
  },
  {
    tag: 'og-complaint-status',
    name: 'Complaint status',
    file: 'complaints/',
    folderOnly: true,
    fields: [
      { attr: 'format', label: 'Source', kind: 'select', options: [['', 'JSON files or API (default)'], ['open311', 'Open311 server'], ['static', 'Encrypted static files']] },
      { attr: 'pattern', label: 'Reference pattern (regular expression)', kind: 'text', placeholder: '[A-Z]{2}-\\d{4}-\\d{6}', hint: 'A reference that does not match is refused before anything is sent.' },
      { attr: 'example', label: 'Example reference shown under the field', kind: 'text', placeholder: 'SL-2024-000123', preview: 'SL-2024-000123' },
      { attr: 'jurisdiction-id', label: 'Open311 jurisdiction_id', kind: 'text' },
      { attr: 'kind', label: 'Kind of file the page is for', kind: 'select', options: [['', 'Complaint (default)'], ['information-request', 'Information request'], ['application', 'Application (licence, permit, certificate)']] },
      { attr: 'calendar', label: 'Working calendar (weekend, holidays, time limits), relative to the data folder', kind: 'text', placeholder: 'calendar.json', hint: 'Empty: no working-day count; only the dates each file states.' },
      { attr: 'no-remember', label: 'Hide "remember on this device" (shared computers)', kind: 'boolean' },
    ],
  },
  {
    tag: 'og-poll',
    name: 'Poll',
    file: 'polls/000-1.json',
    fields: [
      { attr: 'poll', label: 'Poll id (reads {data folder}/polls/{id}.json)', kind: 'text', placeholder: '000-1', preview: '000-1', hint: 'Needed with a data folder; with a file address (src) leave it empty.' },
      { attr: 'results-only', label: 'Results only (a past poll: never a vote button)', kind: 'boolean' },
      { attr: 'channel', label: 'Channel sent with each vote', kind: 'select', options: [['', 'None (default)'], ['meeting', 'During the meeting'], ['online', 'Online']] },
      { attr: 'refresh', label: 'Seconds between refreshes of the results while open (0: never)', kind: 'number', placeholder: '20' },
      { attr: 'kiosk', label: 'Kiosk mode (several people vote in turn on one tablet)', kind: 'boolean' },
      { attr: 'idle-reset', label: 'Kiosk: seconds before the screen clears itself', kind: 'number', placeholder: '60' },
      { attr: 'min-fill-time', label: 'Minimum seconds before voting (spam check)', kind: 'number', placeholder: '2' },
    ],
  },
];

const TOKENS = [
  { name: '--og-color-primary', label: 'Primary color (buttons, links, bars)', fallback: '#0b6e4f' },
  { name: '--og-color-surface', label: 'Background', fallback: '#ffffff' },
  { name: '--og-color-text', label: 'Text color', fallback: '#1b1f1d' },
] as const;

const FONTS: [string, string][] = [
  ['', 'Default (system font, Noto Sans for Arabic and Tifinagh)'],
  ["Georgia, 'Noto Naskh Arabic', 'Noto Sans Tifinagh', serif", 'Serif (Georgia)'],
  ["Arial, 'Noto Sans Arabic', 'Noto Sans Tifinagh', sans-serif", 'Arial'],
  ["inherit", "The site's own font (inherit)"],
];

const LOCALES: [string, string][] = [
  ['', "The page's language (<html lang>)"],
  ['ar', 'العربية (Arabic, right to left)'],
  ['fr', 'Français'],
  ['zgh', 'ⵜⴰⵎⴰⵣⵉⵖⵜ (Amazigh, Tifinagh)'],
  ['en', 'English'],
];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('builder');
const widgetSelect = $<HTMLSelectElement>('widget');
const specific = $<HTMLFieldSetElement>('specific');
const output = $<HTMLTextAreaElement>('snippet');
const preview = $<HTMLDivElement>('preview');
const copyStatus = $<HTMLParagraphElement>('copy-status');

widgetSelect.replaceChildren(...WIDGETS.map((w) => new Option(`${w.name} — <${w.tag}>`, w.tag)));
$<HTMLSelectElement>('locale').replaceChildren(...LOCALES.map(([value, label]) => new Option(label, value)));
$<HTMLSelectElement>('font').replaceChildren(...FONTS.map(([value, label]) => new Option(label, value)));

const initial = new URLSearchParams(location.search).get('widget');
if (initial && WIDGETS.some((w) => w.tag === initial || w.tag === `og-${initial}`)) widgetSelect.value = initial.startsWith('og-') ? initial : `og-${initial}`;

const current = () => WIDGETS.find((w) => w.tag === widgetSelect.value) ?? WIDGETS[0];

/** The widget-specific fieldset, rebuilt when the widget changes. */
function renderSpecificFields(): void {
  const widget = current();
  const legend = document.createElement('legend');
  legend.textContent = `${widget.name}: its own attributes`;
  const nodes: Node[] = [legend];
  if (!widget.fields.length) {
    const p = document.createElement('p');
    p.className = 'hint';
    p.textContent = 'This widget needs nothing else: everything comes from its data file.';
    nodes.push(p);
  }
  for (const field of widget.fields) {
    const id = `f-${field.attr}`;
    const row = document.createElement('div');
    row.className = field.kind === 'boolean' ? 'row check' : 'row';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = field.label;
    let control: HTMLInputElement | HTMLSelectElement;
    if (field.kind === 'select') {
      control = document.createElement('select');
      control.append(...field.options.map(([value, text]) => new Option(text, value)));
    } else {
      control = document.createElement('input');
      control.type = field.kind === 'boolean' ? 'checkbox' : field.kind;
      if ('placeholder' in field && field.placeholder) control.placeholder = field.placeholder;
      if (field.kind === 'number') control.min = '0';
    }
    control.id = id;
    control.dataset.attr = field.attr;
    const code = document.createElement('code');
    code.textContent = field.attr;
    label.append(' ', code);
    if (field.kind === 'boolean') row.append(control, label);
    else row.append(label, control);
    if ('hint' in field && field.hint) {
      const hint = document.createElement('span');
      hint.className = 'hint';
      hint.id = `${id}-hint`;
      hint.textContent = field.hint;
      control.setAttribute('aria-describedby', hint.id);
      row.append(hint);
    }
    nodes.push(row);
  }
  specific.replaceChildren(...nodes);
  // A folder-only widget (the complaint lookup) has no `src`.
  const srcRadio = form.querySelector<HTMLInputElement>('input[name=mode][value=src]')!;
  srcRadio.disabled = Boolean(widget.folderOnly);
  if (widget.folderOnly) form.querySelector<HTMLInputElement>('input[name=mode][value=api]')!.checked = true;
}

/** Attribute values safe inside double quotes. */
/** A CSS value that cannot close the rule or the <style> element. */
const cssValue = (value: string) => value.replace(/[{}<>;\\]/g, '').trim();

interface Choice {
  widget: Widget;
  script: string;
  mode: 'api' | 'src';
  url: string;
  locale: string;
  theme: string;
  attributes: [string, string | true][];
  tokens: [string, string][];
}

function read(): Choice {
  const widget = current();
  const data = new FormData(form);
  const attributes: [string, string | true][] = [];
  for (const control of specific.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attr]')) {
    const attr = control.dataset.attr!;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (control.checked) attributes.push([attr, true]);
    } else if (control.value.trim()) attributes.push([attr, control.value.trim()]);
  }
  const tokens: [string, string][] = [];
  for (const token of TOKENS) {
    const input = $<HTMLInputElement>(token.name.slice(2));
    if (input.value.toLowerCase() !== token.fallback) tokens.push([token.name, input.value]);
  }
  const radius = String(data.get('radius') ?? '');
  if (radius !== '0.5') tokens.push(['--og-radius', `${Number(radius)}rem`]);
  const font = cssValue(String(data.get('font') ?? ''));
  if (font) tokens.push(['--og-font-family', font]);
  return {
    widget,
    script: String(data.get('script') ?? '').trim() || 'opengov-widgets.iife.js',
    mode: data.get('mode') === 'src' ? 'src' : 'api',
    url: String(data.get('url') ?? '').trim(),
    locale: String(data.get('locale') ?? ''),
    theme: String(data.get('theme') ?? ''),
    attributes,
    tokens,
  };
}

/** The platform (Decidim, a Fiscal Data Package) the chosen `format` reads, if any. */
const platformOf = (choice: Choice) => {
  const format = choice.attributes.find(([name]) => name === 'format')?.[1];
  return typeof format === 'string' ? choice.widget.platformPreview?.[format] : undefined;
};

/**
 * The HTML a webmaster pastes (the desk writes it with the same function). A platform is one
 * address on the element (`src`), never a data folder: until one is typed, an example.
 */
function snippet(choice: Choice): string {
  const platform = platformOf(choice);
  const where = platform ? { mode: 'src' as const, url: choice.url || platform.example } : {};
  return writeSnippet({ ...choice, ...where, tag: choice.widget.tag, file: choice.widget.file });
}

/** The live widget: the same attributes, with the demo data when no URL is given. */
function renderPreview(choice: Choice): void {
  const { widget } = choice;
  const el = document.createElement(widget.tag);
  const platform = choice.url ? undefined : platformOf(choice);
  if (platform) el.setAttribute('src', platform.src);
  else if (choice.mode === 'src') el.setAttribute('src', choice.url || `/api/demo/${widget.file}`);
  else el.setAttribute('api', choice.url || '/api/demo/');
  if (platform?.component && !choice.attributes.some(([name]) => name === 'component')) el.setAttribute('component', platform.component);
  if (choice.theme) el.setAttribute('theme', choice.theme);
  for (const [name, value] of Object.entries(widget.previewOnly ?? {})) el.setAttribute(name, value);
  for (const [name, value] of choice.attributes) el.setAttribute(name, value === true ? '' : value);
  for (const field of widget.fields) if ('preview' in field && field.preview && !el.hasAttribute(field.attr)) el.setAttribute(field.attr, field.preview);
  for (const [name, value] of choice.tokens) el.style.setProperty(name, value);
  // data-locale on the script tag sets the widgets' language; here, the nearest lang does.
  if (choice.locale) {
    preview.lang = choice.locale;
    preview.dir = choice.locale === 'ar' ? 'rtl' : 'ltr';
  } else {
    preview.removeAttribute('lang');
    preview.removeAttribute('dir');
  }
  preview.replaceChildren(el);
}

let previewTimer: number | undefined;
let lastPreview = '';
function update(): void {
  const choice = read();
  output.value = snippet(choice);
  copyStatus.textContent = '';
  // Rebuild the widget only when something it shows changed (not on every keystroke at once).
  const key = JSON.stringify(choice);
  if (key === lastPreview) return;
  lastPreview = key;
  clearTimeout(previewTimer);
  previewTimer = window.setTimeout(() => renderPreview(choice), 300);
}

function updateWidth(): void {
  const width = document.querySelector<HTMLInputElement>('input[name=width]:checked')?.value ?? '';
  preview.style.inlineSize = width ? `${width}px` : '';
}

async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(output.value);
    copyStatus.textContent = 'Copied. Paste it into your page (in WordPress: a "Custom HTML" block).';
  } catch {
    // No clipboard permission (e.g. plain http): select the text so Ctrl+C / ⌘C copies it.
    output.focus();
    output.select();
    copyStatus.textContent = 'Select-all done: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

renderSpecificFields();
widgetSelect.addEventListener('change', () => {
  renderSpecificFields();
  update();
});
// A platform's address goes on the element: choosing one selects "one file (src)".
specific.addEventListener('change', (event) => {
  const control = event.target as HTMLSelectElement;
  if (control.dataset.attr === 'format' && current().platformPreview?.[control.value]) form.querySelector<HTMLInputElement>('input[name=mode][value=src]')!.checked = true;
});
form.addEventListener('input', update);
form.addEventListener('change', update);
$<HTMLFieldSetElement>('widths').addEventListener('change', updateWidth);
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('reset', () =>
  setTimeout(() => {
    renderSpecificFields();
    update();
  }),
);
$<HTMLButtonElement>('copy').addEventListener('click', () => void copy());
updateWidth();
update();
export {};
