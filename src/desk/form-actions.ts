import { msg, str } from '@lit/localize';
import { duplicateItem, getAt, initialValue, moveItem, removeItem, setAt } from './document.js';
import { pathKey } from './issues.js';
import { todayIn } from './zoned-input.js';
import type { FormContext } from './fields.js';

/** What the desk gives its form: a change of the active document made from its current value, and its own state. */
export interface FormHost {
  edit(next: (value: unknown) => unknown, key?: string): void;
  drafts: Map<string, string>;
  open: Set<string>;
  /** The commune's zone, as the desk has it now. */
  zone(): string;
  update(): void;
}

export type FormActions = Omit<FormContext, 'document' | 'problems' | 'locale' | 'zone'>;

/** What the form (fields.ts) does to the active document; the desk makes it once. */
export function formActions({ edit, drafts, open, zone, update }: FormHost): FormActions {
  return {
    drafts,
    open,
    change: (path, value) => edit((doc) => setAt(doc, path, value), pathKey(path)),
    addField: (path, node) => edit((doc) => setAt(doc, path, initialValue(node, todayIn(zone())))),
    addItem: (listPath, item) =>
      edit((doc) => {
        const list = (getAt(doc, listPath) as unknown[] | undefined) ?? [];
        open.add(pathKey([...listPath, list.length]));
        return setAt(doc, listPath, [...list, initialValue(item, { ...todayIn(zone()), siblings: list })]);
      }),
    removeItem: (listPath, index) => {
      const name = msg('this item', { id: 'desk.thisItem' });
      if (confirm(msg(str`Delete ${name}? (Undo brings it back.)`, { id: 'desk.confirmDelete' }))) edit((doc) => removeItem(doc, listPath, index));
    },
    moveItem: (listPath, from, to) => edit((doc) => moveItem(doc, listPath, from, to)),
    duplicateItem: (listPath, index) => edit((doc) => duplicateItem(doc, listPath, index)),
    toggle: (key, isOpen) => {
      if (isOpen === open.has(key)) return;
      if (isOpen) open.add(key);
      else open.delete(key);
      update();
    },
  };
}
