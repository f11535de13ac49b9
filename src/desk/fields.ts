/**
 * Draws the form of a document from its field tree (schema-walk.ts): objects as fieldsets,
 * lists with add / move / duplicate / delete, LocalizedText with its four languages side by side,
 * date pickers in the commune's zone, amounts with the locale's separators, and each field's
 * problems under it (issues.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../core/format.js';
import { parseAmount } from '../budget-chart/amount.js';
import { resolveText } from '../core/localized-text.js';
import type { LocalizedText } from '../core/validation.js';
import { getAt, TEXT_LANGUAGES, type Path } from './document.js';
import { pathKey } from './issues.js';
import { fieldLabel, LANGUAGE_NAMES } from './labels.js';
import type { FieldNode, ObjectField } from './schema-walk.js';
import { instantToLocalInput, localInputToInstant } from './zoned-input.js';
import { enumLabel } from './enum-labels.js';

export interface FormContext {
  document: unknown;
  problems: Map<string, string[]>;
  locale: string;
  zone: string;
  /** Raw text typed in number fields, kept while the field has focus. */
  drafts: Map<string, string>;
  open: Set<string>;
  change(path: Path, value: unknown): void;
  addItem(listPath: Path, item: FieldNode): void;
  addField(path: Path, node: FieldNode): void;
  removeItem(listPath: Path, index: number): void;
  moveItem(listPath: Path, from: number, to: number): void;
  duplicateItem(listPath: Path, index: number): void;
  toggle(key: string, open: boolean): void;
}

const LONG_TEXTS = new Set(['summary', 'description', 'text', 'answer', 'note', 'objectives']);
const idOf = (path: Path) => `f-${pathKey(path).replace(/[^\w.-]/g, '_') || 'root'}`;

export function renderField(ctx: FormContext, node: FieldNode, path: Path, key: string | number, required: boolean): TemplateResult | typeof nothing {
  const value = getAt(ctx.document, path);
  switch (node.kind) {
    case 'object':
      if (value === undefined && !required && path.length) return renderAddOptional(ctx, node, path, key);
      return renderObject(ctx, node, path, key, required);
    case 'array':
      return renderList(ctx, node.item, path, key);
    case 'text':
      return renderText(ctx, path, key, required);
    case 'raw':
    case 'map':
      return renderRaw(ctx, path, key, required);
    default:
      return renderScalar(ctx, node, path, key, required);
  }
}

function problemsFor(ctx: FormContext, path: Path): TemplateResult | typeof nothing {
  const problems = ctx.problems.get(pathKey(path));
  if (!problems?.length) return nothing;
  return html`<p class="problem" id=${`${idOf(path)}-problem`} role="alert">${problems.join(' ')}</p>`;
}

const describedBy = (ctx: FormContext, path: Path) => (ctx.problems.has(pathKey(path)) ? `${idOf(path)}-problem` : nothing);
const invalid = (ctx: FormContext, path: Path) => (ctx.problems.has(pathKey(path)) ? 'true' : nothing);

function labelText(key: string | number, required: boolean): TemplateResult {
  return html`${fieldLabel(key)}${required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}`;
}

function renderAddOptional(ctx: FormContext, node: FieldNode, path: Path, key: string | number): TemplateResult {
  return html`<div class="field optional-group">
    <button type="button" class="add" @click=${() => ctx.addField(path, node)}>${msg(str`Add: ${fieldLabel(key)}`, { id: 'desk.addField' })}</button>
  </div>`;
}

function renderObject(ctx: FormContext, node: { fields: ObjectField[] }, path: Path, key: string | number, required: boolean): TemplateResult {
  const body = node.fields.map((field) => renderField(ctx, field.node, [...path, field.key], field.key, field.required));
  if (!path.length || typeof key === 'number') return html`${problemsFor(ctx, path)}${body}`;
  return html`<fieldset class="group">
    <legend>${labelText(key, required)}</legend>
    ${problemsFor(ctx, path)} ${body}
    ${required
      ? nothing
      : html`<button type="button" class="remove-field" @click=${() => ctx.change(path, undefined)}>${msg(str`Remove: ${fieldLabel(key)}`, { id: 'desk.removeField' })}</button>`}
  </fieldset>`;
}

