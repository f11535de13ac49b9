/**
 * "Open from Decidim": a component of a Decidim instance, read through the widgets' own
 * adapter (loaded only when asked), opened as a document to edit and download — results →
 * commitments, meetings → events, proposals → outcomes. A request the person asks for, like
 * "open from the address".
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { LoadError } from '../core/loader.js';
import { failureMessage, reasonOf, sourceNoticeText } from '../core/state-views.js';
import { decidimEndpoint } from '../adapters/decidim/endpoint.js';
import { readDocument, type Opened } from './open.js';

export const DECIDIM_KINDS = ['results', 'meetings', 'proposals'] as const;
export type DecidimKind = (typeof DECIDIM_KINDS)[number];

export interface DecidimRequest {
  instance: string;
  component: string;
  kind: DecidimKind;
}

/** The document each kind becomes: its desk resource and file name. */
const OPENS_AS: Record<DecidimKind, { resource: string; file: string }> = {
  results: { resource: 'commitments', file: 'commitments.json' },
  meetings: { resource: 'events', file: 'events.json' },
  proposals: { resource: 'proposal-outcomes', file: 'outcomes.json' },
};

function kindLabel(kind: DecidimKind): string {
  switch (kind) {
    case 'results':
      return msg('Results (accountability) → commitments', { id: 'desk.decidim.kind.results' });
    case 'meetings':
      return msg('Meetings → events', { id: 'desk.decidim.kind.meetings' });
    case 'proposals':
      return msg('Proposals and their answers → outcomes', { id: 'desk.decidim.kind.proposals' });
  }
}

/** What was opened, and what the reading noticed (cut at the bound, errors beside data…), in words. */
export interface DecidimOpened {
  opened: Opened;
  notes: string[];
}

export async function readDecidim(request: DecidimRequest, locale: string): Promise<DecidimOpened> {
  const name = `${request.instance} #${request.component}`;
  const target = OPENS_AS[request.kind];
  let endpoint: string;
  try {
    endpoint = decidimEndpoint(request.instance.trim());
  } catch {
    return { opened: { ok: false, name, problem: msg(str`${request.instance} is not a web address.`, { id: 'desk.decidim.badAddress' }) }, notes: [] };
  }
  try {
    const adapter = await import('../adapters/decidim/index.js');
    const read = { results: adapter.readCommitments, meetings: adapter.readEvents, proposals: adapter.readOutcomes }[request.kind];
    const adapted = await read(endpoint, request.component.trim(), {});
    return { opened: readDocument(adapted.text, target.file, target.resource), notes: adapted.notices.map((n) => sourceNoticeText(n, locale)) };
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    const { reason, status } = reasonOf(error);
    const problem =
      reason === 'wrong-component'
        ? msg(str`Component ${request.component} of this platform is not of the kind chosen (${kindLabel(request.kind)}).`, { id: 'desk.decidim.wrongKind' })
        : failureMessage(reason, status);
    return { opened: { ok: false, name, problem }, notes: [] };
  }
}

/** The form of the "Open" panel. */
export function renderOpenFromDecidim(open: (request: DecidimRequest) => Promise<void>): TemplateResult {
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const button = form.querySelector('button');
    button?.setAttribute('aria-disabled', 'true');
    void open({ instance: String(data.get('decidim-url') ?? ''), component: String(data.get('decidim-component') ?? ''), kind: String(data.get('decidim-kind')) as DecidimKind }).finally(() =>
      button?.removeAttribute('aria-disabled'),
    );
  };
  return html`<form class="row decidim" @submit=${submit} aria-labelledby="decidim-title">
    <span id="decidim-title" class="hint">${msg('From a Decidim platform:', { id: 'desk.decidim.title' })}</span>
    <label>${msg('Address of the platform', { id: 'desk.decidim.url' })}
      <input name="decidim-url" type="url" dir="ltr" required placeholder="https://…/api" /></label>
    <label>${msg('Component number', { id: 'desk.decidim.component' })}
      <input name="decidim-component" inputmode="numeric" pattern="[0-9]+" required dir="ltr" size="6" /></label>
    <label>${msg('What it holds', { id: 'desk.decidim.kind' })}
      <select name="decidim-kind">${DECIDIM_KINDS.map((kind) => html`<option value=${kind}>${kindLabel(kind)}</option>`)}</select>
    </label>
    <button type="submit">${msg('Open from Decidim', { id: 'desk.decidim.open' })}</button>
  </form>`;
}
