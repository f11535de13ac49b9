import { OgCommitmentTracker } from './commitment-tracker.js';
import { define } from '../core/define.js';

export { OgCommitmentTracker } from './commitment-tracker.js';
export * from './schema.js';
export * from './progress.js';

define('og-commitment-tracker', OgCommitmentTracker);

declare global {
  interface HTMLElementTagNameMap {
    'og-commitment-tracker': OgCommitmentTracker;
  }
}
