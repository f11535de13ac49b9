/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/budget-chart/index.js';
import { installMockFetch, mockApi, registerMockData } from '../support/mock-fetch.js';
import budget from '../../demo/data/budget.json';
import emptyBudget from '../../demo/data/empty/budget.json';
import invalidBudget from '../../demo/data/invalid/budget.json';
import budgetCsv from '../../demo/data/budget.csv?raw';
import missingColumnCsv from '../../demo/data/invalid/budget-missing-column.csv?raw';

installMockFetch();
registerMockData('budget.json', budget);
registerMockData('budget.csv', budgetCsv);
registerMockData('empty/budget.json', emptyBudget);
registerMockData('invalid/budget.json', invalidBudget);
registerMockData('missing-column.csv', missingColumnCsv);

/**
 * The demo's latest year with 1,500 articles under each of its chapters (6,000 lines), to see
 * how a large budget behaves: 50 rows at a time ("Show more"), the first 12 drawn in the frame
 * that opens a level, at most 15 bars.
 */
function largeBudget(): typeof budget {
  const year = budget.years[budget.years.length - 1];
  const chapters = year.lines.filter((line) => !('parent' in line) || !line.parent);
  const lines = chapters.flatMap((chapter) => [
    chapter,
    ...Array.from({ length: 1500 }, (_, i) => ({
      code: `${chapter.code}.${i + 1}`,
      parent: chapter.code,
      label: { fr: `Article ${i + 1}`, ar: `البند ${i + 1}`, en: `Item ${i + 1}` },
      direction: chapter.direction,
      section: chapter.section,
      amounts: { approved: 10_000 + ((i * 7919) % 90_000), executed: 8_000 + ((i * 104_729) % 80_000) },
    })),
  ]);
  return { ...budget, years: [{ ...year, lines }] } as typeof budget;
}
registerMockData('large/budget.json', largeBudget());

interface BudgetArgs {
  api?: string;
  src?: string;
  year?: number;
  direction?: 'expenditure' | 'revenue';
  view?: 'categories' | 'execution' | 'overview' | 'years';
  format?: 'csv' | 'json';
  display?: 'chart' | 'table';
  population?: number;
  currency?: string;
  theme?: 'light' | 'dark';
  '--og-chart-color-1'?: string;
  '--og-chart-color-2'?: string;
}

function tokenStyle(args: BudgetArgs): string | undefined {
  const set = Object.entries(args).filter(([name, value]) => name.startsWith('--og-') && typeof value === 'string' && value !== '');
  return set.length ? set.map(([name, value]) => `${name}: ${String(value)}`).join('; ') : undefined;
}

const meta = {
  title: 'Widgets/Budget chart',
  component: 'og-budget-chart',
  render: (args) =>
    html`<og-budget-chart
      api=${ifDefined(args.api || undefined)}
      src=${ifDefined(args.src || undefined)}
      year=${ifDefined(args.year ?? undefined)}
      direction=${ifDefined(args.direction || undefined)}
      view=${ifDefined(args.view || undefined)}
      format=${ifDefined(args.format || undefined)}
      display=${ifDefined(args.display || undefined)}
      population=${ifDefined(args.population ?? undefined)}
      currency=${ifDefined(args.currency || undefined)}
      theme=${ifDefined(args.theme || undefined)}
      style=${ifDefined(tokenStyle(args))}
    ></og-budget-chart>`,
  args: { api: mockApi('demo') },
  argTypes: {
    api: { control: 'text', description: 'Base URL of the data set; the widget reads `{api}/budget.json`.' },
    src: { control: 'text', description: 'Full URL of a budget.json or a CSV file; overrides `api`.' },
    year: { control: 'number', description: 'Year shown first (default: the latest year with lines).' },
    direction: { control: 'inline-radio', options: ['expenditure', 'revenue'], description: 'Spending (default) or revenue.' },
    display: { control: 'inline-radio', options: ['chart', 'table'], description: '`chart` (default): the chart and the table; `table`: the table only, chart.js downloaded only if a visitor asks for the chart.' },
    view: { control: 'inline-radio', options: ['categories', 'execution', 'overview', 'years'], description: 'View shown first.' },
    format: { control: 'inline-radio', options: ['json', 'csv'], description: 'Forces the format (default: by the file name).' },
    population: { control: 'number', description: 'Inhabitants, for per-inhabitant figures (overrides the data).' },
    currency: { control: 'text', description: 'Currency of a CSV file (default MAD).' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    '--og-chart-color-1': { control: 'color', description: 'First chart series.' },
    '--og-chart-color-2': { control: 'color', description: 'Second chart series.' },
  },
} satisfies Meta<BudgetArgs>;

export default meta;
type Story = StoryObj<BudgetArgs>;

export const ByCategory: Story = {};
export const ApprovedAndExecuted: Story = { args: { view: 'execution', year: 2023 } };
export const RevenueAndExpenditure: Story = { args: { view: 'overview' } };
export const YearOverYear: Story = { args: { view: 'years' } };
/** The table alone: the page does not download chart.js until a visitor asks for the chart. */
export const TableOnly: Story = { args: { display: 'table' } };
/** 6,000 lines: open a chapter, then "Show more". */
export const ThousandsOfLines: Story = { args: { api: undefined, src: `${mockApi('demo')}large/budget.json`, display: 'table' } };
export const Revenue: Story = { args: { direction: 'revenue' } };
export const FromCsv: Story = { args: { api: undefined, src: `${mockApi('demo')}budget.csv`, population: 278000 } };
export const Arabic: Story = {
  render: (args) => html`<div lang="ar" dir="rtl">${meta.render(args)}</div>`,
};
export const Dark: Story = { args: { theme: 'dark' } };
export const Loading: Story = { args: { api: mockApi('hang') } };
export const Slow: Story = { args: { api: mockApi('slow') } };
export const Empty: Story = { args: { api: mockApi('empty') } };
export const Failing: Story = { args: { api: mockApi('failing') } };
export const Flaky: Story = { args: { api: mockApi('flaky') } };
export const PartlyInvalid: Story = { args: { api: mockApi('invalid') } };
export const NotJson: Story = { args: { api: undefined, src: `${mockApi('invalid')}nothing.json` } };
export const CsvMissingColumn: Story = { args: { api: undefined, src: `${mockApi('demo')}missing-column.csv` } };
