/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/complaint-status/index.js';
import type { OgComplaintStatus } from '../../src/complaint-status/index.js';
import { installMockFetch, jsonResponse, mockApi, registerMockData, registerMockRoute } from '../support/mock-fetch.js';
import streetLight from '../../demo/data/complaints/SL-2024-000123.json';
import rubbish from '../../demo/data/complaints/DC-2024-000457.json';
import accessToInformation from '../../demo/data/complaints/AI-2026-000089.json';
import licence from '../../demo/data/complaints/AP-2025-000051.json';
import calendar from '../../demo/data/calendar.json';
import openRequest from '../../demo/data/requests/638344.json';
import closedRequest from '../../demo/data/requests/638345.json';

installMockFetch();
for (const complaint of [streetLight, rubbish, accessToInformation, licence]) registerMockData(`complaints/${complaint.reference}.json`, complaint);
registerMockData('calendar.json', calendar);
// Variants of the information request: answered on time, answered late, of a kind the widget does not know.
registerMockData('complaints/AI-2026-000090.json', {
  ...accessToInformation,
  reference: 'AI-2026-000090',
  status: 'answered',
  answeredAt: '2026-12-09T11:00:00+00:00',
  answer: { fr: 'Le procès-verbal est joint à cette réponse.', ar: 'المحضر مرفق بهذا الرد.' },
});
registerMockData('complaints/AI-2026-000091.json', { ...accessToInformation, reference: 'AI-2026-000091', status: 'answered', answeredAt: '2026-12-28T11:00:00+00:00' });
registerMockData('complaints/XX-2026-000001.json', { ...accessToInformation, reference: 'XX-2026-000001', kind: 'building-inspection' });
registerMockData('requests/638344.json', openRequest);
registerMockData('requests/638345.json', closedRequest);
// The encrypted folder written by `opengov-widgets complaints publish` (demo/data/static-complaints).
const folder = import.meta.glob('../../demo/data/static-complaints/*.json', { eager: true, import: 'default' });
for (const [path, body] of Object.entries(folder)) registerMockData(`static-complaints/${path.split('/').pop()}`, body);
registerMockRoute(({ path }) => (path === 'complaints/SL-2024-000429.json' ? jsonResponse(429, { error: 'too many requests' }, { 'retry-after': '30' }) : undefined));

interface ComplaintArgs {
  api?: string;
  format?: 'json' | 'open311' | 'static';
  reference?: string;
  pattern?: string;
  example?: string;
  'jurisdiction-id'?: string;
  kind?: string;
  calendar?: string;
  now?: string;
  'no-remember'?: boolean;
  theme?: 'light' | 'dark';
  /** Not an attribute: typed into the secret field by the story before it looks up. */
  secret?: string;
  /** Not an attribute: the story presses the button. */
  lookUp?: boolean;
}

type Story = StoryObj<ComplaintArgs>;

const meta = {
  title: 'Widgets/Complaint status',
  component: 'og-complaint-status',
  render: (args) =>
    html`<og-complaint-status
      api=${ifDefined(args.api || undefined)}
      format=${ifDefined(args.format || undefined)}
      reference=${ifDefined(args.reference || undefined)}
      pattern=${ifDefined(args.pattern || undefined)}
      example=${ifDefined(args.example || undefined)}
      jurisdiction-id=${ifDefined(args['jurisdiction-id'] || undefined)}
      kind=${ifDefined(args.kind || undefined)}
      calendar=${ifDefined(args.calendar || undefined)}
      now=${ifDefined(args.now || undefined)}
      ?no-remember=${args['no-remember']}
      theme=${ifDefined(args.theme || undefined)}
    ></og-complaint-status>`,
  play: async ({ canvasElement, args }) => {
    if (!args.lookUp) return;
    const el = canvasElement.querySelector<OgComplaintStatus>('og-complaint-status')!;
    await el.updateComplete;
    if (args.secret) {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=secret]')!;
      input.value = args.secret;
      input.dispatchEvent(new Event('input'));
    }
    await el.lookup();
  },
  args: { api: mockApi('demo'), format: 'json', pattern: String.raw`[A-Z]{2}-\d{4}-\d{6}`, example: 'SL-2024-000123', lookUp: false },
  argTypes: {
    api: { control: 'text', description: 'Base URL: `{api}/complaints/{reference}.json`, `{api}/requests/{id}.json` (open311) or the encrypted folder (static).' },
    format: { control: 'inline-radio', options: ['json', 'open311', 'static'], description: 'Where complaints come from.' },
    reference: { control: 'text', description: 'Prefills the reference field.' },
    pattern: { control: 'text', description: 'Regular expression the whole reference must match before anything is sent.' },
    example: { control: 'text', description: 'Example reference shown under the field.' },
    'jurisdiction-id': { control: 'text', description: 'Open311 `jurisdiction_id`, when the server needs one.' },
    kind: { control: 'inline-radio', options: ['complaint', 'information-request', 'application'], description: 'The kind of file the page is for (the form\'s words).' },
    calendar: { control: 'text', description: 'The commune\'s calendar.json, relative to `api`: working days, holidays, time limits per kind.' },
    now: { control: 'text', description: 'The current instant for the deadline and the overdue marker (default: the real clock).' },
    'no-remember': { control: 'boolean', description: 'Hides "remember on this device" (kiosks, shared computers).' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    secret: { control: 'text', description: 'Story only: typed in the secret field (static format).' },
    lookUp: { control: 'boolean', description: 'Story only: press the button when the story opens.' },
  },
} satisfies Meta<ComplaintArgs>;

