/**
 * The form's controls — text fields with their hints, errors and character counters, the theme,
 * the optional questions about the person and the consent — and the words that name the fields
 * and their problems (also used by the error summary, the mail text and the live counter).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';
import { AGE_RANGES, GENDERS, TEXT_FIELDS, type FieldName } from './schema.js';
import { characterCount, limitOf, type FieldProblem, type MailLabels } from './proposal.js';
import type { FormContext } from './form-context.js';

export function fieldLabel(field: FieldName): string {
  switch (field) {
    case 'title':
      return msg('Title', { id: 'proposals.field.title' });
    case 'problem':
      return msg('The problem', { id: 'proposals.field.problem' });
    case 'solution':
      return msg('Your proposed solution', { id: 'proposals.field.solution' });
    case 'expectedResult':
      return msg('The expected result', { id: 'proposals.field.expectedResult' });
    case 'theme':
      return msg('Theme', { id: 'proposals.field.theme' });
    case 'name':
      return msg('Name', { id: 'proposals.field.name' });
    case 'email':
      return msg('Email address', { id: 'proposals.field.email' });
    case 'phone':
      return msg('Phone number', { id: 'proposals.field.phone' });
    case 'gender':
      return msg('Gender', { id: 'proposals.field.gender' });
    case 'ageRange':
      return msg('Age', { id: 'proposals.field.ageRange' });
    case 'consent':
      return msg('Consent', { id: 'proposals.field.consent' });
  }
}

/** The words of the mail a `mailto:` action opens (proposal.ts mailtoLink). */
export function mailLabels(): MailLabels {
  return {
    subject: msg('Proposal', { id: 'proposals.mail.subject' }),
    title: fieldLabel('title'),
    theme: fieldLabel('theme'),
    problem: fieldLabel('problem'),
    solution: fieldLabel('solution'),
    expectedResult: fieldLabel('expectedResult'),
  };
}

export function problemText(field: FieldName, problem: FieldProblem, locale: string): string {
  switch (problem.code) {
    case 'required':
      if (field === 'title') return msg('Enter a title for your proposal.', { id: 'proposals.error.title' });
      if (field === 'problem') return msg('Describe the problem.', { id: 'proposals.error.problem' });
      if (field === 'solution') return msg('Describe the solution you propose.', { id: 'proposals.error.solution' });
      return msg('Enter your name.', { id: 'proposals.error.name' });
    case 'too-long':
      return msg(str`Use ${formatNumber(problem.max, locale)} characters or fewer (${formatNumber(problem.over, locale)} too many).`, { id: 'proposals.error.too-long' });
    case 'email':
      return msg('Enter an email address like name@example.com.', { id: 'proposals.error.email' });
    case 'phone':
      return msg('Enter a phone number like 0612345678 or +212 612 345 678.', { id: 'proposals.error.phone' });
    case 'contact-required':
      return msg('Give an email address or a phone number so that the commune can answer you.', { id: 'proposals.error.contact' });
    case 'consent':
      return msg('Tick the box to agree, otherwise your proposal cannot be sent.', { id: 'proposals.error.consent' });
  }
}

/** "Characters left: 12" / "Too many characters: 3" (shown under the field, and read out after a pause). */
export function counterText(value: string, max: number, locale: string): string {
  const left = max - characterCount(value);
  return left >= 0
    ? msg(str`Characters left: ${formatNumber(left, locale)}`, { id: 'proposals.counter.left' })
    : msg(str`Too many characters: ${formatNumber(-left, locale)}`, { id: 'proposals.counter.over' });
}

function genderLabel(value: (typeof GENDERS)[number]): string {
  switch (value) {
    case 'woman':
      return msg('Woman', { id: 'proposals.gender.woman' });
    case 'man':
      return msg('Man', { id: 'proposals.gender.man' });
    case 'unspecified':
      return msg('I prefer not to say', { id: 'proposals.gender.unspecified' });
  }
}

function ageLabel(value: (typeof AGE_RANGES)[number], locale: string): string {
  const n = (v: number) => formatNumber(v, locale);
  switch (value) {
    case 'under-18':
      return msg(str`Under ${n(18)}`, { id: 'proposals.age.under' });
    case '60-plus':
      return msg(str`${n(60)} or older`, { id: 'proposals.age.over' });
    default: {
      const [from, to] = value.split('-').map(Number);
      return msg(str`${n(from)} to ${n(to)}`, { id: 'proposals.age.range' });
    }
  }
}

