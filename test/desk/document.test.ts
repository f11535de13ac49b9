import { expect } from '@open-wc/testing';
import { STARTER_DOCUMENTS } from '../../cli/starter-data.mjs';
import { resources } from '../../src/schemas.js';
import { changesSince, duplicateItem, initialValue, moveItem, removeItem, serialize, setAt } from '../../src/desk/document.js';
import { History } from '../../src/desk/history.js';
import { problemsOf } from '../../src/desk/issues.js';
import { readDocument } from '../../src/desk/open.js';
import { DESK_RESOURCES, DESK_RESOURCE_NAMES } from '../../src/desk/resources.js';
import { fieldAt, fieldOf } from '../../src/desk/schema-walk.js';
import { instantToLocalInput, localInputToInstant } from '../../src/desk/zoned-input.js';
import * as v from 'valibot';

const context = { today: '2026-11-30', now: '2026-11-30T10:00:00+00:00' };

describe('desk: the form comes from the schemas', () => {
  it('walks commitments: lists of objects, LocalizedText, enums, dates, links, numbers, optional fields', () => {
    const field = DESK_RESOURCES.commitments!.field;
    expect(field.kind).to.equal('object');
    expect(fieldAt(field, ['updatedAt'])).to.deep.equal({ kind: 'string', format: 'datetime' });
    expect(fieldAt(field, ['commitments', 0, 'title'])).to.deep.equal({ kind: 'text' });
    expect(fieldAt(field, ['commitments', 0, 'status'])).to.include({ kind: 'enum' });
    expect(fieldAt(field, ['commitments', 0, 'milestones', 0, 'due'])).to.deep.equal({ kind: 'string', format: 'date' });
    expect(fieldAt(field, ['commitments', 0, 'url'])).to.deep.equal({ kind: 'string', format: 'link' });
    expect(fieldAt(field, ['commitments', 0, 'progress'])).to.deep.include({ kind: 'number', min: 0, max: 100 });
    expect(fieldAt(field, ['commitments', 0, 'indicators', 0, 'target'])).to.deep.include({ kind: 'number' });
    const commitment = fieldAt(field, ['commitments', 0]) as { kind: 'object'; fields: { key: string; required: boolean }[] };
    expect(commitment.fields.filter((f) => f.required).map((f) => f.key)).to.deep.equal(['id', 'title', 'status']);
  });

  it('walks budget amounts (number or text), codes, events with date-or-time, registration and participants', () => {
    expect(fieldAt(DESK_RESOURCES.budget!.field, ['years', 0, 'lines', 0, 'amounts', 'approved'])).to.deep.equal({ kind: 'amount' });
    expect(fieldAt(DESK_RESOURCES.budget!.field, ['years', 0, 'lines', 0, 'code'])).to.deep.equal({ kind: 'code' });
    expect(fieldAt(DESK_RESOURCES.events!.field, ['events', 0, 'registration', 'closes'])).to.deep.equal({ kind: 'string', format: 'date-or-datetime' });
    expect(fieldAt(DESK_RESOURCES.events!.field, ['events', 0, 'agenda', 0, 'start'])).to.deep.equal({ kind: 'string', format: 'time-or-datetime' });
    expect(fieldAt(DESK_RESOURCES.events!.field, ['events', 0, 'outcome', 'participants', 'women'])).to.deep.include({ kind: 'number', integer: true });
    expect(fieldAt(DESK_RESOURCES['complaint-records']!.field, [0, 'secret'])).to.deep.include({ kind: 'string' });
    // Kinds of file and deadlines (issue 14): the record editor shows them, from the one schema.
    expect(fieldAt(DESK_RESOURCES['complaint-records']!.field, [0, 'kind'])).to.deep.include({ kind: 'string' });
    expect(fieldAt(DESK_RESOURCES['complaint-records']!.field, [0, 'extension', 'dueAt'])).to.not.equal(undefined);
    expect(fieldAt(DESK_RESOURCES['complaint-records']!.field, [0, 'history', 0, 'holder'])).to.not.equal(undefined);
    expect(fieldAt(DESK_RESOURCES.calendar!.field, ['rules', 'application', 'unit'])).to.deep.include({ kind: 'enum' });
  });

  it('a resource registered later needs no code: an unknown schema shape becomes a raw field', () => {
    const field = fieldOf(v.object({ votes: v.array(v.object({ option: v.string(), count: v.number() })), extra: v.custom(() => true) }));
    expect(fieldAt(field, ['votes', 0, 'count'])).to.deep.include({ kind: 'number' });
    expect(fieldAt(field, ['extra'])).to.deep.equal({ kind: 'raw' });
  });

  it('every starter document (the same as init) is valid for its schema, and a new empty one names what is missing', () => {
    for (const name of DESK_RESOURCE_NAMES) {
      const resource = DESK_RESOURCES[name]!;
      const starter = readDocument(JSON.stringify(STARTER_DOCUMENTS[name as keyof typeof STARTER_DOCUMENTS]), resource.file);
      expect(starter.ok, name).to.equal(true);
      if (starter.ok) expect(problemsOf(resource.schema, starter.document).size, name).to.equal(0);
    }
    const empty = initialValue(DESK_RESOURCES.commitments!.field, context);
    expect(empty).to.deep.equal({ updatedAt: context.now, commitments: [] });
    expect(problemsOf(DESK_RESOURCES.commitments!.schema, empty).size).to.equal(0);
  });
});

