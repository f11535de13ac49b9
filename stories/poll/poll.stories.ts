import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/poll/index.js';
import type { OgPoll } from '../../src/poll/index.js';
import { installMockFetch, jsonResponse, mockApi, registerMockData, registerMockRoute } from '../support/mock-fetch.js';
import { answerPoll } from '../../demo/mock-api/polls.js';
import open from '../../demo/data/polls/budget-2027.json';
import openResults from '../../demo/data/polls/budget-2027/results.json';
import past1 from '../../demo/data/polls/000-1.json';
import past2 from '../../demo/data/polls/000-2.json';
import past3 from '../../demo/data/polls/000-3.json';
import past4 from '../../demo/data/polls/000-4.json';

installMockFetch();
registerMockData('polls/budget-2027.json', open);
registerMockData('polls/single.json', { ...open, id: 'single', maxChoices: 1, other: undefined, showResults: 'always' });
registerMockData('polls/single/results.json', { ...openResults, respondents: 60, other: undefined, channels: [] });
registerMockData('polls/closed.json', { ...open, id: 'closed', closes: '2025-01-31' });
registerMockData('polls/closed/results.json', openResults);
registerMockData('polls/upcoming.json', { ...open, id: 'upcoming', opens: '2099-01-01', closes: undefined });
registerMockData('polls/never.json', { ...open, id: 'never', closes: '2025-01-31', showResults: 'never' });
registerMockData('polls/impossible.json', { ...open, id: 'impossible', maxChoices: 1, other: undefined, showResults: 'always' });
registerMockData('polls/impossible/results.json', openResults);
for (const poll of [past1, past2, past3, past4]) registerMockData(`polls/${poll.id}.json`, poll);
// Votes and live results: the same in-memory store and answers as the demo server's mock API.
registerMockRoute(({ method, scenario, path, body, headers }) => {
  const id = /^polls\/([\w.-]+)\/(votes|results\.json)$/.exec(path)?.[1];
  if (id !== 'budget-2027') return undefined;
  const answer = answerPoll({ method, scenario, path, body, idempotencyKey: headers.get('idempotency-key'), poll: open, baseResults: openResults });
  return answer ? jsonResponse(answer.status, answer.body, answer.headers) : undefined;
});
registerMockRoute(({ method, path }) => (method === 'POST' && path === 'polls/budget-2027/votes-409' ? jsonResponse(409, { error: 'already voted' }) : undefined));
registerMockRoute(({ method, path }) => (method === 'POST' && path === 'polls/budget-2027/votes-429' ? jsonResponse(429, { error: 'busy' }, { 'retry-after': '40' }) : undefined));

interface PollArgs {
  api?: string;
  poll?: string;
  src?: string;
  action?: string;
  resultsOnly?: boolean;
  kiosk?: boolean;
  channel?: string;
  refresh?: number;
  minFillTime?: number;
}

/** Ticks two answers and votes, as a person would (for the stories of later states). */
async function vote(canvas: HTMLElement): Promise<void> {
  const el = canvas.querySelector<OgPoll>('og-poll')!;
  for (let i = 0; i < 100 && el.getAttribute('state') !== 'ready'; i++) await new Promise((r) => setTimeout(r, 50));
  localStorage.removeItem(`og-poll-voted:${new URL(`${mockApi('demo')}polls/budget-2027/votes`, location.href).href}`);
  await el.updateComplete;
  const root = el.shadowRoot!;
  root.querySelector<HTMLInputElement>('#c-wifi')?.click();
  root.querySelector<HTMLInputElement>('#c-lighting')?.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
}

