import type { DeskDocument } from './session.js';
import type { StoredSession } from './storage.js';
import type { FormContext } from './fields.js';
import type { OpenHandlers } from './open-panel.js';

export type Notice = { kind: 'error' | 'info'; text: string };

/**
 * What the views do to the desk. The desk makes this object once: a listener passed as it is
 * (drag and drop, undo, download, the preview's language…) is the same function at every render.
 * They act on the active document.
 */
export interface DeskActions {
  /** The "Open" panel's handlers (open-panel.ts). */
  opening: OpenHandlers;
  dragOver(event: DragEvent): void;
  dragLeave(): void;
  drop(event: DragEvent): void;
  restore(): void;
  discardRestore(): void;
  select(doc: DeskDocument): void;
  close(doc: DeskDocument): void;
  undo(): void;
  redo(): void;
  /** A spreadsheet chosen to import (a `change` of the file input). */
  startImport(event: Event): void;
  imported(event: CustomEvent<{ items: unknown[]; mode: 'merge' | 'replace'; skipped: number }>): void;
  cancelImport(): void;
  generateSecrets(): void;
  publish(): void;
  download(): void;
  saveAll(): void;
  previewLanguage(event: Event): void;
  phoneWidth(event: Event): void;
}

/** What the views (desk-view.ts, workspace-view.ts, side-view.ts) read from the desk for one render, and its actions. */
export interface DeskContext extends DeskActions {
  locale: string;
  documents: DeskDocument[];
  active?: DeskDocument;
  notices: Notice[];
  restorable?: StoredSession;
  dragging: boolean;
  /** The spreadsheet being imported into the active document. */
  importing?: File;
  /** The publishing module is loaded: the secret codes' warnings can show. */
  publishReady: boolean;
  /** The active document's form (fields.ts). */
  form?: FormContext;
  previewSrc?: string;
  previewLang: string;
  phone: boolean;
}
