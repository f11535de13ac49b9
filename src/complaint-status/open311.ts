/**
 * Open311 GeoReport v2 → the contract's complaint. `GET {api}/requests/{id}.json` answers an
 * array with one service request; this maps its fields onto the same view as the JSON format:
 *
 *   service_request_id → reference        status open|closed → in-progress|closed
 *   service_name → category               agency_responsible → agency
 *   requested_datetime → submittedAt      updated_datetime → updatedAt
 *   expected_datetime → dueAt             status_notes → the answer once closed, else a note
 *
 * The result is validated by the same schema as the JSON format. Returns undefined when the
 * array holds no request (the server found nothing).
 */
type Raw = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** Open311 servers often send `2010-04-14T06:37:38-08:00`; some omit the offset or use a space. */
function instant(value: unknown): string | undefined {
  const text = str(value)?.replace(' ', 'T');
  if (!text || Number.isNaN(Date.parse(text))) return undefined;
  return /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : `${text}Z`;
}

export function fromOpen311(body: unknown, requestedId: string): Raw | undefined {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' ? [body] : [];
  const request = list.find((r): r is Raw => !!r && typeof r === 'object' && ('service_request_id' in r || 'status' in r));
  if (!request) return undefined;
  const closed = str(request.status)?.toLowerCase() === 'closed';
  const status = closed ? 'closed' : 'in-progress';
  const submittedAt = instant(request.requested_datetime);
  const updatedAt = instant(request.updated_datetime);
  const notes = str(request.status_notes);
  const history: Raw[] = [];
  if (submittedAt) history.push({ at: submittedAt, status: 'received' });
  if (updatedAt && updatedAt !== submittedAt) history.push({ at: updatedAt, status, ...(notes && !closed ? { note: notes } : {}) });
  if (notes && !closed && history.length && !history.some((h) => h.note)) history[history.length - 1].note = notes;
  const complaint: Raw = {
    reference: str(request.service_request_id) ?? (typeof request.service_request_id === 'number' ? String(request.service_request_id) : requestedId),
    status,
    submittedAt,
    history,
  };
  const optional: [string, unknown][] = [
    ['category', str(request.service_name)],
    ['agency', str(request.agency_responsible)],
    ['updatedAt', updatedAt],
    ['dueAt', instant(request.expected_datetime)],
    ['answer', closed ? notes : undefined],
  ];
  for (const [key, value] of optional) if (value !== undefined) complaint[key] = value;
  return complaint;
}
