/** The CSV header row of API.md (kept apart from csv.ts so the element can name it without loading papaparse). */
export const CSV_COLUMNS = ['year', 'code', 'parent', 'label', 'direction', 'section', 'proposed', 'approved', 'executed'] as const;
export const CSV_COLUMNS_LIST = CSV_COLUMNS.join(', ');