/** The words that name an item in its list (its title, name, label, code or reference). */
export function itemSummary(item: unknown, locale: string): string {
  if (item === null || typeof item !== 'object') return item === undefined ? '' : String(item);
  const record = item as Record<string, unknown>;
  for (const key of ['title', 'name', 'label', 'reference', 'year', 'code', 'id', 'date', 'at']) {
    const value = record[key];
    if (value === undefined || value === '') continue;
    const text = typeof value === 'object' ? resolveText(value as LocalizedText, locale).text : String(value);
    if (text.trim()) return record.code !== undefined && key === 'label' ? `${String(record.code)} · ${text}` : text;
  }
  return '';
}

function renderList(ctx: FormContext, item: FieldNode, path: Path, key: string | number): TemplateResult {
  const list = (getAt(ctx.document, path) as unknown[] | undefined) ?? [];
  const structured = item.kind === 'object' || item.kind === 'array';
  const label = fieldLabel(key);
  const itemsHtml = list.map((value, index) => {
    const itemPath = [...path, index];
    const name = itemSummary(value, ctx.locale) || msg(str`Item ${index + 1}`, { id: 'desk.item' });
    const actions = html`<div class="item-actions" role="group" aria-label=${msg(str`Actions on ${name}`, { id: 'desk.itemActions' })}>
      <button type="button" ?disabled=${index === 0} @click=${() => ctx.moveItem(path, index, index - 1)}>${msg('Move up', { id: 'desk.moveUp' })}</button>
      <button type="button" ?disabled=${index === list.length - 1} @click=${() => ctx.moveItem(path, index, index + 1)}>${msg('Move down', { id: 'desk.moveDown' })}</button>
      <button type="button" @click=${() => ctx.duplicateItem(path, index)}>${msg('Duplicate', { id: 'desk.duplicate' })}</button>
      <button type="button" class="danger" @click=${() => ctx.removeItem(path, index)}>${msg('Delete', { id: 'desk.delete' })}</button>
    </div>`;
    if (!structured) {
      return html`<li class="inline-item">${renderField(ctx, item, itemPath, index, true)}${actions}</li>`;
    }
    const openKey = pathKey(itemPath);
    const open = ctx.open.has(openKey);
    const hasProblem = [...ctx.problems.keys()].some((k) => k === openKey || k.startsWith(`${openKey}.`));
    return html`<li class="item" data-key=${openKey} data-id=${String((value as { id?: unknown })?.id ?? '')}>
      <details ?open=${open} @toggle=${(e: Event) => ctx.toggle(openKey, (e.target as HTMLDetailsElement).open)}>
        <summary>
          <span class="item-number">${index + 1}.</span> <span dir="auto">${name}</span>
          ${hasProblem ? html`<span class="badge-problem">${msg('to fix', { id: 'desk.toFix' })}</span>` : nothing}
        </summary>
        ${open ? html`<div class="item-body">${renderField(ctx, item, itemPath, index, true)}</div>` : nothing}
      </details>
      ${actions}
    </li>`;
  });
  return html`<section class="list" aria-label=${label}>
    <h3 class="list-title">${label} <span class="count">(${list.length})</span></h3>
    ${problemsFor(ctx, path)}
    <ol>${itemsHtml}</ol>
    <button type="button" class="add" @click=${() => ctx.addItem(path, item)}>${msg(str`Add to ${label}`, { id: 'desk.addItem' })}</button>
  </section>`;
}

