import type { nothing, TemplateResult } from 'lit';
import type { SendController } from '../core/send-controller.js';
import type { SpamCheck } from '../core/spam-check.js';
import type { LocalizedText } from '../core/validation.js';
import type { FieldName, FormConfig } from './schema.js';
import type { Problems, ProposalValues } from './proposal.js';

/**
 * What the form's views (fields-view.ts, errors-view.ts, form-view.ts) read from the element:
 * a snapshot taken at each render, and the element's own handlers, passed as they are so that
 * lit sees the same listener at every render.
 */
export interface FormContext {
  readonly locale: string;
  readonly timeZone?: string;
  readonly config: FormConfig;
  readonly values: ProposalValues;
  /** What the person's input breaks (proposal.ts), by field. */
  readonly problems: Problems;
  /** What the server refused, by field (or by a name the form does not show). */
  readonly serverErrors: Record<string, LocalizedText>;
  /** Text from data, with its own `lang` when it is not in the UI locale (OgElement.text). */
  text(value: LocalizedText | undefined): TemplateResult | typeof nothing;
  /** Text from data, as a plain string (OgElement.plain). */
  plain(value: LocalizedText | undefined): string;
  /** Every control's `input`/`change`: the field is the control's `name`. */
  readonly onInput: (event: Event) => void;
}

/** What the form around the fields (form-view.ts) reads as well. */
export interface FormViewContext extends FormContext {
  /** The fields shown (contact fields are not, when the proposal goes by mail). */
  readonly fields: readonly FieldName[];
  /** When the consultation closes, if it says. */
  readonly closes?: string;
  readonly sender: SendController;
  readonly spam: SpamCheck;
  /** Proposals go to the person's mail app (`action="mailto:…"`). */
  readonly isMailto: boolean;
  readonly showSummary: boolean;
  readonly spamNotice: boolean;
  readonly configFailed: boolean;
  /** When the restored draft was saved (absent when nothing was restored). */
  readonly restoredFrom?: string;
  /** The draft is kept on this device (never in kiosk mode). */
  readonly draftSaved: boolean;
  /** What the polite live region says (when nothing is being sent). */
  readonly liveMessage: string;
  readonly onSubmit: (event: Event) => void;
  readonly onBlur: (event: FocusEvent) => void;
  readonly discardDraft: () => void;
}