const meta = {
  title: 'Widgets/Poll',
  component: 'og-poll',
  render: (args) =>
    html`<og-poll
      api=${ifDefined(args.api || undefined)}
      poll=${ifDefined(args.poll || undefined)}
      src=${ifDefined(args.src || undefined)}
      action=${ifDefined(args.action || undefined)}
      ?results-only=${!!args.resultsOnly}
      ?kiosk=${!!args.kiosk}
      channel=${ifDefined(args.channel || undefined)}
      refresh=${ifDefined(args.refresh ?? undefined)}
      min-fill-time=${ifDefined(args.minFillTime ?? undefined)}
    ></og-poll>`,
  args: { api: mockApi('demo'), poll: 'budget-2027', minFillTime: 0, refresh: 0 },
  argTypes: {
    api: { control: 'text', description: 'Base URL of the data.' },
    poll: { control: 'text', description: 'The poll id: `{api}/polls/{poll}.json`.' },
    src: { control: 'text', description: 'Full URL of the poll file (a past poll published as a file).' },
    action: { control: 'text', description: 'Where votes are sent (default `{api}/polls/{poll}/votes`).' },
    resultsOnly: { control: 'boolean', description: 'Results only, never a vote button.' },
    kiosk: { control: 'boolean', description: 'Several people vote in turn on one device.' },
    channel: { control: 'text', description: 'Sent with each vote (`meeting`, `online`).' },
    refresh: { control: 'number', description: 'Seconds between refreshes of the results while open (0: never).' },
    minFillTime: { control: 'number', description: 'Spam check: seconds before a vote may be sent (default 2).' },
  },
} satisfies Meta<PollArgs>;
export default meta;
type Story = StoryObj<PollArgs>;

export const MultipleChoice: Story = { name: 'Open: up to two answers, or your own' };
export const SingleChoice: Story = { name: 'Open: one answer, results always shown', args: { poll: 'single' } };
export const Loading: Story = { args: { api: mockApi('hang') } };
export const Voted: Story = { name: 'Voted (receipt and results)', play: ({ canvasElement }) => vote(canvasElement) };
export const Sending: Story = { args: { api: mockApi('slow') }, play: ({ canvasElement }) => vote(canvasElement) };
export const ServerDown: Story = { name: 'Error: server down (503, retried)', args: { action: `${mockApi('failing')}polls/budget-2027/votes` }, play: ({ canvasElement }) => vote(canvasElement) };
export const RateLimited: Story = { name: 'Error: 429 Retry-After', args: { action: `${mockApi('demo')}polls/budget-2027/votes-429` }, play: ({ canvasElement }) => vote(canvasElement) };
export const AlreadyVoted: Story = { name: 'Already voted (409)', args: { action: `${mockApi('demo')}polls/budget-2027/votes-409` }, play: ({ canvasElement }) => vote(canvasElement) };
export const HtmlAnswer: Story = { name: 'Error: the server answers HTML', args: { action: `${mockApi('invalid')}polls/budget-2027/votes` }, play: ({ canvasElement }) => vote(canvasElement) };
export const Kiosk: Story = { args: { kiosk: true, channel: 'meeting' } };
export const NotOpenYet: Story = { args: { poll: 'upcoming' } };
export const Closed: Story = { name: 'Closed (results after closing)', args: { poll: 'closed' } };
export const ResultsNeverShown: Story = { args: { poll: 'never' } };
export const ImpossibleResults: Story = { name: 'Refused results (one answer each, counts over the respondents)', args: { poll: 'impossible' } };
export const PastPoll: Story = { name: 'Document 000: a past poll, results only', args: { poll: '000-1' } };
export const FourPolls: Story = {
  name: 'Document 000: the four polls on one page',
  render: () => html`${['000-1', '000-2', '000-3', '000-4'].map((id) => html`<og-poll api=${mockApi('demo')} poll=${id}></og-poll>`)}`,
};
export const Arabic: Story = { args: { poll: '000-3' }, decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`] };
export const Amazigh: Story = { name: 'Amazigh (Tifinagh)', decorators: [(story) => html`<div lang="zgh">${story()}</div>`] };
export const French: Story = { decorators: [(story) => html`<div lang="fr">${story()}</div>`] };