function renderText(ctx: FormContext, path: Path, key: string | number, required: boolean): TemplateResult {
  const value = getAt(ctx.document, path) as LocalizedText | undefined;
  const long = typeof key === 'string' ? LONG_TEXTS.has(key) : LONG_TEXTS.has(String(path[path.length - 2]));
  const texts: Record<string, string> = typeof value === 'string' ? { fr: value } : (value ?? {});
  const set = (language: string, text: string) => {
    const next: Record<string, string> = { ...texts };
    if (text === '') delete next[language];
    else next[language] = text;
    ctx.change(path, Object.keys(next).length || required ? next : undefined);
  };
  const id = idOf(path);
  return html`<fieldset class="field text-field" aria-describedby=${describedBy(ctx, path)}>
    <legend>${labelText(key, required)}</legend>
    <div class="languages">
      ${TEXT_LANGUAGES.map((language) => {
        const inputId = `${id}-${language}`;
        const dir = language === 'ar' ? 'rtl' : 'ltr';
        const common = { id: inputId, value: texts[language] ?? '' };
        return html`<div class="language" lang=${language}>
          <label for=${inputId}>${LANGUAGE_NAMES[language]}</label>
          ${long
            ? html`<textarea id=${common.id} lang=${language} dir=${dir} rows="3" aria-invalid=${invalid(ctx, path)} .value=${common.value}
                @input=${(e: Event) => set(language, (e.target as HTMLTextAreaElement).value)}></textarea>`
            : html`<input id=${common.id} lang=${language} dir=${dir} aria-invalid=${invalid(ctx, path)} .value=${common.value}
                @input=${(e: Event) => set(language, (e.target as HTMLInputElement).value)} />`}
        </div>`;
      })}
    </div>
    ${problemsFor(ctx, path)}
  </fieldset>`;
}

function renderRaw(ctx: FormContext, path: Path, key: string | number, required: boolean): TemplateResult {
  const id = idOf(path);
  const value = getAt(ctx.document, path);
  const draft = ctx.drafts.get(pathKey(path));
  return html`<div class="field">
    <label for=${id}>${labelText(key, required)}</label>
    <textarea id=${id} class="raw" dir="ltr" rows="3" spellcheck="false" aria-describedby=${describedBy(ctx, path)} aria-invalid=${invalid(ctx, path)}
      .value=${draft ?? (value === undefined ? '' : JSON.stringify(value, null, 2))}
      @input=${(e: Event) => {
        const text = (e.target as HTMLTextAreaElement).value;
        ctx.drafts.set(pathKey(path), text);
        try {
          ctx.change(path, text.trim() === '' ? undefined : JSON.parse(text));
        } catch {
          ctx.change(path, text);
        }
      }}
      @blur=${() => ctx.drafts.delete(pathKey(path))}></textarea>
    ${problemsFor(ctx, path)}
  </div>`;
}

function renderScalar(ctx: FormContext, node: FieldNode, path: Path, key: string | number, required: boolean): TemplateResult {
  const id = idOf(path);
  const value = getAt(ctx.document, path);
  const aria = { describedby: describedBy(ctx, path), invalid: invalid(ctx, path) };
  const setOptional = (next: unknown) => ctx.change(path, next === '' && !required ? undefined : next);
  let control: TemplateResult;
  switch (node.kind) {
    case 'boolean':
      return html`<div class="field checkbox">
        <input type="checkbox" id=${id} .checked=${value === true} aria-describedby=${aria.describedby}
          @change=${(e: Event) => ctx.change(path, (e.target as HTMLInputElement).checked)} />
        <label for=${id}>${labelText(key, required)}</label>
        ${problemsFor(ctx, path)}
      </div>`;
    case 'enum':
      control = html`<select id=${id} ?required=${required} aria-describedby=${aria.describedby} aria-invalid=${aria.invalid}
        @change=${(e: Event) => setOptional((e.target as HTMLSelectElement).value)}>
        ${required ? nothing : html`<option value="" ?selected=${value === undefined}>—</option>`}
        ${node.values.map((option) => html`<option value=${option} ?selected=${value === option}>${enumLabel(node.values, option)}</option>`)}
      </select>`;
      break;
    case 'number':
    case 'amount':
      control = numberInput(ctx, node.kind === 'number' && node.integer, path, id, required, value);
      break;
    case 'string':
      control = stringInput(ctx, node.format, path, id, required, value);
      break;
    case 'literal':
      control = html`<output id=${id}>${String(node.value)}</output>`;
      break;
    default:
      // Codes and numbers written as labels (string or number): kept as typed.
      control = html`<input id=${id} dir="auto" ?required=${required} aria-describedby=${aria.describedby} aria-invalid=${aria.invalid} .value=${value === undefined ? '' : String(value)}
        @input=${(e: Event) => setOptional((e.target as HTMLInputElement).value)} />`;
  }
  return html`<div class="field">
    <label for=${id}>${labelText(key, required)}</label>
    ${control} ${problemsFor(ctx, path)}
  </div>`;
}

