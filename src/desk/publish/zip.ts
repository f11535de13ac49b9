/**
 * A zip of text files, built in the browser with fflate (small, maintained, no dependencies),
 * imported only when something is downloaded as a zip.
 */
export async function zipFiles(files: Iterable<readonly [string, string | Uint8Array]>): Promise<Blob> {
  const { zipSync, strToU8 } = await import('fflate');
  const entries: Record<string, Uint8Array> = {};
  for (const [name, content] of files) entries[name] = typeof content === 'string' ? strToU8(content) : content;
  // Fixed dates: the same folder gives the same archive (the files already vary by salt and IV).
  const zipped = zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
  return new Blob([zipped as BlobPart], { type: 'application/zip' });
}
