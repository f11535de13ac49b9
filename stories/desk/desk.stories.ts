import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/desk/index.js';
import type { OgDesk } from '../../src/desk/index.js';

/**
 * The data desk (`dist/desk.html`). Its live preview loads the desk page itself in a frame, so
 * Storybook shows the forms only (`preview-src="none"`); open `npm run desk` for the whole page.
 */
const meta: Meta = {
  title: 'Desk/Data desk',
  component: 'og-desk',
  render: () => html`<og-desk preview-src="none"></og-desk>`,
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

const desk = (root: HTMLElement) => root.querySelector<OgDesk>('og-desk')!;

export const Empty: Story = {};

export const CommitmentsFromTheExample: Story = {
  play: async ({ canvasElement }) => {
    desk(canvasElement).startFromExample('commitments');
  },
};

export const BudgetFromTheExample: Story = {
  play: async ({ canvasElement }) => {
    desk(canvasElement).startFromExample('budget');
  },
};

export const EventsFromTheExample: Story = {
  play: async ({ canvasElement }) => {
    desk(canvasElement).startFromExample('events');
  },
};

export const ComplaintRecords: Story = {
  play: async ({ canvasElement }) => {
    desk(canvasElement).startFromExample('complaint-records');
  },
};

/** A new commitments file: the list is empty, and what is missing is said at each field once an item is added. */
export const NewCommitmentsFile: Story = {
  play: async ({ canvasElement }) => {
    desk(canvasElement).startEmpty('commitments');
  },
};

/** A file that is not JSON: the message names it, nothing else changes. */
export const NotJson: Story = {
  play: async ({ canvasElement }) => {
    desk(canvasElement).openText('Réunion de mardi', 'notes.json');
  },
};

export const Arabic: Story = {
  render: () => html`<div lang="ar" dir="rtl"><og-desk preview-src="none"></og-desk></div>`,
  play: async ({ canvasElement }) => {
    desk(canvasElement).startFromExample('commitments');
  },
};
