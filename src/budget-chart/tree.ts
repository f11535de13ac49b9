/**
 * The budget's hierarchy and its sums: pure, framework-free, exported for tests and the
 * benchmark. Lines form a tree through `parent`; a total is always the sum of the leaves
 * below, so a parent line's own amounts are never counted twice.
 */
import type { LocalizedText } from '../core/validation.js';
import { AMOUNT_KINDS, type AmountKind, type Amounts, type BudgetDocument, type BudgetLine, type Direction, type Section } from './schema.js';

export interface BudgetNode {
  code: string;
  label: LocalizedText;
  direction: Direction;
  /** The line's section, else the nearest ancestor's. */
  section?: Section;
  /** The amounts written on the line itself (ignored in sums when it has children). */
  own: Amounts;
  /** Sums of the leaves below (a leaf's own amounts). */
  totals: Amounts;
  children: BudgetNode[];
  parentCode?: string;
  depth: number;
}

export interface TreeNotices {
  /** Lines whose `parent` is not a usable code of the same year: shown at the top level. */
  unknownParents: string[];
  /** Lines in a loop of parents (A → B → A): left out. */
  cycles: string[];
  /** Codes given more than once: the first line is kept, the others left out. */
  duplicates: string[];
}

export interface BudgetTree {
  roots: BudgetNode[];
  byCode: Map<string, BudgetNode>;
  totals: Amounts;
  notices: TreeNotices;
  /** How many lines the tree holds. */
  size: number;
}

/** Adds `b` into `into` kind by kind, in place; a kind absent from both stays absent. */
function addInto(into: Amounts, b: Amounts): Amounts {
  for (const kind of AMOUNT_KINDS) {
    const v = b[kind];
    if (v !== undefined) into[kind] = (into[kind] ?? 0) + v;
  }
  return into;
}

/** Adds `b` to `a` kind by kind, as a new object; a kind absent from both stays absent. */
export function addAmounts(a: Amounts, b: Amounts): Amounts {
  return addInto({ ...a }, b);
}

export function sumAmounts(list: readonly Amounts[]): Amounts {
  const out: Amounts = {};
  for (const a of list) addInto(out, a);
  return out;
}

/** Builds the tree of one set of lines (usually one year, one direction). O(n). */
export function buildTree(lines: readonly BudgetLine[]): BudgetTree {
  const byCode = new Map<string, BudgetNode>();
  const lineOf = new Map<string, BudgetLine>();
  const duplicates = new Set<string>();
  for (const line of lines) {
    if (byCode.has(line.code)) {
      duplicates.add(line.code);
      continue;
    }
    lineOf.set(line.code, line);
    byCode.set(line.code, { code: line.code, label: line.label, direction: line.direction, section: line.section, own: line.amounts, totals: {}, children: [], depth: 0 });
  }

  // Find loops of parents without recursion: 1 = on the current walk, 2 = settled, 3 = in a loop.
  const mark = new Map<string, 1 | 2 | 3>();
  for (const start of byCode.keys()) {
    if (mark.has(start)) continue;
    const walk: string[] = [];
    let code: string | undefined = start;
    while (code !== undefined && byCode.has(code) && !mark.has(code)) {
      mark.set(code, 1);
      walk.push(code);
      code = lineOf.get(code)!.parent;
    }
    if (code !== undefined && mark.get(code) === 1) {
      // `code` is on this walk: it and everything after it form a loop.
      for (let i = walk.indexOf(code); i < walk.length; i++) mark.set(walk[i], 3);
    }
    for (const c of walk) if (mark.get(c) === 1) mark.set(c, 2);
  }

  const cycles: string[] = [];
  const unknownParents: string[] = [];
  const roots: BudgetNode[] = [];
  for (const [code, node] of byCode) {
    if (mark.get(code) === 3) {
      cycles.push(code);
      continue;
    }
    const parent = lineOf.get(code)!.parent;
    const parentNode = parent !== undefined ? byCode.get(parent) : undefined;
    if (parent === undefined || parent === '') {
      roots.push(node);
    } else if (!parentNode || mark.get(parent) === 3) {
      unknownParents.push(code);
      roots.push(node);
    } else {
      node.parentCode = parent;
      parentNode.children.push(node);
    }
  }
  for (const code of cycles) byCode.delete(code);

  // Top-down: depth and inherited section; then bottom-up: sums of leaves.
  const order: BudgetNode[] = [...roots];
  for (let i = 0; i < order.length; i++) {
    const node = order[i];
    for (const child of node.children) {
      child.depth = node.depth + 1;
      if (!child.section && node.section) child.section = node.section;
      order.push(child);
    }
  }
  // Children come after their parent in `order`, so walking it backwards settles each node's
  // totals before adding them to its parent's: one object per node, no copies per child.
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    if (!node.children.length) addInto(node.totals, node.own);
    if (node.parentCode !== undefined) addInto(byCode.get(node.parentCode)!.totals, node.totals);
  }
  return {
    roots,
    byCode,
    totals: sumAmounts(roots.map((r) => r.totals)),
    notices: { unknownParents, cycles, duplicates: [...duplicates] },
    size: order.length,
  };
}