function numberInput(ctx: FormContext, integer: boolean, path: Path, id: string, required: boolean, value: unknown): TemplateResult {
  const draftKey = pathKey(path);
  const shown = ctx.drafts.get(draftKey) ?? (typeof value === 'number' ? formatNumber(value, ctx.locale, { maximumFractionDigits: integer ? 0 : 6 }) : value === undefined ? '' : String(value));
  return html`<input id=${id} inputmode=${integer ? 'numeric' : 'decimal'} dir="ltr" ?required=${required}
    aria-describedby=${describedBy(ctx, path)} aria-invalid=${invalid(ctx, path)} .value=${shown}
    @input=${(e: Event) => {
      const text = (e.target as HTMLInputElement).value;
      ctx.drafts.set(draftKey, text);
      // Read with the locale's separators (1 234,5 in French, 1,234.5 in English).
      const parsed = parseAmount(text, { decimalComma: formatNumber(1.5, ctx.locale).includes(',') });
      if (parsed === undefined) ctx.change(path, required ? text : undefined);
      else ctx.change(path, Number.isNaN(parsed) ? text : parsed);
    }}
    @blur=${() => {
      ctx.drafts.delete(draftKey);
      ctx.change(path, getAt(ctx.document, path));
    }} />`;
}

function stringInput(ctx: FormContext, format: string, path: Path, id: string, required: boolean, value: unknown): TemplateResult {
  const text = typeof value === 'string' ? value : value === undefined ? '' : String(value);
  const common = (type: string, shown: string, toValue: (raw: string) => unknown) =>
    html`<input id=${id} type=${type} dir=${type === 'text' ? 'auto' : 'ltr'} ?required=${required} aria-describedby=${describedBy(ctx, path)} aria-invalid=${invalid(ctx, path)}
      .value=${shown} @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        ctx.change(path, raw === '' && !required ? undefined : toValue(raw));
      }} />`;
  switch (format) {
    case 'date':
      return common('date', text, (raw) => raw);
    case 'datetime':
      return common('datetime-local', instantToLocalInput(text, ctx.zone), (raw) => localInputToInstant(raw, ctx.zone) ?? raw);
    case 'date-or-datetime': {
      const withTime = text.includes('T');
      const toggle = html`<label class="with-time"><input type="checkbox" .checked=${withTime}
          @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            const day = text.slice(0, 10);
            ctx.change(path, on ? localInputToInstant(`${day}T09:00`, ctx.zone) : instantToLocalInput(text, ctx.zone).slice(0, 10) || day);
          }} />
        ${msg('with a time', { id: 'desk.withTime' })}</label>`;
      return html`${withTime
        ? common('datetime-local', instantToLocalInput(text, ctx.zone), (raw) => localInputToInstant(raw, ctx.zone) ?? raw)
        : common('date', text, (raw) => raw)}${toggle}`;
    }
    case 'link':
      return common('url', text, (raw) => raw);
    default:
      return common('text', text, (raw) => raw);
  }
}
