import { html, type TemplateResult } from 'lit';

/** One figure of a table row, as shown. */
export interface Cell {
  text: string;
  /** Shown in the danger colour (a negative amount). */
  negative?: boolean;
}

const cls = (cell: Cell) => (cell.negative ? 'negative' : '');

/**
 * A row's figures as one template rather than one per cell: opening a level renders up to
 * PAGE_SIZE new rows at once, and a template per cell meant four more to clone per row. The
 * tables have one to five figures a row (amounts, execution rate, per inhabitant); more (many
 * years) falls back to a template per cell.
 */
export function valueCells(cells: readonly Cell[]): TemplateResult | TemplateResult[] {
  const [a, b, c, d, e] = cells;
  switch (cells.length) {
    case 1:
      return html`<td class=${cls(a)}>${a.text}</td>`;
    case 2:
      return html`<td class=${cls(a)}>${a.text}</td><td class=${cls(b)}>${b.text}</td>`;
    case 3:
      return html`<td class=${cls(a)}>${a.text}</td><td class=${cls(b)}>${b.text}</td><td class=${cls(c)}>${c.text}</td>`;
    case 4:
      return html`<td class=${cls(a)}>${a.text}</td><td class=${cls(b)}>${b.text}</td><td class=${cls(c)}>${c.text}</td><td class=${cls(d)}>${d.text}</td>`;
    case 5:
      return html`<td class=${cls(a)}>${a.text}</td><td class=${cls(b)}>${b.text}</td><td class=${cls(c)}>${c.text}</td><td class=${cls(d)}>${d.text}</td
        ><td class=${cls(e)}>${e.text}</td>`;
    default:
      return cells.map((cell) => html`<td class=${cls(cell)}>${cell.text}</td>`);
  }
}
