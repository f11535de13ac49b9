/**
 * What a person sees of a file's deadline: "answer due by … (working days left: N)", "late by N
 * days", "answered on …, N days after the request", the extension with its reason, and the
 * service holding the file. The arithmetic is src/core/working-days.ts; days are the
 * commune's (format.ts dayInZone).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { dayInZone, formatDay, formatDays, formatNumber } from '../core/format.js';
import { deadlineOf, type Deadline, type WorkCalendar } from '../core/working-days.js';
import { answeredWhen, FINAL_STATUSES, type Complaint } from './complaint.js';

/** The file's deadline on the commune's `today`, or undefined when it says nothing worth showing. */
export function fileDeadline(c: Complaint, today: string, zone: string, calendar?: WorkCalendar): Deadline | undefined {
  const day = (value: string) => dayInZone(value, zone);
  const answered = answeredWhen(c);
  // Closed without a date: nothing is awaited, and no delay can be stated.
  if (!answered && FINAL_STATUSES.includes(c.status)) return undefined;
  const deadline = deadlineOf(
    {
      kind: c.kind ?? 'complaint',
      requested: day(c.submittedAt),
      due: c.dueAt ? day(c.dueAt) : undefined,
      extendedDue: c.extension ? day(c.extension.dueAt) : undefined,
      answered: answered ? day(answered) : undefined,
    },
    today,
    calendar,
  );
  return deadline.due || deadline.answered ? deadline : undefined;
}

export function deadlineSentence(d: Deadline, locale: string): string {
  const days = (n: number | undefined) => formatDays(n ?? 0, locale);
  const date = (day: string | undefined) => (day ? formatDay(day, locale) : '');
  const due = date(d.due);
  const answered = date(d.answered);
  const left = d.leftUnit === 'working' ? formatNumber(d.left ?? 0, locale) : days(d.left);
  const late = days(d.late);
  const took = days(d.took);
  switch (d.state) {
    case 'on-time':
      return d.leftUnit === 'working'
        ? msg(str`Answer due by ${due} (working days left: ${left})`, { id: 'complaints.deadline.on-time-working' })
        : msg(str`Answer due by ${due} (${left} left)`, { id: 'complaints.deadline.on-time' });
    case 'due-today':
      return msg(str`Answer due today, ${due}`, { id: 'complaints.deadline.due-today' });
    case 'late':
      return msg(str`Late by ${late}: the answer was due by ${due}`, { id: 'complaints.deadline.late' });
    case 'answered-late':
      return msg(str`Answered on ${answered}, ${took} after the request: ${late} after the due date`, { id: 'complaints.deadline.answered-late' });
    case 'answered-on-time':
    case 'answered':
      return msg(str`Answered on ${answered}, ${took} after the request`, { id: 'complaints.deadline.answered' });
  }
}

/** The sentence, marked by state (`deadline state-late`…), and the extension under it. */
export function renderDeadline(d: Deadline, c: Complaint, locale: string, text: (t: NonNullable<Complaint['answer']>) => unknown): TemplateResult {
  const ext = c.extension;
  const extendedTo = formatDay(d.due ?? ext?.dueAt.slice(0, 10) ?? '', locale);
  const firstDue = d.firstDue ? formatDay(d.firstDue, locale) : '';
  return html`<div class="deadline state-${d.state}" part="deadline">
    <p class="deadline-text"><strong>${deadlineSentence(d, locale)}</strong>
      ${d.state === 'answered-on-time' ? html`<span class="badge on-time">${msg('On time', { id: 'complaints.deadline.badge-on-time' })}</span>` : nothing}
      ${d.state === 'answered-late' ? html`<span class="badge overdue">${msg('Answered late', { id: 'complaints.deadline.badge-answered-late' })}</span>` : nothing}
    </p>
    ${ext
      ? html`<p class="extension" part="extension">
          ${msg(str`The time limit was extended to ${extendedTo}.`, { id: 'complaints.extension' })}
          ${firstDue ? html`<span class="muted">${msg(str`First due date: ${firstDue}.`, { id: 'complaints.extension-first' })}</span>` : nothing}
          ${ext.reason ? html`<span class="reason">${msg('Reason:', { id: 'complaints.extension-reason' })} ${text(ext.reason)}</span>` : nothing}
        </p>`
      : nothing}
  </div>`;
}
