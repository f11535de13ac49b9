import { define } from '../core/define.js';
import { registerMessageParts } from '../core/localization.js';
import { OgDesk } from './desk.js';
import { useEnumLabelMessages } from './enum-labels.js';

export { OgDesk };
// The desk's translations (ids desk.*), fetched like a widget's: only the locale in use.
registerMessageParts('og-desk', 'desk', {
  fr: () => import('../generated/locales/desk/fr.js'),
  ar: () => import('../generated/locales/desk/ar.js'),
  zgh: () => import('../generated/locales/desk/zgh.js'),
});
// The enum values' words are the widgets' own messages (statuses, decisions…).
useEnumLabelMessages();
define('og-desk', OgDesk);

declare global {
  interface HTMLElementTagNameMap {
    'og-desk': OgDesk;
  }
}
