import { msg } from '@lit/localize';
import type { AmountKind, Direction } from './schema.js';
import type { SectionKey } from './tree.js';

/** Localized names of the contract's values (one message each, never concatenated). */
export function kindLabel(kind: AmountKind): string {
  switch (kind) {
    case 'proposed':
      return msg('Proposed', { id: 'budget.kind.proposed' });
    case 'approved':
      return msg('Approved', { id: 'budget.kind.approved' });
    case 'executed':
      return msg('Executed', { id: 'budget.kind.executed' });
  }
}

export function directionLabel(direction: Direction): string {
  return direction === 'revenue' ? msg('Revenue', { id: 'budget.direction.revenue' }) : msg('Expenditure', { id: 'budget.direction.expenditure' });
}

export function topLabel(direction: Direction): string {
  return direction === 'revenue' ? msg('All revenue', { id: 'budget.top.revenue' }) : msg('All expenditure', { id: 'budget.top.expenditure' });
}

export function sectionLabel(section: SectionKey): string {
  switch (section) {
    case 'operating':
      return msg('Operating', { id: 'budget.section.operating' });
    case 'investment':
      return msg('Investment', { id: 'budget.section.investment' });
    default:
      return msg('No section given', { id: 'budget.section.unspecified' });
  }
}

/** Chart and table, or the table only. */
export type BudgetDisplay = 'chart' | 'table';

export type BudgetView = 'categories' | 'execution' | 'overview' | 'years';
export const BUDGET_VIEWS: readonly BudgetView[] = ['categories', 'execution', 'overview', 'years'];

export function viewLabel(view: BudgetView): string {
  switch (view) {
    case 'categories':
      return msg('By category', { id: 'budget.view.categories' });
    case 'execution':
      return msg('Approved and executed', { id: 'budget.view.execution' });
    case 'overview':
      return msg('Revenue and expenditure', { id: 'budget.view.overview' });
    case 'years':
      return msg('Year over year', { id: 'budget.view.years' });
  }
}
