/**
 * The words of the lookup for each kind of file (API.md: a record's `kind`): a complaint, an
 * access-to-information request, an application for a licence, permit or certificate, or any
 * other kind the commune uses, which gets a generic wording ("file") rather than being refused.
 */
import { msg } from '@lit/localize';
import { isKnownKind, type ComplaintStatus, type FileKind } from './complaint.js';

/** The kind as worded: a known kind, or `other` for any kind the widget does not know. */
export type Wording = FileKind | 'other';
export const wordingOf = (kind: string | undefined): Wording => (kind === undefined ? 'complaint' : isKnownKind(kind) ? kind : 'other');

export function formTitle(w: Wording): string {
  switch (w) {
    case 'complaint':
      return msg('Follow your complaint', { id: 'complaints.title' });
    case 'information-request':
      return msg('Follow your information request', { id: 'complaints.kind.information-request.title' });
    case 'application':
      return msg('Follow your application', { id: 'complaints.kind.application.title' });
    case 'other':
      return msg('Follow your file', { id: 'complaints.kind.other.title' });
  }
}

export function referenceLabel(w: Wording): string {
  switch (w) {
    case 'complaint':
      return msg('Complaint reference', { id: 'complaints.reference' });
    case 'information-request':
      return msg('Request reference', { id: 'complaints.kind.information-request.reference' });
    case 'application':
      return msg('Application reference', { id: 'complaints.kind.application.reference' });
    case 'other':
      return msg('File reference', { id: 'complaints.kind.other.reference' });
  }
}

/** The heading of the file found, before its reference. */
export function resultTitle(w: Wording): string {
  switch (w) {
    case 'complaint':
      return msg('Complaint', { id: 'complaints.result-title' });
    case 'information-request':
      return msg('Information request', { id: 'complaints.kind.information-request.result-title' });
    case 'application':
      return msg('Application', { id: 'complaints.kind.application.result-title' });
    case 'other':
      return msg('File', { id: 'complaints.kind.other.result-title' });
  }
}

export function notFoundText(w: Wording, staticMode: boolean): string {
  if (w === 'complaint')
    return staticMode
      ? msg('No complaint was found with this reference and secret code.', { id: 'complaints.not-found-static' })
      : msg('No complaint was found with this reference.', { id: 'complaints.not-found' });
  return staticMode
    ? msg('Nothing was found with this reference and secret code.', { id: 'complaints.kind.not-found-static' })
    : msg('Nothing was found with this reference.', { id: 'complaints.kind.not-found' });
}

export function dueLabel(w: Wording): string {
  return w === 'application' ? msg('Decision expected by', { id: 'complaints.kind.application.due' }) : msg('Answer expected by', { id: 'complaints.due' });
}

export function answerTitle(w: Wording): string {
  return w === 'application' ? msg('Decision', { id: 'complaints.kind.application.answer' }) : msg('Answer', { id: 'complaints.answer' });
}

/** A status, in the words of the kind of file (the steps a person recognises). */
export function statusLabel(status: ComplaintStatus, w: Wording = 'complaint'): string {
  if (w === 'application') {
    if (status === 'in-progress') return msg('Under review', { id: 'complaints.kind.application.status.in-progress' });
    if (status === 'answered') return msg('Decision given', { id: 'complaints.kind.application.status.answered' });
    if (status === 'rejected') return msg('Refused', { id: 'complaints.kind.application.status.rejected' });
  }
  if (w === 'information-request') {
    if (status === 'answered') return msg('Information provided', { id: 'complaints.kind.information-request.status.answered' });
    if (status === 'rejected') return msg('Request refused', { id: 'complaints.kind.information-request.status.rejected' });
  }
  switch (status) {
    case 'received':
      return msg('Received', { id: 'complaints.status.received' });
    case 'in-progress':
      return msg('Being handled', { id: 'complaints.status.in-progress' });
    case 'answered':
      return msg('Answered', { id: 'complaints.status.answered' });
    case 'closed':
      return msg('Closed', { id: 'complaints.status.closed' });
    case 'rejected':
      return msg('Rejected', { id: 'complaints.status.rejected' });
    case 'forwarded':
      return msg('Forwarded to another administration', { id: 'complaints.status.forwarded' });
  }
}
