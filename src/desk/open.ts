/**
 * Reading a document the person opens (a file, a folder's files, a URL): its resource is
 * recognized from its shape with the same detection as `validate`; anything else gives a
 * message naming the problem, and the document on screen is left as it was.
 */
import { msg, str } from '@lit/localize';
import { detectResource } from '../detect-resource.js';
import { deskResource, type DeskResource } from './resources.js';

/** Bigger than any real data file of a commune; the widgets refuse 10 MB too. */
export const MAX_BYTES = 10 * 1024 * 1024;

export type Opened = { ok: true; resource: DeskResource; document: unknown; name: string } | { ok: false; name: string; problem: string };

export function readDocument(text: string, name: string, expected?: string): Opened {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, name, problem: msg(str`${name} is not a JSON file: it cannot be read.`, { id: 'desk.open.notJson' }) };
  }
  const detected = detectResource(raw, name);
  const resource = detected ? deskResource(detected) : undefined;
  if (!resource) return { ok: false, name, problem: msg(str`${name} is not one of the files the desk edits (commitments, budget, events, proposal form, complaint records).`, { id: 'desk.open.unknown' }) };
  if (expected && resource.name !== expected) {
    return { ok: false, name, problem: msg(str`${name} holds ${resource.name}, not ${expected}.`, { id: 'desk.open.otherResource' }) };
  }
  // The records export may come as {"complaints": [...]}: the desk edits the list.
  const document = resource.name === 'complaint-records' && !Array.isArray(raw) ? (raw as { complaints: unknown[] }).complaints : raw;
  return { ok: true, resource, document, name };
}

export async function readFile(file: File): Promise<Opened> {
  const name = file.webkitRelativePath || file.name;
  if (file.size > MAX_BYTES) return { ok: false, name, problem: tooBig(name, file.size) };
  return readDocument(await file.text(), name);
}

function tooBig(name: string, bytes: number): string {
  const megabytes = String(Math.round(bytes / 1024 / 1024));
  return msg(str`${name} is too big (${megabytes} MB): a data file of the widgets stays under 10 MB.`, { id: 'desk.open.tooBig' });
}

/** The one request the desk makes, and only when asked: the live file at a URL. */
export async function readUrl(url: string): Promise<Opened> {
  let response: Response;
  try {
    response = await fetch(new URL(url, document.baseURI), { credentials: 'omit', cache: 'no-store' });
  } catch {
    return { ok: false, name: url, problem: msg(str`${url} could not be reached (no network, or the site does not allow reading it from here).`, { id: 'desk.open.unreachable' }) };
  }
  if (!response.ok) return { ok: false, name: url, problem: msg(str`${url} answered with error ${String(response.status)}.`, { id: 'desk.open.httpError' }) };
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) return { ok: false, name: url, problem: tooBig(url, length) };
  const text = await response.text();
  if (text.length > MAX_BYTES) return { ok: false, name: url, problem: tooBig(url, text.length) };
  return readDocument(text, new URL(url, document.baseURI).pathname.split('/').pop() || url);
}
