import { OgProposalForm } from './proposal-form.js';
import { define } from '../core/define.js';

export { OgProposalForm, type OgSubmitDetail } from './proposal-form.js';
export { proposalFormSchema, parseFormConfig, type FormConfig as ProposalFormConfig, type Receipt as ProposalReceipt } from './schema.js';
export { toPayload as proposalPayload, type ProposalPayload, type ProposalValues } from './proposal.js';
export { readDraft as readProposalDraft, clearDraft as clearProposalDraft, type Draft as ProposalDraft } from './draft.js';

define('og-proposal-form', OgProposalForm);

declare global {
  interface HTMLElementTagNameMap {
    'og-proposal-form': OgProposalForm;
  }
}
