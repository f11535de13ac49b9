import { define } from '../core/define.js';
import { registerMessageParts } from '../core/localization.js';
import { OgDesk } from './desk.js';

export { OgDesk };
// The desk's translations (ids desk.*), fetched like a widget's: only the locale in use.
registerMessageParts('og-desk', 'desk', {
  fr: () => import('../generated/locales/desk/fr.js'),
  ar: () => import('../generated/locales/desk/ar.js'),
  zgh: () => import('../generated/locales/desk/zgh.js'),
});
define('og-desk', OgDesk);

declare global {
  interface HTMLElementTagNameMap {
    'og-desk': OgDesk;
  }
}
