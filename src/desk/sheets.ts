/**
 * The desk's side of the spreadsheet import and of the complaint publishing (both built in
 * import/ and publish/, loaded only when used): where imported items go in the document, and
 * the complaint records' secret codes (generated, warned) and zip.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getAt, setAt } from './document.js';
import type { DeskResource } from './resources.js';
import { downloadBlob } from './out.js';
import { DEFAULT_TIME_ZONE } from '../core/config.js';
import { parseCalendar, type WorkCalendar } from '../core/working-days.js';
import type { DeskDocument } from './session.js';
import type { Notice } from './desk-context.js';

type ImportModule = typeof import('./import/index.js');
type PublishModule = typeof import('./publish/index.js');

let publishModule: PublishModule | undefined;
/** Loads the publishing module (crypto, zip) the first time complaint records are shown. */
export async function loadPublish(): Promise<PublishModule> {
  return (publishModule ??= await import('./publish/index.js'));
}

export async function loadImport(): Promise<ImportModule> {
  return import('./import/index.js');
}

/** The document with imported items merged into, or replacing, its list. */
export async function applyImport(resource: DeskResource, document: unknown, detail: { items: unknown[]; mode: 'merge' | 'replace' }): Promise<unknown> {
  const listPath = resource.lists[0];
  const existing = (getAt(document, listPath) as unknown[] | undefined) ?? [];
  const { mergeImported } = await loadImport();
  const items = detail.mode === 'replace' ? detail.items : mergeImported(resource.name as Parameters<typeof mergeImported>[0], existing, detail.items);
  return setAt(document, listPath, items);
}

interface RecordLike {
  reference?: unknown;
  secret?: unknown;
}

/** Records without a secret code get a generated one (8+ characters without look-alikes). */
export async function withGeneratedSecrets(records: unknown): Promise<{ records: unknown[]; count: number }> {
  const { generateSecret } = await loadPublish();
  let count = 0;
  const list = (Array.isArray(records) ? records : []).map((record: RecordLike) => {
    if (typeof record?.secret === 'string' && record.secret.trim()) return record;
    count++;
    return { ...record, secret: generateSecret() };
  });
  return { records: list, count };
}

/** The weak-code warnings of the records, by reference (needs loadPublish() done). */
export function secretWarnings(records: unknown): { reference: string; warning: string }[] {
  if (!publishModule || !Array.isArray(records)) return [];
  const out: { reference: string; warning: string }[] = [];
  records.forEach((record: RecordLike, index) => {
    if (typeof record?.secret !== 'string' || !record.secret) return;
    const warning = publishModule!.secretWarning(record.secret);
    if (warning) out.push({ reference: typeof record.reference === 'string' && record.reference ? record.reference : `#${index + 1}`, warning });
  });
  return out;
}

/**
 * Encrypts the records in the page and downloads the static folder as a zip. With the commune's
 * calendar (a calendar.json open in the desk), missing due dates are computed from its rules, as
 * `complaints publish --calendar` does. Returns a problem to show, or how many due dates were computed.
 */
export async function publishZip(records: unknown, calendar?: WorkCalendar, timeZone?: string): Promise<{ problem?: string; computed: number }> {
  const publish = await loadPublish();
  const list = Array.isArray(records) ? records : [];
  try {
    // Due dates computed once: the dated records are published, and their count is said.
    const { records: dated, computed } = publish.withRuleDueDates(list, calendar, timeZone ?? DEFAULT_TIME_ZONE);
    downloadBlob('complaints-static.zip', await publish.publishComplaintsZip(dated));
    return { computed: computed.length };
  } catch (error) {
    if (error instanceof publish.PublishError) return { problem: error.localizedMessage, computed: 0 };
    throw error;
  }
}

/**
 * Publishes the complaint records (publishZip), with the commune's calendar when one is open and
 * valid among the desk's documents; says what came of it.
 */
export async function publishNotices(records: unknown, documents: DeskDocument[], timeZone: string): Promise<Notice[]> {
  const calendar = documents.find((d) => d.resource.name === 'calendar');
  const { problem, computed } = await publishZip(records, calendar && parseCalendar(calendar.value).calendar, timeZone);
  if (problem) return [{ kind: 'error', text: problem }];
  return [
    { kind: 'info', text: msg('The encrypted folder is downloaded (complaints-static.zip): unzip it on your site.', { id: 'desk.published' }) },
    ...(computed ? [{ kind: 'info' as const, text: msg(str`Due dates computed from the open calendar's rules: ${String(computed)}.`, { id: 'desk.published.dueDates' }) }] : []),
  ];
}

export function renderSecretWarnings(records: unknown): TemplateResult | typeof nothing {
  const warnings = secretWarnings(records);
  if (!warnings.length) return nothing;
  return html`<div class="secret-warnings" role="note">
    <p><strong>${msg(str`${String(warnings.length)} secret code(s) to strengthen:`, { id: 'desk.secrets.weak' })}</strong></p>
    <ul>${warnings.map((w) => html`<li><span dir="ltr">${w.reference}</span> — ${w.warning}</li>`)}</ul>
  </div>`;
}
