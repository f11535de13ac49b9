import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/index.js';
import { mockApi } from '../support/mock-fetch.js';
import { registerAllWidgetData } from './data.js';

registerAllWidgetData();

/**
 * Every widget on one page, the way a commune's site would show them, at the widths they meet
 * there: a wide column and a 280 px sidebar (they size themselves to their container with
 * container queries, not to the window). For a custom theme, see Theming › Commune theme.
 */
const meta = {
  title: 'All widgets',
  parameters: { layout: 'fullscreen', controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const widgets = (api: string) => [
  html`<og-commitment-tracker api=${`${api}commune-sale/`} today="2025-07-01"></og-commitment-tracker>`,
  html`<og-budget-chart api=${api}></og-budget-chart>`,
  html`<og-consultation-calendar api=${api} now="2026-11-25T12:00:00+00:00"></og-consultation-calendar>`,
  html`<og-complaint-status api=${api} example="SL-2024-000123" reference="SL-2024-000123"></og-complaint-status>`,
  html`<og-proposal-form api=${api}></og-proposal-form>`,
];

/** The five widgets one under the other, full width. */
export const Together: Story = {
  render: () => html`<div style="display:grid;gap:2rem;padding:1rem;max-inline-size:60rem;margin-inline:auto">${widgets(mockApi('demo'))}</div>`,
};

/** The five widgets in 280 px sidebars (the narrowest width they are built for). */
export const Sidebar280px: Story = {
  name: 'In a 280 px sidebar',
  render: () => html`<div style="display:flex;flex-wrap:wrap;gap:1rem;padding:1rem;align-items:start">
    ${widgets(mockApi('demo')).map((w) => html`<div style="inline-size:280px;outline:1px dashed #c3ccc7">${w}</div>`)}
  </div>`,
};
