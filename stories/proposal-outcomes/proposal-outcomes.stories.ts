import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/proposal-outcomes/index.js';
import type { OgProposalOutcomes } from '../../src/proposal-outcomes/index.js';
import { mockApi, registerMockData } from '../support/mock-fetch.js';
import outcomes from '../../demo/data/proposals/outcomes.json';
import emptyOutcomes from '../../demo/data/empty/proposals/outcomes.json';
import partlyInvalid from '../../demo/data/invalid/proposals/outcomes.json';

registerMockData('proposals/outcomes.json', outcomes);
registerMockData('empty/proposals/outcomes.json', emptyOutcomes);
registerMockData('invalid/proposals/outcomes.json', partlyInvalid);
const DECISIONS = [undefined, 'accepted', 'not-accepted', 'out-of-scope'] as const;
registerMockData('large/proposals/outcomes.json', {
  ...outcomes,
  proposals: Array.from({ length: 500 }, (_, i) => {
    const decision = DECISIONS[i % DECISIONS.length];
    return {
      reference: `P-2026-${String(i + 1).padStart(4, '0')}`,
      title: { fr: `Proposition ${i + 1}`, ar: `الاقتراح ${i + 1}`, en: `Proposal ${i + 1}` },
      theme: { fr: `Thème ${i % 6}`, en: `Theme ${i % 6}` },
      stage: decision ? 'outcome' : 'studied',
      ...(decision ? { decision } : {}),
      ...(decision === 'not-accepted' || decision === 'out-of-scope' ? { reason: { fr: 'Exemple de raison.', en: 'An example reason.' } } : {}),
    };
  }),
});

interface OutcomesArgs {
  api?: string;
  src?: string;
  'tracker-url'?: string;
  timeout?: number;
  theme?: 'light' | 'dark';
}

const meta = {
  title: 'Widgets/Proposal outcomes',
  component: 'og-proposal-outcomes',
  render: (args) =>
    html`<og-proposal-outcomes
      api=${ifDefined(args.api || undefined)}
      src=${ifDefined(args.src || undefined)}
      tracker-url=${ifDefined(args['tracker-url'] || undefined)}
      timeout=${ifDefined(args.timeout ?? undefined)}
      theme=${ifDefined(args.theme || undefined)}
    ></og-proposal-outcomes>`,
  args: { api: mockApi('demo') },
  argTypes: {
    api: { control: 'text', description: 'Base URL of the data set; the widget reads `{api}/proposals/outcomes.json`.' },
    src: { control: 'text', description: 'Full URL of the data file; overrides `api`.' },
    'tracker-url': { control: 'text', description: 'The page showing `<og-commitment-tracker>`: commitment links open `tracker-url#og-commitment=<id>`.' },
    timeout: { control: 'number', description: 'Milliseconds before a request is given up (default 15000).' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'], description: 'Force a color scheme; by default the system one.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'What became of every proposal of a consultation: totals by decision and theme, the process as a stepper, filters, search and "find my proposal" by the receipt\'s reference (docs/proposal-outcomes.md). Use the toolbar to switch language.',
      },
    },
  },
} satisfies Meta<OutcomesArgs>;

export default meta;
type Story = StoryObj<OutcomesArgs>;

/** The 11 proposals of consultation 000 through the ten steps of 004 (plausible outcomes). */
export const Consultation000: Story = {};

/** "Find my proposal": the reference typed as on the receipt opens the proposal. */
export const FoundByReference: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<OgProposalOutcomes>('og-proposal-outcomes')!;
    for (let i = 0; i < 100 && el.getAttribute('state') !== 'ready'; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=reference]')!;
    input.value = 'p 2020 0004';
    input.form!.requestSubmit();
  },
};

/** Loading: the skeleton (the mock server never answers). */
export const Loading: Story = { args: { api: mockApi('hang') } };

/** No proposal published yet. */
export const Empty: Story = { args: { api: mockApi('empty') } };

/** The server fails: the reason in plain words and a retry button. */
export const ErrorServer: Story = { args: { api: mockApi('failing') } };

/** Partly invalid: a rejection without a reason, an unknown stage, a merge without target are skipped and counted. */
export const Partial: Story = { args: { api: mockApi('invalid') } };

/** 500 proposals: 50 rendered, then "show more". */
export const FiveHundredProposals: Story = { args: { api: `${mockApi('demo')}large/` } };

/** Forced dark scheme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0b0f0d;padding:1rem">${story()}</div>`],
};
