import type { nothing, TemplateResult } from 'lit';
import type { LocalizedText } from '../core/validation.js';
import type { AmountKind, BudgetDocument, Direction } from './schema.js';
import type { SortDirection, SortKey } from './figures.js';
import type { BudgetDisplay, BudgetView } from './labels.js';

/** One line of the chart's keyboard walk and of drill-down by click. */
export interface Bar {
  label: string;
  code?: string;
  drill: boolean;
  values: (number | undefined)[];
}

/**
 * How the views change what the widget shows. The widget makes this object once: a listener
 * passed as it is (rowClick, showMore, the selects' changes) is the same function every render.
 */
export interface ViewActions {
  /** Text from data, with its own `lang` when it differs from the UI's. */
  text(value: LocalizedText | undefined): TemplateResult | typeof nothing;
  /** Text from data as a plain string (sorting, chart labels, CSV). */
  plain(value: LocalizedText | undefined): string;
  /** Opens a category: listens on a table body, reads the clicked row's `data-code`. */
  rowClick(e: Event): void;
  sortBy(key: SortKey): void;
  showMore(): void;
  /** Goes back to a level of the breadcrumb (0: the top). */
  goTo(depth: number): void;
  selectYear(e: Event): void;
  selectDirection(e: Event): void;
  selectKind(e: Event): void;
  selectView(view: BudgetView): void;
  showAs(display: BudgetDisplay): void;
  /** Saves these CSV figures as a file. */
  download(csv: string): void;
}

/** What the views read from the widget for one render, and its actions. */
export interface ViewContext extends ViewActions {
  data: BudgetDocument;
  locale: string;
  timeZone?: string;
  /** Amounts shown (the chosen kind when the data has it, else the data's default). */
  kind: AmountKind;
  direction: Direction;
  population?: number;
  shownAs: BudgetDisplay;
  /** Table rows shown so far ("show more" adds PAGE_SIZE). */
  shownCount: number;
  /**
   * Of those, how many rows this frame draws: FIRST_ROWS when a table has just opened or grown,
   * the rest once that frame is painted (then Infinity). See `rowsDrawn`.
   */
  rowLimit: number;
  /** The column the visitor sorted by; undefined: the default order. */
  sortKey?: SortKey;
  sortDirection: SortDirection;
  /** An amount in the data's currency, "—" when there is none. */
  money(amount: number | undefined): string;
  /** The chart's figure for these bars; the widget keeps them for the chart and its keyboard walk. */
  chart(title: string, bars: Bar[], seriesLabels: string[], orientation: 'horizontal' | 'vertical'): TemplateResult | typeof nothing;
}