/** The field's message: the person's problem first, else what the server said about it. */
export function fieldError(ctx: FormContext, field: FieldName): TemplateResult | string | typeof nothing | undefined {
  const problem = ctx.problems[field];
  if (problem) return problemText(field, problem, ctx.locale);
  const server = ctx.serverErrors[field];
  return server && ctx.plain(server) ? ctx.text(server) : undefined;
}

function describedBy(ctx: FormContext, field: FieldName, extra: (string | false | undefined)[] = []): string {
  const ids = [...extra, fieldError(ctx, field) ? `f-${field}-error` : undefined].filter(Boolean);
  return ids.join(' ');
}

function renderFieldError(ctx: FormContext, field: FieldName): TemplateResult | typeof nothing {
  const error = fieldError(ctx, field);
  if (!error) return nothing;
  return html`<p class="field-error" part="field-error" id=${`f-${field}-error`}>
    <span class="visually-hidden">${msg('Error:', { id: 'proposals.error-prefix' })}</span> ${error}
  </p>`;
}

function renderLabel(field: FieldName, optional: boolean): TemplateResult {
  return html`<label for=${`f-${field}`}>
    ${fieldLabel(field)} ${optional ? html`<span class="optional">${msg('(optional)', { id: 'proposals.optional' })}</span>` : nothing}
  </label>`;
}

interface TextOptions {
  multiline?: boolean;
  optional?: boolean;
  hint?: string;
  type?: string;
  autocomplete?: string;
  dir?: 'ltr';
}

