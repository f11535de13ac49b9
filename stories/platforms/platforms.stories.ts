/// <reference types="vite/client" />
/**
 * The widgets reading Decidim (format="decidim") and a Fiscal Data Package. Storybook has no
 * server: Decidim's answers are the demo GraphQL server's own, recorded by
 * scripts/record-decidim.mjs (the shape a real instance returns), and replayed by query.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/commitment-tracker/index.js';
import '../../src/consultation-calendar/index.js';
import '../../src/budget-chart/index.js';
import '../../src/proposal-outcomes/index.js';
import { installMockFetch, jsonResponse, mockApi, registerMockData, registerMockRoute } from '../support/mock-fetch.js';
import recorded from './decidim-recorded.json';
import datapackage from '../../demo/data/fdp/datapackage.json';
import fdpCsv from '../../demo/data/fdp/budget.csv?raw';

installMockFetch();
registerMockData('fdp/datapackage.json', datapackage);
registerMockData('fdp/budget.csv', fdpCsv);
registerMockRoute(({ method, path, body }) => {
  const match = /^decidim\/([\d.]+)\/api$/.exec(path);
  if (!match || method !== 'POST' || !body) return undefined;
  const request = JSON.parse(body) as { query: string; variables?: { id?: string; after?: string | null } };
  const operation = /query (\w+)/.exec(request.query)?.[1] ?? '';
  const key = `${match[1]} ${operation} ${request.variables?.id ?? ''} ${request.variables?.after ?? ''}`.trim();
  const answer = (recorded as Record<string, unknown>)[key];
  return answer ? jsonResponse(200, answer) : jsonResponse(200, { errors: [{ message: `not recorded: ${key}` }] });
});

const decidim = (version: string) => `${mockApi('demo')}decidim/${version}/api`;

const meta = {
  title: 'Platforms/Decidim and Fiscal Data Packages',
  render: () => html``,
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const DecidimResults: Story = {
  render: () => html`<og-commitment-tracker format="decidim" src=${decidim('0.28')} component="10" today="2026-11-25"></og-commitment-tracker>`,
};
export const DecidimResultsOlderRelease: Story = {
  render: () => html`<og-commitment-tracker format="decidim" src=${decidim('0.27')} component="10" today="2026-11-25"></og-commitment-tracker>`,
};
export const DecidimMeetings: Story = {
  render: () => html`<og-consultation-calendar format="decidim" src=${decidim('0.28')} component="11" now="2026-11-25T12:00:00+00:00"></og-consultation-calendar>`,
};
export const DecidimProposalAnswers: Story = {
  render: () => html`<og-proposal-outcomes format="decidim" src=${decidim('0.28')} component="12"></og-proposal-outcomes>`,
};
export const DecidimPrivateComponent: Story = {
  render: () => html`<og-commitment-tracker format="decidim" src=${decidim('0.28')} component="13"></og-commitment-tracker>`,
};
export const FiscalDataPackage: Story = {
  render: () => html`<og-budget-chart src=${`${mockApi('demo')}fdp/datapackage.json`}></og-budget-chart>`,
};
export const FiscalDataPackageEconomic: Story = {
  render: () => html`<og-budget-chart src=${`${mockApi('demo')}fdp/datapackage.json`} classification="economic"></og-budget-chart>`,
};