export default meta;

export const Idle: Story = {};

export const Ready: Story = { args: { reference: 'DC-2024-000457', lookUp: true } };

export const Overdue: Story = { args: { reference: 'SL-2024-000123', now: '2024-06-15T10:00:00+01:00', lookUp: true } };

export const AccessToInformation: Story = { args: { reference: 'AI-2026-000089', now: '2026-11-25T10:00:00+00:00', lookUp: true } };

/** Deadlines counted with the commune's calendar.json (Moroccan weekend and holidays, the time limits it states). */
export const InformationRequestOnTime: Story = {
  args: { kind: 'information-request', calendar: 'calendar.json', reference: 'AI-2026-000089', now: '2026-12-01T10:00:00+00:00', lookUp: true },
};

export const InformationRequestDueToday: Story = { args: { ...InformationRequestOnTime.args, now: '2026-12-18T10:00:00+00:00' } };

export const InformationRequestLate: Story = { args: { ...InformationRequestOnTime.args, now: '2026-12-23T10:00:00+00:00' } };

export const InformationRequestAnsweredOnTime: Story = { args: { ...InformationRequestOnTime.args, reference: 'AI-2026-000090', now: '2026-12-20T10:00:00+00:00' } };

export const InformationRequestAnsweredLate: Story = { args: { ...InformationRequestOnTime.args, reference: 'AI-2026-000091', now: '2026-12-30T10:00:00+00:00' } };

/** The licence that should have taken 51 days: late even after its extension. */
export const LicenceLateAfterExtension: Story = {
  args: { kind: 'application', calendar: 'calendar.json', reference: 'AP-2025-000051', now: '2026-12-01T10:00:00+00:00', lookUp: true },
};

export const LicenceArabic: Story = {
  args: LicenceLateAfterExtension.args,
  render: (args) => html`<div lang="ar" dir="rtl">${meta.render(args)}</div>`,
};

export const UnknownKind: Story = { args: { calendar: 'calendar.json', reference: 'XX-2026-000001', now: '2026-12-01T10:00:00+00:00', lookUp: true } };

export const NotFound: Story = { args: { reference: 'SL-2024-000999', lookUp: true } };

export const PatternRefused: Story = { args: { reference: 'sl 2024 123', lookUp: true } };

export const Loading: Story = { args: { api: mockApi('hang'), reference: 'SL-2024-000123', lookUp: true } };

export const ServerError: Story = { args: { api: mockApi('failing'), reference: 'SL-2024-000123', lookUp: true } };

export const RateLimited: Story = { args: { reference: 'SL-2024-000429', lookUp: true } };

export const InvalidData: Story = { args: { api: mockApi('invalid'), reference: 'SL-2024-000123', lookUp: true } };

export const Open311Open: Story = {
  args: { format: 'open311', 'jurisdiction-id': 'ma.sale', pattern: String.raw`\d{1,10}`, example: '638344', reference: '638344', lookUp: true },
};

export const Open311Closed: Story = { args: { ...Open311Open.args, reference: '638345' } };

export const StaticFolder: Story = {
  args: { format: 'static', api: `${mockApi('demo')}static-complaints/`, reference: 'DC-2024-000457', secret: 'P4TR-8WHD', lookUp: true },
};

export const StaticWrongSecret: Story = { args: { ...StaticFolder.args, secret: 'AAAA-BBBB' } };

export const StaticIdle: Story = { args: { format: 'static', api: `${mockApi('demo')}static-complaints/`, lookUp: false } };

export const NoRemember: Story = { args: { 'no-remember': true } };

export const Arabic: Story = {
  args: { reference: 'DC-2024-000457', lookUp: true },
  render: (args) => html`<div lang="ar" dir="rtl">${meta.render(args)}</div>`,
};

export const Dark: Story = { args: { reference: 'SL-2024-000123', theme: 'dark', lookUp: true } };
