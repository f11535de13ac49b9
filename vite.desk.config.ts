/**
 * `vite build --config vite.desk.config.ts` → dist/desk.html: the data desk as ONE file, script
 * inlined, every lazy part (widgets for the preview, chart, translations) inlined too. The
 * spreadsheet reader (SheetJS) is not part of that script: it is the sheet Worker's code, held as
 * text and started from a Blob URL when a sheet is imported (scripts/sheet-worker-inline.mjs). It works uploaded with dist/, served by `npm start`, or opened by double-click
 * from the disk: file:// pages cannot load ES module files, but an inline module runs, and the
 * preview is this same file in a frame. (`vite --config vite.desk.config.ts` serves it for work.)
 */
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
// @ts-expect-error -- a plain .mjs shared with the e2e tests and the bench
import { SHEET_WORKER_STARTER, sheetWorkerStarterSource } from './scripts/sheet-worker-inline.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Moves the built script into the HTML page (and drops the separate file). */
function inlineIntoHtml(): Plugin {
  return {
    name: 'opengov-desk-single-file',
    apply: 'build',
    enforce: 'post',
    // After vite's own generateBundle steps (which fill in the dynamic-import helper).
    generateBundle: { order: 'post', handler(_options, bundle) {
      const page = Object.values(bundle).find((file) => file.type === 'asset' && file.fileName.endsWith('.html'));
      if (!page || page.type !== 'asset') return;
      let htmlText = String(page.source);
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type !== 'chunk') continue;
        const tag = new RegExp(`<script type="module"[^>]*src="[^"]*${file.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*></script>`);
        if (!tag.test(htmlText)) throw new Error(`desk build: ${file.fileName} is not referenced by the page (code splitting must stay off)`);
        // `</script` inside the code would end the element early.
        const code = file.code.replace(/<\/script/gi, '<\\/script');
        htmlText = htmlText.replace(tag, () => `<script type="module">${code}</script>`);
        delete bundle[name];
      }
      htmlText = htmlText.replace(/<link rel="modulepreload"[^>]*>/g, '');
      page.source = htmlText;
    } },
  };
}

/** start-sheet-worker.ts replaced by the Worker from inlined text (works from file:// too). */
function inlineSheetWorker(): Plugin {
  return {
    name: 'opengov-desk-sheet-worker',
    apply: 'build',
    load: { filter: { id: SHEET_WORKER_STARTER }, handler: () => sheetWorkerStarterSource() },
  };
}

export default defineConfig({
  base: './',
  plugins: [inlineSheetWorker(), inlineIntoHtml()],
  define: { __VERSION__: JSON.stringify(version) },
  server: { host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    target: 'es2021',
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    modulePreload: false,
    rolldownOptions: {
      input: { desk: 'desk.html' },
      output: { codeSplitting: false },
    },
  },
});