/** The year to show: `wanted` when the data has it, else the latest year that has lines. */
export function pickYear(doc: BudgetDocument, wanted?: number): number | undefined {
  if (wanted !== undefined && doc.years.some((y) => y.year === wanted)) return wanted;
  const withLines = doc.years.filter((y) => y.lines.length);
  const list = withLines.length ? withLines : doc.years;
  return list.length ? Math.max(...list.map((y) => y.year)) : undefined;
}

export function linesOf(doc: BudgetDocument, year: number | undefined, direction?: Direction): BudgetLine[] {
  const lines = doc.years.filter((y) => y.year === year).flatMap((y) => y.lines);
  return direction ? lines.filter((l) => l.direction === direction) : lines;
}

const treeCache = new WeakMap<BudgetDocument, Map<string, BudgetTree>>();

/** The tree of one year and direction, built once per document. */
export function treeFor(doc: BudgetDocument, year: number | undefined, direction: Direction): BudgetTree {
  let cache = treeCache.get(doc);
  if (!cache) treeCache.set(doc, (cache = new Map()));
  const key = `${year}|${direction}`;
  let tree = cache.get(key);
  if (!tree) cache.set(key, (tree = buildTree(linesOf(doc, year, direction))));
  return tree;
}

/**
 * The nodes shown at a drill-down path (codes from the top). Returns the longest valid
 * prefix of `path`, the node it ends on, and that node's children (or the roots).
 */
export function levelAt(tree: BudgetTree, path: readonly string[]): { path: string[]; node?: BudgetNode; items: BudgetNode[] } {
  const valid: string[] = [];
  let node: BudgetNode | undefined;
  for (const code of path) {
    const next = (node ? node.children : tree.roots).find((n) => n.code === code);
    if (!next || !next.children.length) break;
    valid.push(code);
    node = next;
  }
  return { path: valid, node, items: node ? node.children : tree.roots };
}

/** Executed ÷ approved, in percent; undefined when either is missing or nothing was approved. */
export function executionRate(a: Amounts): number | undefined {
  if (a.executed === undefined || a.approved === undefined || a.approved <= 0) return undefined;
  return (a.executed / a.approved) * 100;
}

/** An amount per inhabitant; undefined without a population. */
export function perInhabitant(amount: number | undefined, population: number | undefined): number | undefined {
  if (amount === undefined || !population || population <= 0) return undefined;
  return amount / population;
}

/** The amount kind to show first: approved, else proposed, else executed (what the data has). */
export function defaultKind(doc: BudgetDocument): AmountKind {
  const has = (kind: AmountKind) => doc.years.some((y) => y.lines.some((l) => l.amounts[kind] !== undefined));
  return (['approved', 'proposed', 'executed'] as const).find(has) ?? 'approved';
}

/** The amount kinds present in the data, in order. */
export function kindsPresent(doc: BudgetDocument): AmountKind[] {
  return AMOUNT_KINDS.filter((kind) => doc.years.some((y) => y.lines.some((l) => l.amounts[kind] !== undefined)));
}

export type SectionKey = Section | 'unspecified';

/** Sums of leaves by section (inherited from ancestors), for the overview. */
export function sectionTotals(tree: BudgetTree): Record<SectionKey, Amounts> {
  const out: Record<SectionKey, Amounts> = { operating: {}, investment: {}, unspecified: {} };
  for (const node of tree.byCode.values()) {
    if (node.children.length) continue;
    const key: SectionKey = node.section ?? 'unspecified';
    out[key] = addAmounts(out[key], node.own);
  }
  return out;
}

/** Years (ascending) whose data has lines. */
export function yearsWithLines(doc: BudgetDocument): number[] {
  return doc.years.filter((y) => y.lines.length).map((y) => y.year).sort((a, b) => a - b);
}

export interface YearRow {
  code: string;
  label: LocalizedText;
  hasChildren: boolean;
  /** One amount per year (same order as `years`); undefined when that year lacks the code. */
  values: (number | undefined)[];
}

/**
 * The same categories across years: the rows of the level at `path` in `year`, each with its
 * total in every year (matched by code at the same place in that year's tree).
 */
export function yearOverYear(doc: BudgetDocument, direction: Direction, kind: AmountKind, year: number, path: readonly string[]): { years: number[]; rows: YearRow[]; totals: (number | undefined)[] } {
  const years = yearsWithLines(doc);
  const trees = years.map((y) => treeFor(doc, y, direction));
  const here = levelAt(treeFor(doc, year, direction), path);
  const levels = trees.map((t) => {
    const level = levelAt(t, here.path);
    return level.path.length === here.path.length ? level : undefined;
  });
  const rows = here.items.map((node) => ({
    code: node.code,
    label: node.label,
    hasChildren: node.children.length > 0,
    values: levels.map((level) => level?.items.find((n) => n.code === node.code)?.totals[kind]),
  }));
  const totals = levels.map((level) => (level ? sumAmounts(level.items.map((n) => n.totals))[kind] : undefined));
  return { years, rows, totals };
}

/** Change from `before` to `after` in percent; undefined when it cannot be computed. */
export function change(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined || after === undefined || before === 0) return undefined;
  return ((after - before) / Math.abs(before)) * 100;
}
