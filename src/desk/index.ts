import { define } from '../core/define.js';
import { OgDesk } from './desk.js';

export { OgDesk };
define('og-desk', OgDesk);

declare global {
  interface HTMLElementTagNameMap {
    'og-desk': OgDesk;
  }
}
