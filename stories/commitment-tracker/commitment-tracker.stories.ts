import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/commitment-tracker/index.js';
import type { OgCommitmentTracker } from '../../src/commitment-tracker/index.js';
import { mockApi } from '../support/mock-fetch.js';
import { OFFLINE_API, registerCommitmentData, seedOfflineCopy } from './data.js';

registerCommitmentData();

/** The element's attributes, plus the theme tokens (set as inline custom properties). */
interface TrackerArgs {
  api?: string;
  src?: string;
  today?: string;
  timeout?: number;
  theme?: 'light' | 'dark';
  [token: `--og-${string}`]: string | undefined;
}

const TOKEN_CONTROLS = {
  '--og-color-primary': 'color',
  '--og-color-on-primary': 'color',
  '--og-color-surface': 'color',
  '--og-color-surface-alt': 'color',
  '--og-color-text': 'color',
  '--og-color-muted': 'color',
  '--og-color-border': 'color',
  '--og-color-danger': 'color',
  '--og-color-warning': 'color',
  '--og-color-success': 'color',
  '--og-color-focus': 'color',
  '--og-font-family': 'text',
  '--og-font-size': 'text',
  '--og-radius': 'text',
  '--og-space': 'text',
} as const;

/** `style` text for the tokens that are set. */
function tokenStyle(args: object): string | undefined {
  const set = Object.entries(args).filter(([name, value]) => name.startsWith('--og-') && typeof value === 'string' && value !== '');
  return set.length ? set.map(([name, value]) => `${name}: ${String(value)}`).join('; ') : undefined;
}

const meta = {
  title: 'Widgets/Commitment tracker',
  component: 'og-commitment-tracker',
  render: (args) =>
    html`<og-commitment-tracker
      api=${ifDefined(args.api || undefined)}
      src=${ifDefined(args.src || undefined)}
      today=${ifDefined(args.today || undefined)}
      timeout=${ifDefined(args.timeout ?? undefined)}
      theme=${ifDefined(args.theme || undefined)}
      style=${ifDefined(tokenStyle(args))}
    ></og-commitment-tracker>`,
  args: { api: mockApi('demo'), today: '2024-01-15' },
  argTypes: {
    api: { control: 'text', description: 'Base URL of the data set; the widget reads `{api}/commitments.json`.' },
    src: { control: 'text', description: 'Full URL of the data file; overrides `api`.' },
    today: { control: 'text', description: 'Date (`YYYY-MM-DD`) that decides which milestones are late; default: today.' },
    timeout: { control: 'number', description: 'Milliseconds before a request is given up (default 15000).' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'], description: 'Force a color scheme; by default the system one.' },
    ...Object.fromEntries(
      Object.entries(TOKEN_CONTROLS).map(([name, control]) => [name, { control, table: { category: 'css custom properties' } }]),
    ),
  },
  parameters: {
    docs: {
      description: {
        component:
          'An action plan\'s commitments with their progress, milestones, indicators and updates. Paste `<og-commitment-tracker api="https://…/">` and serve `commitments.json` (docs/commitment-tracker.md). Use the toolbar to switch language (Arabic turns the page right-to-left) and the viewport menu for phone widths.',
      },
    },
  },
} satisfies Meta<TrackerArgs>;

export default meta;
type Story = StoryObj<TrackerArgs>;

/** NAP 2 (2021–2023): 22 commitments in Arabic, French, English and some Amazigh; overall 34 %. */
export const NationalPlan: Story = {};

/** A commune's action programme, in Arabic and French only (other languages fall back). */
export const CommunePlan: Story = { args: { api: `${mockApi('demo')}commune-sale/`, today: '2025-07-01' } };

/** Measure 119 of the government programme (document 002): a continuous measure. */
export const Measure119: Story = { args: { api: `${mockApi('demo')}measure-119/`, today: undefined } };

/** A commitment opened in place: description, milestones on a timeline (late ones marked), indicators, updates. */
export const DetailOpen: Story = {
  args: { api: mockApi('demo') },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<OgCommitmentTracker>('og-commitment-tracker')!;
    for (let i = 0; i < 100 && el.getAttribute('state') !== 'ready'; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-commitment-id="c-18"]')!.click();
  },
};

/** Loading: the skeleton (the mock server never answers). */
export const Loading: Story = { args: { api: mockApi('hang') } };

/** A slow server (3 s): skeleton, then the data. */
export const Slow: Story = { args: { api: `${mockApi('slow')}measure-119/` } };

/** A plan with no commitment yet. */
export const Empty: Story = { args: { api: mockApi('empty') } };

/** The server fails (503, after one automatic retry): the reason in plain words and a retry button. */
export const ErrorServer: Story = { args: { api: mockApi('failing') } };

/** The server never answers: timed out (here after 2 s; default 15 s). */
export const ErrorTimeout: Story = { args: { api: mockApi('hang'), timeout: 2000 } };

/** The file is not JSON: "the data received is not valid". */
export const ErrorNotValid: Story = { args: { api: `${mockApi('invalid')}not-json/` } };

/** Partly invalid data: valid commitments shown, a notice with the count skipped; an HTML title stays text. */
export const Partial: Story = { args: { api: mockApi('invalid') } };

/** 503 on every other request: the automatic retry hides it. */
export const FlakyServer: Story = { args: { api: `${mockApi('flaky')}measure-119/` } };

/** No network: the last good copy, marked "offline — data as of …". */
export const Offline: Story = {
  args: { api: OFFLINE_API, today: '2025-07-01' },
  loaders: [async () => (seedOfflineCopy(), {})],
};

/** 500 commitments: 50 rendered, then "show more"; search and filters stay quick. */
export const FiveHundredCommitments: Story = { args: { api: `${mockApi('demo')}large/` } };

/** Forced dark scheme (`theme="dark"`); without the attribute the widget follows the system setting. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0b0f0d;padding:1rem">${story()}</div>`],
};

/** A commune's own identity through the tokens (see Theming for every token). */
export const CustomTheme: Story = {
  args: {
    '--og-color-primary': '#7a1f1f',
    '--og-color-surface-alt': '#fbf4ec',
    '--og-color-border': '#d9c3ad',
    '--og-font-family': 'Georgia, "Noto Naskh Arabic", serif',
    '--og-radius': '0',
  },
};

/** Arabic, right-to-left, on a 320 px phone. */
export const ArabicSmallPhone: Story = {
  globals: { locale: 'ar', viewport: { value: 'phone320', isRotated: false } },
};
