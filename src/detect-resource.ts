/**
 * Which resource a parsed JSON document is, from its shape (then its file name): used by
 * `opengov-widgets validate` (through dist/node/schemas.mjs) and by the data desk when a file is
 * opened. Free of the validator, so the desk can call it before loading any schema.
 */
export type DetectedResource =
  | 'commitments'
  | 'budget'
  | 'events'
  | 'proposals-form'
  | 'proposal'
  | 'proposal-outcomes'
  | 'complaint'
  | 'complaint-records'
  | 'open311-request'
  | 'poll'
  | 'poll-results'
  | 'poll-vote'
  | 'calendar';

export function detectResource(raw: unknown, name = ''): DetectedResource | undefined {
  const file = (name.split(/[\\/]/).pop() ?? '').toLowerCase();
  if (Array.isArray(raw)) {
    const first = raw.find((item) => item && typeof item === 'object') as Record<string, unknown> | undefined;
    if (first && ('service_request_id' in first || 'requested_datetime' in first)) return 'open311-request';
    if (first && ('reference' in first || 'secret' in first)) return 'complaint-records';
  } else if (raw && typeof raw === 'object') {
    const doc = raw as Record<string, unknown>;
    if ('stages' in doc && 'proposals' in doc) return 'proposal-outcomes';
    if ('commitments' in doc) return 'commitments';
    if ('years' in doc || 'currency' in doc) return 'budget';
    if ('events' in doc) return 'events';
    if ('question' in doc && 'choices' in doc) return 'poll';
    if ('respondents' in doc && 'counts' in doc) return 'poll-results';
    if (Array.isArray(doc.choices)) return 'poll-vote';
    if (Array.isArray(doc.complaints)) return 'complaint-records';
    if ('reference' in doc && ('status' in doc || 'submittedAt' in doc)) return 'complaint';
    if ('problem' in doc && 'solution' in doc) return 'proposal';
    if ('holidays' in doc || 'weekend' in doc || 'rules' in doc) return 'calendar';
    if (['open', 'opens', 'closes', 'themes', 'maxLength', 'privacyNoticeUrl', 'contact'].some((key) => key in doc)) return 'proposals-form';
  }
  if (/^commitments/.test(file)) return 'commitments';
  if (/^budget/.test(file)) return 'budget';
  if (/^events/.test(file)) return 'events';
  if (/^form/.test(file)) return 'proposals-form';
  if (/^outcomes/.test(file)) return 'proposal-outcomes';
  if (/^calendar/.test(file)) return 'calendar';
  return undefined;
}
