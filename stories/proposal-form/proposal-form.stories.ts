import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/proposal-form/index.js';
import type { OgProposalForm } from '../../src/proposal-form/index.js';
import { installMockFetch, jsonResponse, mockApi, registerMockData, registerMockRoute } from '../support/mock-fetch.js';
import { answerProposal } from '../../demo/mock-api/proposals.js';
import form from '../../demo/data/proposals/form.json';
import formClosed from '../../demo/data/proposals/form-closed.json';
import formUpcoming from '../../demo/data/proposals/form-upcoming.json';
import formContact from '../../demo/data/proposals/form-contact-required.json';
import formInvalid from '../../demo/data/invalid/proposals/form.json';

installMockFetch();
registerMockData('proposals/form.json', form);
registerMockData('proposals/form-closed.json', formClosed);
registerMockData('proposals/form-upcoming.json', formUpcoming);
registerMockData('proposals/form-contact-required.json', formContact);
registerMockData('invalid/proposals/form.json', formInvalid);
// POST proposals: the same in-memory store and answers as the demo server's mock API.
registerMockRoute(({ method, scenario, path, body, headers, url }) => {
  const answer = answerProposal({ method, scenario, path, body, idempotencyKey: headers.get('idempotency-key'), base: `${url.origin}/mock-api/${scenario}/` });
  return answer ? jsonResponse(answer.status, answer.body, answer.headers) : undefined;
});
// A server that always refuses with field errors (422).
registerMockRoute(({ method, path }) =>
  method === 'POST' && path === 'proposals-422'
    ? jsonResponse(422, { errors: { title: { en: 'A proposal with this title already exists.', fr: 'Une proposition porte déjà ce titre.', ar: 'يوجد اقتراح بهذا العنوان.' } } })
    : undefined,
);
// A server that asks to wait (429 with Retry-After).
registerMockRoute(({ method, path }) => (method === 'POST' && path === 'proposals-429' ? jsonResponse(429, { error: 'busy' }, { 'retry-after': '30' }) : undefined));

interface FormArgs {
  api?: string;
  src?: string;
  action?: string;
  kiosk?: boolean;
  idleReset?: number;
  minFillTime?: number;
  timeout?: number;
  now?: string;
}

/** Fills the form the way a person would, then sends it (for the stories of later states). */
async function fillAndSend(canvas: HTMLElement, withConsent = true): Promise<void> {
  const el = canvas.querySelector<OgProposalForm>('og-proposal-form')!;
  for (let i = 0; i < 100 && el.getAttribute('state') !== 'idle'; i++) await new Promise((r) => setTimeout(r, 50));
  const root = el.shadowRoot!;
  const set = (name: string, value: string) => {
    const control = root.querySelector<HTMLInputElement>(`[name=${name}]`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  set('title', 'Publier les décisions du conseil');
  set('problem', "Les décisions ne sont affichées qu'au tableau de la mairie.");
  set('solution', 'Les publier en ligne sous une semaine, en arabe, en amazighe et en français.');
  if (withConsent) {
    const consent = root.querySelector<HTMLInputElement>('[name=consent]')!;
    consent.checked = true;
    consent.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

const meta = {
  title: 'Widgets/Proposal form',
  component: 'og-proposal-form',
  render: (args) =>
    html`<og-proposal-form
      api=${ifDefined(args.api || undefined)}
      src=${ifDefined(args.src || undefined)}
      action=${ifDefined(args.action || undefined)}
      ?kiosk=${!!args.kiosk}
      idle-reset=${ifDefined(args.idleReset ?? undefined)}
      min-fill-time=${ifDefined(args.minFillTime ?? undefined)}
      timeout=${ifDefined(args.timeout ?? undefined)}
      now=${ifDefined(args.now || undefined)}
    ></og-proposal-form>`,
  args: { api: mockApi('demo'), minFillTime: 0 },
  argTypes: {
    api: { control: 'text', description: 'Base URL: settings from `{api}/proposals/form.json`, proposals sent to `{api}/proposals`.' },
    src: { control: 'text', description: 'Full URL of the settings file; overrides `api` for reading settings.' },
    action: { control: 'text', description: 'Where proposals are sent (any URL, or `mailto:address`).' },
    kiosk: { control: 'boolean', description: 'Shared device: no draft kept, reset after inactivity, larger text.' },
    idleReset: { control: 'number', description: 'Kiosk: seconds without activity before the form is cleared (default 120).' },
    minFillTime: { control: 'number', description: 'Spam check: seconds needed at least before sending (default 3).' },
    timeout: { control: 'number', description: 'Milliseconds before a request is given up.' },
    now: { control: 'text', description: 'The current instant for the open/closed window (default: real time).' },
  },
} satisfies Meta<FormArgs>;
export default meta;

type Story = StoryObj<FormArgs>;

export const Open: Story = {};
export const Loading: Story = { args: { api: mockApi('hang') } };
export const NoSettingsFile: Story = { name: 'No form.json (defaults)', args: { api: mockApi('empty') } };
export const ContactRequired: Story = { args: { src: `${mockApi('demo')}proposals/form-contact-required.json`, action: `${mockApi('demo')}proposals` } };
export const PartlyInvalidSettings: Story = { args: { api: mockApi('invalid'), action: `${mockApi('demo')}proposals` } };
export const Closed: Story = { args: { src: `${mockApi('demo')}proposals/form-closed.json`, action: `${mockApi('demo')}proposals` } };
export const NotOpenYet: Story = { args: { src: `${mockApi('demo')}proposals/form-upcoming.json`, action: `${mockApi('demo')}proposals` } };
export const ErrorSummary: Story = { name: 'Validation errors (no consent)', play: ({ canvasElement }) => fillAndSend(canvasElement, false) };
export const Submitting: Story = { args: { api: mockApi('slow') }, play: ({ canvasElement }) => fillAndSend(canvasElement) };
export const Submitted: Story = { name: 'Submitted (receipt)', play: ({ canvasElement }) => fillAndSend(canvasElement) };
export const ServerDown: Story = { name: 'Error: server down (503)', args: { api: mockApi('failing') }, play: ({ canvasElement }) => fillAndSend(canvasElement) };
export const FailsThenWorks: Story = { name: 'Flaky server: fails, then works', args: { api: mockApi('flaky') }, play: ({ canvasElement }) => fillAndSend(canvasElement) };
export const FieldErrorsFromServer: Story = { name: 'Error: 422 field errors', args: { action: `${mockApi('demo')}proposals-422` }, play: ({ canvasElement }) => fillAndSend(canvasElement) };
export const RateLimited: Story = { name: 'Error: 429 Retry-After', args: { action: `${mockApi('demo')}proposals-429` }, play: ({ canvasElement }) => fillAndSend(canvasElement) };
export const Timeout: Story = { args: { api: mockApi('hang'), src: `${mockApi('demo')}proposals/form.json`, timeout: 3000 }, play: ({ canvasElement }) => fillAndSend(canvasElement) };
export const Kiosk: Story = { args: { kiosk: true, idleReset: 60, action: `${mockApi('demo')}proposals?kiosk` } };
export const Mailto: Story = { name: 'No backend (mailto:)', args: { action: 'mailto:participation@commune.example.ma' } };
export const Arabic: Story = {
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
};
export const ArabicError: Story = {
  name: 'Arabic: server down',
  args: { api: mockApi('failing') },
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};
