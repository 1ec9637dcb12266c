// Two editors on one versioned record, with random interleavings of edits, saves (checked
// against the version like the server's updateVersioned), conflicts, reloads and restores.
// The oracle follows where each field's value came from (typed by the editor over a given saved
// write, kept by an explicit choice against a given saved write, or loaded from the server), not
// what the merge computes, and asserts that a save only replaces a saved value that its author
// saw and changed, or chose to replace; and that a rebase never drops typed input in silence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseInDraft, rebaseDraft, type Draft } from '@/lib/merge/draft';
import { flattenRecord, getPath, pathKey, sameValue, setPath, type FieldPath, type MergeRecord } from '@/lib/merge/three-way';

type Form = { title: string; note: string; values: Record<string, string> };
const FIELDS: FieldPath[] = [['title'], ['note'], ['values', 'pr01.CUMULATIVE'], ['values', 'pr01.THIS_YEAR']];
const TEXTS = ['', 'x', 'y', 'z'];

type Origin = { kind: 'loaded'; write: number } | { kind: 'typed'; over: number } | { kind: 'kept'; against: number };
type Editor = { draft: Draft<Form>; baseWrites: Map<string, number>; origin: Map<string, Origin> };
type Server = { version: number; values: Form; writes: Map<string, number>; nextWrite: number };

