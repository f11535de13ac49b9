/**
 * The part of a Fiscal Data Package's `model` the budget chart reads (FDP 1.0 / OpenSpending):
 * measures (amount columns with currency, direction and phase), the date dimension (fiscal
 * year) and classifications (code, parent code, labels in one or more languages).
 */
import type { AmountKind, Direction } from '../../budget-chart/schema.js';

export interface Attribute {
  source?: string;
  labelfor?: string;
  parent?: string;
}
export interface Dimension {
  dimensionType?: string;
  classificationType?: string;
  primaryKey?: string | string[];
  attributes?: Record<string, Attribute>;
}
export interface Measure {
  source?: string;
  currency?: string;
  direction?: string;
  phase?: string;
  factor?: number;
}
export interface Descriptor {
  name?: string;
  title?: string;
  resources?: { name?: string; path?: string | string[]; schema?: { fields?: { name: string; decimalChar?: string; groupChar?: string }[] } }[];
  model?: { measures?: Record<string, Measure>; dimensions?: Record<string, Dimension> };
}

/** FDP phases → our amount kinds (`adjusted` counts as approved: the budget as amended). */
export const PHASES: Record<string, AmountKind> = { proposed: 'proposed', approved: 'approved', adjusted: 'approved', executed: 'executed' };

/**
 * A phase as a row says it, in a long-format package (one amount column, the phase in a
 * column of its own): FDP's words, and French ones communes write.
 */
export function phaseOfValue(value: string | undefined): AmountKind | undefined {
  const word = (value ?? '').trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return PHASES[word] ?? PHASE_WORDS[word];
}
const PHASE_WORDS: Record<string, AmountKind> = { propose: 'proposed', prevu: 'proposed', approuve: 'approved', vote: 'approved', modifie: 'approved', execute: 'executed', realise: 'executed' };

/** One measure, read: which column, which amount kind, and which direction when it says. */
export interface MeasureColumn {
  column: string;
  kind: AmountKind;
  /** Whether the measure names its phase (else a phase column, when the model has one, says it row by row). */
  phased: boolean;
  direction?: Direction;
  factor: number;
  currency?: string;
}

/** One classification, read: the columns of its code, parent and label(s). */
export interface Classification {
  name: string;
  type?: string;
  code: string;
  parent?: string;
  /** Label columns by language (`''` when the column says no language). */
  labels: Record<string, string>;
}

const keyOf = (d: Dimension) => (Array.isArray(d.primaryKey) ? d.primaryKey[0] : d.primaryKey);

export function classificationsOf(model: NonNullable<Descriptor['model']>): Classification[] {
  const out: Classification[] = [];
  for (const [name, dim] of Object.entries(model.dimensions ?? {})) {
    if (dim.dimensionType !== 'classification' || !dim.attributes) continue;
    const attrs = dim.attributes;
    const codeName = keyOf(dim) ?? Object.keys(attrs).find((a) => !attrs[a].labelfor && !attrs[a].parent);
    const code = codeName ? attrs[codeName]?.source : undefined;
    if (!code) continue;
    const labels: Record<string, string> = {};
    let parent: string | undefined;
    for (const [attrName, attr] of Object.entries(attrs)) {
      if (!attr.source) continue;
      if (attr.labelfor === codeName) labels[/_([a-z]{2,3})$/i.exec(attrName)?.[1]?.toLowerCase() ?? ''] = attr.source;
      if (attr.parent === codeName) parent = attr.source;
    }
    out.push({ name, type: dim.classificationType, code, parent, labels });
  }
  return out;
}

export function yearColumnOf(model: NonNullable<Descriptor['model']>): string | undefined {
  for (const dim of Object.values(model.dimensions ?? {})) {
    if (dim.dimensionType !== 'datetime' || !dim.attributes) continue;
    const key = keyOf(dim);
    return (key && dim.attributes[key]?.source) || Object.values(dim.attributes).find((a) => a.source)?.source;
  }
  return undefined;
}

/** A dimension that says the phase row by row (long format: one amount column), when the measures do not. */
export function phaseColumnOf(model: NonNullable<Descriptor['model']>): string | undefined {
  for (const [name, dim] of Object.entries(model.dimensions ?? {})) {
    if (!/phase/i.test(name) || !dim.attributes) continue;
    return Object.values(dim.attributes).find((a) => a.source)?.source;
  }
  return undefined;
}

/** A dimension that says the direction (a `direction` column), when the measures do not. */
export function directionColumnOf(model: NonNullable<Descriptor['model']>): string | undefined {
  for (const [name, dim] of Object.entries(model.dimensions ?? {})) {
    if (!/direction/i.test(name) || !dim.attributes) continue;
    return Object.values(dim.attributes).find((a) => a.source)?.source;
  }
  return undefined;
}
