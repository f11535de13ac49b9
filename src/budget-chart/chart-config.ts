/**
 * What the chart draws, as plain data, and its chart.js configuration. Pure (chart.js is
 * only a type import here), so the mirroring in RTL and the colors are unit-tested without
 * loading chart.js. The configuration loads with chart.js (chart-renderer.ts imports it); the
 * widget itself imports only the types and the colors (chart-colors.ts).
 */
import type { ChartConfiguration } from 'chart.js';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

export interface ChartSpec {
  labels: string[];
  series: ChartSeries[];
  /** Horizontal bars (categories) or vertical columns (overview, years). */
  orientation: 'horizontal' | 'vertical';
  rtl: boolean;
  colors: { text: string; grid: string; font: string };
  /** Compact amount for axis ticks ("12,3 M DH"). */
  formatTick: (value: number) => string;
  /** Full amount for tooltips. */
  formatValue: (value: number) => string;
  reducedMotion?: boolean;
  /** Longest category name drawn on the axis (default 28); longer ones end in "…". */
  maxLabelChars?: number;
  /** Called with the index of a clicked bar. */
  onSelect?: (index: number) => void;
}

export function buildChartConfig(spec: ChartSpec): ChartConfiguration<'bar', (number | null)[], string> {
  const horizontal = spec.orientation === 'horizontal';
  const valueAxis = horizontal ? 'x' : 'y';
  const categoryAxis = horizontal ? 'y' : 'x';
  const font = { family: spec.colors.font };
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color,
        borderColor: s.color,
        borderWidth: 1,
        maxBarThickness: 36,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: spec.reducedMotion ? false : { duration: 250 },
      locale: undefined,
      onClick: (_event, elements) => {
        if (elements.length && spec.onSelect) spec.onSelect(elements[0].index);
      },
      onHover: (event, elements) => {
        const target = event.native?.target as HTMLElement | undefined;
        if (target) target.style.cursor = elements.length && spec.onSelect ? 'pointer' : 'default';
      },
      scales: {
        // In RTL the value axis grows to the left and the categories read from the right.
        [valueAxis]: {
          type: 'linear',
          reverse: horizontal && spec.rtl,
          position: horizontal ? 'bottom' : spec.rtl ? 'right' : 'left',
          grid: { color: spec.colors.grid },
          border: { color: spec.colors.grid },
          ticks: { color: spec.colors.text, font, callback: (value: number | string) => spec.formatTick(Number(value)) },
        },
        [categoryAxis]: {
          type: 'category',
          reverse: !horizontal && spec.rtl,
          position: horizontal ? (spec.rtl ? 'right' : 'left') : 'bottom',
          grid: { display: false },
          border: { color: spec.colors.grid },
          ticks: { color: spec.colors.text, font, autoSkip: false, callback: shortLabel(spec.maxLabelChars ?? 28) },
        },
      },
      plugins: {
        legend: { display: spec.series.length > 1, rtl: spec.rtl, textDirection: spec.rtl ? 'rtl' : 'ltr', labels: { color: spec.colors.text, font } },
        tooltip: {
          rtl: spec.rtl,
          textDirection: spec.rtl ? 'rtl' : 'ltr',
          callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${spec.formatValue(Number(item.raw))}` },
        },
      },
    },
  };
}

/** Long category names are cut on the axis (the table and tooltips have them whole). */
function shortLabel(max: number) {
  return function (this: { getLabelForValue(value: number): string }, value: number | string): string {
    const label = this.getLabelForValue(Number(value));
    return label.length > max ? `${label.slice(0, max - 1)}…` : label;
  };
}
