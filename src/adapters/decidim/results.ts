/**
 * An accountability component's results → our commitments document (API.md): title,
 * description, progress, status and its name, dates, reference, link to the result's page,
 * timeline entries (or milestones, by release) as milestones, children as sub-items (`parent`).
 */
import { localized, TranslationLog, type TranslatedField } from './translated.js';
import type { ComponentInfo } from './fetch-component.js';
import { pageUrl, spaceAsPlan } from './component.js';

export interface ResultNode {
  id: string;
  title?: TranslatedField | null;
  description?: TranslatedField | null;
  reference?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  progress?: number | null;
  weight?: number | null;
  url?: string | null;
  updatedAt?: string | null;
  parent?: { id: string } | null;
  status?: { id: string; key?: string | null; name?: TranslatedField | null; progress?: number | null } | null;
  timelineEntries?: (TimelineNode | null)[] | null;
  milestones?: (TimelineNode | null)[] | null;
}
interface TimelineNode {
  id: string;
  entryDate?: string | null;
  title?: TranslatedField | null;
  description?: TranslatedField | null;
}

/** Our completion levels, from a percentage (Decidim's statuses are free-form: their name is kept as the label). */
export function statusFromProgress(progress: number | undefined, key: string | undefined): string {
  if (key && /withdrawn|cancel|abandon/i.test(key)) return 'withdrawn';
  if (progress === undefined) return 'not-started';
  if (progress >= 100) return 'complete';
  if (progress <= 0) return 'not-started';
  return progress < 50 ? 'limited' : 'substantial';
}

const isDay = (value: string | null | undefined): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const clampPercent = (value: number) => Math.min(100, Math.max(0, Math.round(value * 10) / 10));

export function resultsToCommitments(component: ComponentInfo, nodes: ResultNode[], log: TranslationLog, now = new Date()): Record<string, unknown> {
  const today = now.toISOString().slice(0, 10);
  const ids = new Set(nodes.map((n) => n.id));
  const ordered = [...nodes].sort((a, b) => (a.weight ?? 0) - (b.weight ?? 0) || Number(a.id) - Number(b.id));
  const commitments = ordered.map((node) => {
    const progressValue = node.progress ?? node.status?.progress ?? undefined;
    const progress = typeof progressValue === 'number' && Number.isFinite(progressValue) ? clampPercent(progressValue) : undefined;
    const steps = node.milestones ?? node.timelineEntries ?? [];
    const milestones = steps
      .filter((s): s is TimelineNode => !!s)
      .map((step) => {
        const title = localized(step.title, log) ?? localized(step.description, log);
        const day = isDay(step.entryDate) ? step.entryDate : undefined;
        const done = day !== undefined && day <= today;
        return title && { title, ...(day ? { due: day } : {}), status: done ? 'done' : 'pending', ...(done ? { completedOn: day } : {}) };
      })
      .filter(Boolean);
    return {
      id: String(node.id),
      ...(node.reference ? { number: node.reference } : {}),
      title: localized(node.title, log) ?? node.reference ?? `#${node.id}`,
      ...optional('description', localized(node.description, log)),
      status: statusFromProgress(progress, node.status?.key ?? undefined),
      ...optional('statusLabel', localized(node.status?.name, log)),
      ...optional('progress', progress),
      ...(isDay(node.startDate) ? { start: node.startDate } : {}),
      ...(isDay(node.endDate) ? { end: node.endDate } : {}),
      ...(node.parent && ids.has(node.parent.id) ? { parent: String(node.parent.id) } : {}),
      ...(milestones.length ? { milestones } : {}),
      ...optional('url', node.url ?? pageUrl(component, 'results', node.id)),
    };
  });
  return {
    updatedAt: latest(nodes.map((n) => n.updatedAt), now),
    ...optional('plan', spaceAsPlan(component, log)),
    commitments,
  };
}

/** The newest of the items' update times, else now: what "last updated" truthfully is. */
export function latest(values: (string | null | undefined)[], now: Date): string {
  const times = values.map((v) => (v ? Date.parse(v) : NaN)).filter(Number.isFinite);
  return new Date(times.length ? Math.max(...times) : now.getTime()).toISOString();
}

export function optional<K extends string, V>(key: K, value: V | undefined | null): { [P in K]?: V } {
  return value === undefined || value === null ? {} : ({ [key]: value } as { [P in K]: V });
}
