/**
 * The chart's colors, read from the theme when the chart is drawn. Apart from the chart.js
 * configuration (chart-config.ts), which is downloaded with chart.js, not with the page.
 */
/** Okabe–Ito, a palette that people with the common color-vision deficiencies can tell apart. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** Reads the chart colors from the host's computed theme tokens. */
export function themeColors(el: Element): { series: string[]; text: string; grid: string; font: string } {
  const style = getComputedStyle(el);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    series: OKABE_ITO.map((fallback, i) => token(`--_chart-${i + 1}`, fallback)),
    text: token('--_text', '#1b1f1d'),
    grid: token('--_border', '#c3ccc7'),
    font: token('--_font', 'system-ui, sans-serif'),
  };
}
