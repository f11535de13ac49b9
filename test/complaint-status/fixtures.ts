import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/complaint-status/index.js';
import type { OgComplaintStatus } from '../../src/complaint-status/index.js';

export const API = 'https://data.example.ma/opengov/';

/** A valid complaint, in the contract's shape (the API.md example, Salé's street light). */
export function complaint(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reference: 'SL-2024-000123',
    status: 'in-progress',
    category: { fr: 'Éclairage public', ar: 'الإنارة العمومية', en: 'Street lighting' },
    agency: { fr: 'Service technique', ar: 'المصلحة التقنية' },
    submittedAt: '2024-05-02T10:00:00+01:00',
    updatedAt: '2024-05-06T09:00:00+01:00',
    dueAt: '2024-06-01T00:00:00+01:00',
    history: [
      { at: '2024-05-06T09:00:00+01:00', status: 'in-progress', note: { fr: 'Transmise au service technique.', en: 'Sent to the technical service.' } },
      { at: '2024-05-02T10:00:00+01:00', status: 'received' },
    ],
    ...patch,
  };
}

export const answered = () =>
  complaint({
    status: 'answered',
    answer: { fr: 'Le lampadaire a été réparé le 18 mai.', en: 'The street light was repaired on 18 May.' },
    history: [
      { at: '2024-05-02T10:00:00+01:00', status: 'received' },
      { at: '2024-05-20T15:00:00+01:00', status: 'answered' },
    ],
  });

export async function lookupWidget(template: TemplateResult): Promise<OgComplaintStatus> {
  return fixture<OgComplaintStatus>(template);
}

export const defaultWidget = (now = '2024-05-10T12:00:00+01:00') =>
  lookupWidget(html`<og-complaint-status api=${API} now=${now}></og-complaint-status>`);

/** Types into a field the way a person does (an input event), without the keyboard. */
export async function fill(el: OgComplaintStatus, name: 'reference' | 'secret', value: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** Presses the submit button. */
export async function submit(el: OgComplaintStatus): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await el.updateComplete;
}
