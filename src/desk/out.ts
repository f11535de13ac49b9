/**
 * Writing files out: a download (always), or into a folder the person picks (File System
 * Access API, where the browser has it). Nothing is sent anywhere.
 */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  downloadBlob(name, new Blob([text], { type: `${type};charset=utf-8` }));
}

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface DirectoryHandle {
  getFileHandle(name: string, options: { create: boolean }): Promise<{ createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }> }>;
}

export const canSaveToFolder = () => typeof (window as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function';

let folder: DirectoryHandle | undefined;

/** Saves the files into a folder the person picks (asked once per visit). */
export async function saveToFolder(files: Record<string, string>): Promise<void> {
  folder ??= await (window as unknown as { showDirectoryPicker(o: { mode: string }): Promise<DirectoryHandle> }).showDirectoryPicker({ mode: 'readwrite' });
  for (const [name, text] of Object.entries(files)) {
    const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  }
}
