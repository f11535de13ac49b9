import { OgComplaintStatus } from './complaint-status.js';
import { define } from '../core/define.js';

export { OgComplaintStatus, complaintStatusLabel, type OgLookupDetail } from './complaint-status.js';
export { COMPLAINT_STATUSES, parseComplaint, isOverdue as isComplaintOverdue, type Complaint, type ComplaintStatus, type HistoryEntry } from './complaint.js';
// The valibot schema (for JSON Schema generation) lives in ./schema.js and is deliberately not
// re-exported here: importing the widget must not pull valibot in. Nor are the Open311 mapping
// (./open311.js) and the static folder's crypto (./static-crypto.js): re-exported, they would be
// downloaded by every page, and each is loaded only when its format is used (lookup.ts).
export { checkReference, lookupComplaint, type ComplaintFormat, type LookupQuery, type LookupResult } from './lookup.js';
export { forgetAll as forgetRememberedComplaints } from './remember.js';

define('og-complaint-status', OgComplaintStatus);

declare global {
  interface HTMLElementTagNameMap {
    'og-complaint-status': OgComplaintStatus;
  }
}
