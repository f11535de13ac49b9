/**
 * The only module that imports chart.js, and only what the bar charts use (tree-shaken).
 * The widget loads it with a dynamic import() when it comes near the viewport.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { buildChartConfig, type ChartSpec } from './chart-config.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface ChartHandle {
  update(spec: ChartSpec): void;
  /** Highlights bar `index` (keyboard use) and shows its tooltip; -1 clears. */
  highlight(index: number): void;
  destroy(): void;
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): ChartHandle {
  const chart = new Chart(canvas, buildChartConfig(spec));
  return {
    update(next) {
      const config = buildChartConfig(next);
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update();
    },
    highlight(index) {
      const active = index < 0 ? [] : chart.data.datasets.map((_, datasetIndex) => ({ datasetIndex, index }));
      chart.setActiveElements(active);
      chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
      chart.update('none');
    },
    destroy() {
      chart.destroy();
    },
  };
}
