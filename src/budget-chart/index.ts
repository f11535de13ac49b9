import { OgBudgetChart } from './budget-chart.js';
import { define } from '../core/define.js';

export { OgBudgetChart } from './budget-chart.js';
export * from './schema.js';
export * from './tree.js';
export * from './figures.js';
export { parseAmount } from './amount.js';
export { MissingColumnError } from './errors.js';
export { CSV_COLUMNS } from './csv-columns.js';

define('og-budget-chart', OgBudgetChart);

declare global {
  interface HTMLElementTagNameMap {
    'og-budget-chart': OgBudgetChart;
  }
}