type Op =
  | { kind: 'edit'; editor: number; field: number; value: string }
  | { kind: 'save'; editor: number; choices: boolean[] }
  | { kind: 'reload'; editor: number; restore: boolean; choices: boolean[] };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), editor: fc.nat(1), field: fc.nat(FIELDS.length - 1), value: fc.constantFrom(...TEXTS) }),
  fc.record({ kind: fc.constant('save' as const), editor: fc.nat(1), choices: fc.array(fc.boolean(), { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('reload' as const), editor: fc.nat(1), restore: fc.boolean(), choices: fc.array(fc.boolean(), { maxLength: 4 }) }),
);

const leaf = (form: Form, path: FieldPath) => getPath(form as unknown as MergeRecord, path) ?? '';

function loadedEditor(server: Server): Editor {
  const origin = new Map(FIELDS.map((f) => [pathKey(f), { kind: 'loaded', write: server.writes.get(pathKey(f))! } as Origin]));
  return { draft: { baseVersion: server.version, base: server.values, mine: server.values }, baseWrites: new Map(server.writes), origin };
}

/** The editor gets the server's current record (conflict answer, page refresh or restore after reload). */
function rebase(editor: Editor, server: Server, choices: boolean[]): Editor {
  const { draft, conflicts } = rebaseDraft(editor.draft, server.values, server.version);
  const origin = new Map(editor.origin);
  let next = draft;
  const chosen = new Set<string>();
  conflicts.forEach((conflict, i) => {
    const keepMine = choices[i] ?? false;
    next = chooseInDraft(next, conflict, keepMine ? 'mine' : 'theirs');
    const write = server.writes.get(pathKey(conflict.path))!;
    origin.set(pathKey(conflict.path), keepMine ? { kind: 'kept', against: write } : { kind: 'loaded', write });
    chosen.add(pathKey(conflict.path));
  });
  for (const f of FIELDS) {
    const key = pathKey(f);
    if (chosen.has(key)) continue;
    const mine = leaf(editor.draft.mine, f);
    // A change of the user's (typed back to what it was is none) is either still in the form or
    // was offered as a conflict: never dropped in silence.
    const typed = editor.origin.get(key)!.kind !== 'loaded' && !sameValue(mine, leaf(editor.draft.base, f)) && !sameValue(mine, leaf(server.values, f));
    if (typed) expect(leaf(next.mine, f), `typed input of ${key} dropped`).toBe(mine);
    if (sameValue(leaf(next.mine, f), leaf(server.values, f))) origin.set(key, { kind: 'loaded', write: server.writes.get(key)! });
  }
  return { draft: next, baseWrites: new Map(server.writes), origin };
}

function save(editor: Editor, server: Server, choices: boolean[]): Editor {
  const { draft } = editor;
  if (draft.baseVersion !== server.version) return rebase(editor, server, choices); // CONFLICT
  const changed = FIELDS.filter((f) => !sameValue(leaf(draft.mine, f), leaf(server.values, f)));
  if (changed.length === 0) return editor;
  for (const f of changed) {
    const current = server.writes.get(pathKey(f))!;
    const origin = editor.origin.get(pathKey(f))!;
    const owned = (origin.kind === 'typed' && origin.over === current) || (origin.kind === 'kept' && origin.against === current);
    expect(owned, `save replaced saved write ${current} of ${pathKey(f)} (${JSON.stringify(origin)})`).toBe(true);
    server.writes.set(pathKey(f), (server.nextWrite += 1));
  }
  server.values = draft.mine;
  server.version += 1;
  return loadedEditor(server);
}

function run(ops: Op[]) {
  const initial: Form = { title: 'x', note: '', values: { 'pr01.CUMULATIVE': 'y' } };
  const server: Server = { version: 1, values: initial, writes: new Map(FIELDS.map((f) => [pathKey(f), 0])), nextWrite: 0 };
  const editors = [loadedEditor(server), loadedEditor(server)];
  for (const op of ops) {
    const editor = editors[op.editor]!;
    if (op.kind === 'edit') {
      const path = FIELDS[op.field]!;
      editor.draft = { ...editor.draft, mine: setPath(editor.draft.mine, path, op.value) };
      editor.origin.set(pathKey(path), { kind: 'typed', over: editor.baseWrites.get(pathKey(path))! });
    } else if (op.kind === 'save') editors[op.editor] = save(editor, server, op.choices);
    // A reload loses the page's memory; the browser storage still holds the draft (base and input).
    else editors[op.editor] = op.restore ? rebase(editor, server, op.choices) : loadedEditor(server);
  }
}

describe('two editors on one record', () => {
  it('never lose a saved value unless its replacement was typed over it or chosen against it', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 40 }), run), { numRuns: 2000 });
  });

  it('a restore after a conflict keeps the other editor’s saved field (the reported case)', () => {
    // A saves the note; B, still on the first version, types a title, conflicts and restores.
    const edits: Op[] = [
      { kind: 'edit', editor: 0, field: 1, value: 'z' },
      { kind: 'save', editor: 0, choices: [] },
      { kind: 'edit', editor: 1, field: 0, value: 'y' },
      { kind: 'save', editor: 1, choices: [] },
      { kind: 'reload', editor: 1, restore: true, choices: [] },
      { kind: 'save', editor: 1, choices: [] },
    ];
    expect(() => run(edits)).not.toThrow();
  });
});

describe('rebaseDraft', () => {
  it('leaves a draft on the current version as it is', () => {
    const draft = { baseVersion: 3, base: { a: '1' }, mine: { a: '2' } };
    expect(rebaseDraft(draft, { a: '1' }, 3)).toEqual({ draft, conflicts: [] });
  });

  it('moves the draft onto the new version; a choice puts back mine or keeps theirs', () => {
    const { draft, conflicts } = rebaseDraft({ baseVersion: 1, base: { a: '1', b: '1' }, mine: { a: '2', b: '2' } }, { a: '3', b: '1' }, 2);
    expect(draft).toEqual({ baseVersion: 2, base: { a: '3', b: '1' }, mine: { a: '3', b: '2' } });
    expect(chooseInDraft(draft, conflicts[0]!, 'mine').mine).toEqual({ a: '2', b: '2' });
    expect(chooseInDraft(draft, conflicts[0]!, 'theirs').mine).toEqual({ a: '3', b: '2' });
  });
});

// Keeps the flattening honest for keys that contain dots (indicator id + period).
it('paths keep keys with dots whole', () => {
  expect([...flattenRecord({ values: { 'pr01.CUMULATIVE': '1' } }).values()].map((l) => l.path)).toEqual([['values', 'pr01.CUMULATIVE']]);
});
