/** Spreadsheets built in the test with SheetJS itself (the library the desk reads with). */
import * as XLSX from '@e965/xlsx';

export function workbookFile(name: string, sheets: Record<string, unknown[][]>, options: { bookType?: 'xlsx' | 'ods'; merges?: XLSX.Range[]; build?: (ws: XLSX.WorkSheet) => void } = {}): File {
  const wb = XLSX.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
    if (options.merges) ws['!merges'] = options.merges;
    options.build?.(ws);
    XLSX.utils.book_append_sheet(wb, ws, sheet);
  }
  const bytes = XLSX.write(wb, { type: 'array', bookType: options.bookType ?? 'xlsx' }) as ArrayBuffer;
  return new File([bytes], name);
}

/** A structurally real password-protected workbook: an OLE container with EncryptionInfo and EncryptedPackage streams. */
export function encryptedFile(name: string): File {
  const cfb = XLSX.CFB.utils.cfb_new();
  const info = new Uint8Array(64);
  info.set([4, 0, 4, 0, 0x40, 0, 0, 0]); // agile encryption, version 4.4
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', crypto.getRandomValues(new Uint8Array(4096)));
  return new File([XLSX.CFB.write(cfb, { type: 'array' }) as ArrayBuffer], name);
}
