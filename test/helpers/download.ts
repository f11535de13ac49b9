import { waitUntil } from './wait.js';

/** A file a widget offered for download: its name, the address its link pointed at, its content. */
export interface Download {
  name: string;
  href: string;
  blob: Blob;
}

/**
 * Runs `act` (a click on a widget's download button) and returns the first file it saved. The
 * link's click is caught, so nothing is written to disk, and Blob URLs read `blob:test`. Waits,
 * with a bound, for a download that follows a part loaded on demand (the calendar's .ics).
 */
export async function captureDownload(act: () => unknown): Promise<Download> {
  const blobs: Blob[] = [];
  const clicked: { name: string; href: string }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push({ name: this.download, href: this.href });
  };
  try {
    await act();
    await waitUntil(() => clicked.length > 0, 'nothing was downloaded');
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return { ...clicked[0], blob: blobs[0] };
}
