/**
 * The desk's spreadsheet import, loaded by the desk with `await import()` only when a sheet is
 * imported. Defines `<og-desk-import>`.
 */
import { define } from '../../core/define.js';
import { OgDeskImport } from './desk-import.js';

define('og-desk-import', OgDeskImport);

export { OgDeskImport, type DeskImportDetail } from './desk-import.js';
export { mergeImported, rowsToItems, type ImportResult, type RejectedRow } from './to-items.js';
export { detectLayout } from './mapping.js';
export { IMPORT_RESOURCES, type ImportResource } from './fields.js';
export { readSheetFile } from './read-file.js';
export { SheetError, MAX_SHEET_BYTES } from './sheet-reader.js';

declare global {
  interface HTMLElementTagNameMap {
    'og-desk-import': OgDeskImport;
  }
}
