/**
 * The desk page's script (desk.html). The same page is also the preview shown in its iframe
 * (`#preview`), so the single-file build needs no other file.
 */
import { startPreviewPage } from './preview-page.js';

if (location.hash === '#preview') {
  startPreviewPage();
} else {
  let lang: string | null = null;
  try {
    lang = localStorage.getItem('opengov-desk:lang');
  } catch {
    /* storage disabled */
  }
  lang ??= /^(ar|fr|zgh|en)\b/.exec(navigator.language)?.[1] ?? 'fr';
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  void import('./index.js');
}
