/**
 * A CSV document (RFC 4180, with a BOM so spreadsheets read Arabic right). Numbers are
 * written plainly; text that a spreadsheet would run as a formula is neutralised.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const cell = (value: string | number | undefined): string => {
    if (value === undefined) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '';
    let text = value;
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Hands a file made on the page to the browser's download (no server involved); the name keeps letters, digits, ".", "-" and "_". */
export function downloadFile(root: Node, text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName.replace(/[^\w.-]+/g, '_');
  a.hidden = true;
  // In the document: some browsers download nothing for a link that is not.
  root.appendChild(a);
  a.click();
  a.remove();
  // Late enough for the browser to have read the file.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
