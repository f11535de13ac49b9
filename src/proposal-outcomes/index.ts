import { OgProposalOutcomes } from './proposal-outcomes.js';
import { define } from '../core/define.js';

export { OgProposalOutcomes } from './proposal-outcomes.js';
export * from './schema.js';
export * from './outcomes.js';

define('og-proposal-outcomes', OgProposalOutcomes);

declare global {
  interface HTMLElementTagNameMap {
    'og-proposal-outcomes': OgProposalOutcomes;
  }
}