/** A text field; `live()` keeps what the person typed when a render brings an older value. */
function renderText(ctx: FormContext, field: FieldName, opts: TextOptions = {}): TemplateResult {
  const max = (TEXT_FIELDS as readonly string[]).includes(field) ? limitOf(field, ctx.config) : undefined;
  const value = ctx.values[field] as string;
  const invalid = !!fieldError(ctx, field);
  const count = max !== undefined ? characterCount(value) : 0;
  const ariaDescribedBy = describedBy(ctx, field, [opts.hint && `f-${field}-hint`, max !== undefined && `f-${field}-limit`]);
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
    ${renderLabel(field, !!opts.optional)}
    ${opts.hint ? html`<p class="hint muted" id=${`f-${field}-hint`}>${opts.hint}</p>` : nothing}
    ${renderFieldError(ctx, field)}
    ${opts.multiline
      ? html`<textarea
          id=${`f-${field}`}
          name=${field}
          rows="5"
          dir="auto"
          .value=${live(value)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ariaDescribedBy || nothing}
          ?required=${!opts.optional}
          @input=${ctx.onInput}
        ></textarea>`
      : html`<input
          id=${`f-${field}`}
          name=${field}
          type=${opts.type ?? 'text'}
          dir=${opts.dir ?? 'auto'}
          autocomplete=${opts.autocomplete ?? nothing}
          .value=${live(value)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ariaDescribedBy || nothing}
          ?required=${!opts.optional}
          @input=${ctx.onInput}
        />`}
    ${max !== undefined
      ? html`<span class="visually-hidden" id=${`f-${field}-limit`}>${msg(str`You can enter up to ${formatNumber(max, ctx.locale)} characters.`, { id: 'proposals.counter.limit' })}</span>
          <p class="counter muted ${count > max ? 'over' : ''}" part="counter" aria-hidden="true">${counterText(value, max, ctx.locale)}</p>`
      : nothing}
  </div>`;
}

function renderTheme(ctx: FormContext): TemplateResult {
  const invalid = !!fieldError(ctx, 'theme');
  return html`<div class="field" part="field">
    ${renderLabel('theme', true)} ${renderFieldError(ctx, 'theme')}
    <select
      id="f-theme"
      name="theme"
      .value=${live(ctx.values.theme)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(ctx, 'theme') || nothing}
      @change=${ctx.onInput}
    >
      <option value="">${msg('Choose a theme', { id: 'proposals.theme.choose' })}</option>
      ${ctx.config.themes.map((t) => html`<option value=${t.id} ?selected=${t.id === ctx.values.theme}>${ctx.plain(t.label)}</option>`)}
    </select>
  </div>`;
}

function renderSelect(ctx: FormContext, field: 'gender' | 'ageRange', options: [string, string][]): TemplateResult {
  return html`<div class="field" part="field">
    ${renderLabel(field, true)} ${renderFieldError(ctx, field)}
    <select id=${`f-${field}`} name=${field} .value=${live(ctx.values[field])} aria-describedby=${describedBy(ctx, field) || nothing} @change=${ctx.onInput}>
      <option value="">${msg('Not given', { id: 'proposals.not-given' })}</option>
      ${options.map(([value, label]) => html`<option value=${value} ?selected=${value === ctx.values[field]}>${label}</option>`)}
    </select>
  </div>`;
}

/** What the person proposes: title, theme (when the settings list themes), problem, solution, expected result. */
export function renderProposalFields(ctx: FormContext, withTheme: boolean): TemplateResult {
  return html`<fieldset>
    <legend>${msg('What you propose', { id: 'proposals.group.proposal' })}</legend>
    ${renderText(ctx, 'title', { autocomplete: 'off' })}
    ${withTheme ? renderTheme(ctx) : nothing}
    ${renderText(ctx, 'problem', { multiline: true, hint: msg('What does not work today, and for whom?', { id: 'proposals.hint.problem' }) })}
    ${renderText(ctx, 'solution', { multiline: true, hint: msg('What should be done, and by whom?', { id: 'proposals.hint.solution' }) })}
    ${renderText(ctx, 'expectedResult', { multiline: true, optional: true, hint: msg('What would change if it were done?', { id: 'proposals.hint.expectedResult' }) })}
  </fieldset>`;
}

/** How to answer the person, and who they are (both optional unless the settings require a contact). */
export function renderContactFields(ctx: FormContext): TemplateResult {
  const required = ctx.config.contactRequired;
  return html`<fieldset>
      <legend>${required ? msg('How to contact you', { id: 'proposals.group.contact-required' }) : msg('How to contact you (optional)', { id: 'proposals.group.contact' })}</legend>
      <p class="muted hint" id="contact-hint">
        ${required
          ? msg('Give your name and an email address or a phone number, so that the commune can answer you.', { id: 'proposals.hint.contact-required' })
          : msg('Only if you want the commune to be able to answer you.', { id: 'proposals.hint.contact' })}
      </p>
      ${renderText(ctx, 'name', { autocomplete: 'name', optional: !required })}
      ${renderText(ctx, 'email', { type: 'email', autocomplete: 'email', optional: true, dir: 'ltr' })}
      ${renderText(ctx, 'phone', { type: 'tel', autocomplete: 'tel', optional: true, dir: 'ltr' })}
    </fieldset>
    <fieldset>
      <legend>${msg('About you (optional)', { id: 'proposals.group.about' })}</legend>
      <p class="muted hint">${msg('Only used to count who takes part (for example how many women and men). Leave empty if you prefer.', { id: 'proposals.hint.about' })}</p>
      ${renderSelect(ctx, 'gender', GENDERS.map((g) => [g, genderLabel(g)]))}
      ${renderSelect(ctx, 'ageRange', AGE_RANGES.map((a) => [a, ageLabel(a, ctx.locale)]))}
    </fieldset>`;
}

export function renderConsent(ctx: FormContext): TemplateResult {
  const invalid = !!fieldError(ctx, 'consent');
  const privacy = safeUrl(ctx.config.privacyNoticeUrl);
  return html`<div class="field consent ${invalid ? 'invalid' : ''}" part="field">
    ${renderFieldError(ctx, 'consent')}
    <div class="check">
      <input
        id="f-consent"
        name="consent"
        type="checkbox"
        .checked=${live(ctx.values.consent)}
        required
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy(ctx, 'consent', ['consent-hint']) || nothing}
        @change=${ctx.onInput}
      />
      <label for="f-consent">
        ${msg('I agree that the commune processes my proposal, and the contact details I chose to give, to review it and answer me.', { id: 'proposals.consent' })}
      </label>
    </div>
    <p class="hint muted" id="consent-hint">
      ${msg('Your personal data is protected by law 09-08. It is never published.', { id: 'proposals.privacy' })}
      ${privacy ? html`<a href=${privacy} target="_blank" rel="noopener">${msg('Read the privacy notice', { id: 'proposals.privacy-link' })}</a>` : nothing}
    </p>
  </div>`;
}