describe('desk: editing', () => {
  const resource = DESK_RESOURCES.commitments!;
  const base = { updatedAt: context.now, commitments: [{ id: 'a', title: { fr: 'A' }, status: 'complete' }, { id: 'b', title: { fr: 'B' }, status: 'limited' }] };

  it('sets, moves, duplicates (with a new id) and removes items without touching the original', () => {
    const edited = setAt(base, ['commitments', 0, 'title', 'ar'], 'أ') as typeof base;
    expect(edited.commitments[0].title).to.deep.equal({ fr: 'A', ar: 'أ' });
    expect(base.commitments[0].title).to.deep.equal({ fr: 'A' });
    expect((moveItem(base, ['commitments'], 0, 1) as typeof base).commitments.map((c) => c.id)).to.deep.equal(['b', 'a']);
    expect((duplicateItem(base, ['commitments'], 0) as typeof base).commitments.map((c) => c.id)).to.deep.equal(['a', 'a-2', 'b']);
    expect((removeItem(base, ['commitments'], 0) as typeof base).commitments.map((c) => c.id)).to.deep.equal(['b']);
    expect(setAt({ a: 1, b: 2 }, ['a'], undefined)).to.deep.equal({ b: 2 });
  });

  it('writes the file in the schema field order, texts fr ar zgh en, 2 spaces and a final newline', () => {
    const text = serialize({ commitments: [{ status: 'complete', title: { en: 'E', ar: 'ع', fr: 'F' }, id: 'x', custom: 1 }], updatedAt: context.now }, resource.field);
    expect(text).to.equal(`{
  "updatedAt": "${context.now}",
  "commitments": [
    {
      "id": "x",
      "title": {
        "fr": "F",
        "ar": "ع",
        "en": "E"
      },
      "status": "complete",
      "custom": 1
    }
  ]
}
`);
  });

  it('summarizes what changed since the file was opened', () => {
    let doc = setAt(base, ['commitments', 1, 'status'], 'complete');
    doc = removeItem(doc, ['commitments'], 0);
    doc = setAt(doc, ['commitments', 1], { id: 'c', title: 'C', status: 'ongoing' });
    expect(changesSince(base, doc, resource.lists)).to.deep.equal({ added: 1, removed: 1, changed: 1, other: false });
    expect(changesSince(base, setAt(base, ['plan'], { id: 'p' }), resource.lists).other).to.equal(true);
  });

  it('undo and redo; typing in one field is one step', () => {
    const history = new History<string>('');
    history.push('B', 'title');
    history.push('Bo', 'title');
    history.push('Bon', 'title');
    history.push('Bon!', 'other');
    expect(history.undo()).to.equal('Bon');
    expect(history.undo()).to.equal('');
    expect(history.canUndo).to.equal(false);
    expect(history.redo()).to.equal('Bon');
    expect(history.redo()).to.equal('Bon!');
  });

  it('finds problems at their field with the schema the widgets use, in plain words', () => {
    const broken = setAt(setAt(base, ['commitments', 0, 'status'], 'finished'), ['commitments', 1, 'id'], '');
    const problems = problemsOf(resource.schema, broken);
    expect([...problems.keys()].sort()).to.deep.equal(['commitments.0.status', 'commitments.1.id']);
    expect(problems.get('commitments.0.status')![0]).to.match(/one of the proposed values/);
    expect(problems.get('commitments.1.id')![0]).to.match(/Required/);
    expect(v.safeParse(resources.commitments.schema, broken).success).to.equal(false);
    const budget = DESK_RESOURCES.budget!;
    const line = { code: '1', label: 'x', direction: 'revenue', amounts: { approved: '12 x' } };
    const budgetProblems = problemsOf(budget.schema, { updatedAt: context.now, currency: 'mad', years: [{ year: 2025, lines: [line] }] });
    expect(budgetProblems.get('currency')![0]).to.match(/currency code/);
    expect(budgetProblems.get('years.0.lines.0.amounts.approved')![0]).to.match(/amount/);
  });
});

describe('desk: opening files and dates in the commune zone', () => {
  it('recognizes the resource by shape (the same detection as validate) and names what is wrong', () => {
    const opened = readDocument(JSON.stringify({ updatedAt: context.now, events: [] }), 'x.json');
    expect(opened.ok && opened.resource.name).to.equal('events');
    const records = readDocument(JSON.stringify({ complaints: [{ reference: 'A-1', status: 'received', submittedAt: '2025-01-01', secret: 'ABCDEFGH' }] }), 'r.json');
    expect(records.ok && Array.isArray(records.document)).to.equal(true);
    const notJson = readDocument('{"commitments": [', 'broken.json');
    expect(notJson.ok).to.equal(false);
    expect(!notJson.ok && notJson.problem).to.match(/broken\.json is not a JSON file/);
    const other = readDocument(JSON.stringify({ name: 'opengov-widgets', version: '1' }), 'package.json');
    expect(!other.ok && other.problem).to.match(/package\.json is not one of the files/);
  });

  it('shows and keeps instants in the zone (Casablanca: +01 in 2025, UTC+00 since 2026-09-20); dates stay dates', () => {
    expect(instantToLocalInput('2025-10-15T17:00:00+01:00', 'Africa/Casablanca')).to.equal('2025-10-15T17:00');
    expect(localInputToInstant('2025-10-15T17:00', 'Africa/Casablanca')).to.equal('2025-10-15T17:00:00+01:00');
    expect(localInputToInstant('2026-12-01T09:30', 'Africa/Casablanca')).to.equal('2026-12-01T09:30:00+00:00');
    expect(localInputToInstant('2026-12-01T09:30', 'Europe/Paris')).to.equal('2026-12-01T09:30:00+01:00');
  });
});
