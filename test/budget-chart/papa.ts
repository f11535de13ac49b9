/**
 * papaparse is CommonJS/UMD: Vite bundles it, but the test server serves files as they are,
 * so tests load its browser build as a classic script and hand it to the widget.
 */
import type { CsvParser } from '../../src/budget-chart/csv.js';

let loading: Promise<CsvParser> | undefined;

export function loadPapaForTests(): Promise<CsvParser> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/papaparse/papaparse.min.js';
    script.onload = () => resolve((window as unknown as { Papa: CsvParser }).Papa);
    script.onerror = reject;
    document.head.append(script);
  });
  return loading;
}
