// Presence over real y-protocols Awareness instances linked like two tabs through the
// relay: each tab sees the other's user and cell (ids only), never itself; leaving or a
// dropped connection clears the state; remote states of another shape are ignored; the
// grid decoration adds marks and names to the columns without losing their own rules.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import type { ColDef, CellClassParams, ITooltipParams } from 'ag-grid-community';
import { Presence } from './presence.ts';
import { GridPresence } from './grid-presence.ts';
import {
  PEER_COLOURS,
  changedCells,
  cellMarks,
  parsePresence,
  presentUsers,
} from './presence-state.ts';
import type { Peer } from './presence-state.ts';

const REMOTE = 'remote';

function tab(): Awareness {
  return new Awareness(new Y.Doc());
}

/** Forwards every local awareness change of `from` to `to`, as the relay does. */
function forward(from: Awareness, to: Awareness): void {
  from.on(
    'update',
    (c: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === REMOTE) return;
      const ids = [...c.added, ...c.updated, ...c.removed];
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, ids), REMOTE);
    },
  );
}

function linked(): [Awareness, Awareness] {
  const a = tab();
  const b = tab();
  forward(a, b);
  forward(b, a);
  return [a, b];
}

const ANNA = { id: 'user-anna', name: 'Анна (председатель)' };
const BORIS = { id: 'user-boris', name: 'Борис (доверенное лицо)' };

describe('Presence', () => {
  it("each tab sees the other's user and cell, never itself", () => {
    const [awA, awB] = linked();
    const a = new Presence(ANNA);
    const b = new Presence(BORIS);
    a.attach(awA);
    b.attach(awB);
    a.setCell({ rowId: 'm1', colId: 'surname', editing: false });
    expect(b.peers).toEqual([
      {
        clientId: awA.clientID,
        user: { ...ANNA, colour: a.user.colour },
        cell: { rowId: 'm1', colId: 'surname', editing: false },
      },
    ]);
    expect(a.peers.map((p) => p.user.id)).toEqual([BORIS.id]);
    a.setCell({ rowId: 'm1', colId: 'surname', editing: true });
    expect(b.peers[0]?.cell?.editing).toBe(true);
    a.setCell(null);
    expect(b.peers[0]?.cell).toBeNull();
  });

  it('the awareness state holds the user and ids of a cell only, no member data', () => {
    const aw = tab();
    const a = new Presence(ANNA);
    a.attach(aw);
    a.setCell({ rowId: 'm1', colId: 'phone', editing: true });
    expect(aw.getLocalState()).toEqual({
      user: { id: ANNA.id, name: ANNA.name, colour: a.user.colour },
      cell: { rowId: 'm1', colId: 'phone', editing: true },
    });
  });

  it('a cell focused before the awareness exists is sent on attach', () => {
    const [awA, awB] = linked();
    const a = new Presence(ANNA);
    const b = new Presence(BORIS);
    b.attach(awB);
    a.setCell({ rowId: 'm2', colId: 'name', editing: false });
    a.attach(awA);
    expect(b.peers[0]?.cell).toEqual({ rowId: 'm2', colId: 'name', editing: false });
  });

  it('a dropped connection (states removed) empties the list, and listeners hear it', () => {
    const [awA, awB] = linked();
    const a = new Presence(ANNA);
    const b = new Presence(BORIS);
    a.attach(awA);
    b.attach(awB);
    const seen: number[] = [];
    const stop = b.onPeers((p) => seen.push(p.length));
    removeAwarenessStates(awB, [awA.clientID], REMOTE);
    expect(b.peers).toEqual([]);
    expect(seen).toEqual([1, 0]);
    stop();
    b.detach();
    expect(seen).toEqual([1, 0]);
  });

  it('a tab that falls silent (no renewal for 30 s) expires from the list', () => {
    // lib0 reads the clock through its own captured Date.now, so fake timers drive only
    // the check interval; the silence is written into the state's metadata instead.
    vi.useFakeTimers();
    try {
      const [awA, awB] = linked();
      const a = new Presence(ANNA);
      const b = new Presence(BORIS);
      a.attach(awA);
      b.attach(awB);
      vi.advanceTimersByTime(4_000);
      expect(b.peers).toHaveLength(1);
      const meta = awB.meta.get(awA.clientID)!;
      awB.meta.set(awA.clientID, { ...meta, lastUpdated: meta.lastUpdated - 31_000 });
      vi.advanceTimersByTime(4_000);
      expect(b.peers).toEqual([]);
      awA.destroy();
      awB.destroy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('detach stops following and shows nobody', () => {
    const [awA, awB] = linked();
    const a = new Presence(ANNA);
    const b = new Presence(BORIS);
    a.attach(awA);
    b.attach(awB);
    b.detach();
    a.setCell({ rowId: 'm1', colId: 'surname', editing: false });
    expect(b.peers).toEqual([]);
  });
});

describe('presence state', () => {
  it('ignores states of another shape and derives the colour itself', () => {
    expect(parsePresence(null)).toBeNull();
    expect(parsePresence({ user: { id: 'u' } })).toBeNull();
    expect(parsePresence({ user: { id: 'u', name: 'x'.repeat(201) } })).toBeNull();
    const parsed = parsePresence({
      user: { id: 'u', name: 'Анна', colour: 'red;background:url(x)' },
      cell: { rowId: 'm1', colId: 3 },
    });
    expect(parsed?.cell).toBeNull();
    expect(PEER_COLOURS).toContain(parsed?.user.colour);
  });

  it('lists each user once, by name', () => {
    const peer = (clientId: number, id: string, name: string): Peer => ({
      clientId,
      user: { id, name, colour: PEER_COLOURS[0] },
      cell: null,
    });
    const users = presentUsers([
      peer(1, 'b', 'Борис'),
      peer(2, 'a', 'Анна'),
      peer(3, 'b', 'Борис'),
    ]);
    expect(users.map((u) => u.name)).toEqual(['Анна', 'Борис']);
  });

  it('changedCells names only the cells whose marks differ', () => {
    const p = (clientId: number, rowId: string, colId: string, editing = false): Peer => ({
      clientId,
      user: { id: `u${clientId}`, name: 'x', colour: PEER_COLOURS[0] },
      cell: { rowId, colId, editing },
    });
    const before = cellMarks([p(1, 'm1', 'surname'), p(2, 'm2', 'name')]);
    const after = cellMarks([p(1, 'm1', 'phone'), p(2, 'm2', 'name', true)]);
    expect(changedCells(before, after).sort((x, y) => x.colId.localeCompare(y.colId))).toEqual([
      { rowId: 'm2', colId: 'name' },
      { rowId: 'm1', colId: 'phone' },
      { rowId: 'm1', colId: 'surname' },
    ]);
    expect(changedCells(after, after)).toEqual([]);
  });
});

describe('GridPresence.decorate', () => {
  type Row = { id: string };
  const classParams = (id: string) => ({ data: { id } }) as CellClassParams<Row>;
  const tipParams = (id: string) => ({ data: { id } }) as ITooltipParams<Row>;

  it("marks a peer's cell in their colour and names them, keeping the column's own rules", () => {
    const [awA, awB] = linked();
    const a = new Presence(ANNA);
    const b = new Presence(BORIS);
    a.attach(awA);
    b.attach(awB);
    const grid = new GridPresence<Row>(b, () => 'редактирует');
    const [def] = grid.decorate([
      {
        colId: 'surname',
        cellClassRules: { 'pg-invalid': () => true },
        cellClass: 'pg-readonly',
        tooltipValueGetter: () => 'Неверная дата',
      } satisfies ColDef<Row>,
    ]);
    const rules = def!.cellClassRules as Record<string, (p: CellClassParams<Row>) => boolean>;
    const classes = def!.cellClass as (p: CellClassParams<Row>) => string | string[] | undefined;
    const tip = def!.tooltipValueGetter!;
    expect(rules['pg-invalid']!(classParams('m1'))).toBe(true);
    expect(classes(classParams('m1'))).toBe('pg-readonly');

    a.setCell({ rowId: 'm1', colId: 'surname', editing: true });
    const colour = PEER_COLOURS.indexOf(a.user.colour as (typeof PEER_COLOURS)[number]);
    expect(classes(classParams('m1'))).toEqual([
      'pg-readonly',
      'pg-peer',
      `pg-peer-c${colour}`,
      'pg-peer-editing',
    ]);
    expect(classes(classParams('m2'))).toBe('pg-readonly');
    a.setCell({ rowId: 'm1', colId: 'surname', editing: false });
    expect(classes(classParams('m1'))).toEqual(['pg-readonly', 'pg-peer', `pg-peer-c${colour}`]);
    a.setCell({ rowId: 'm1', colId: 'surname', editing: true });
    expect(tip(tipParams('m1'))).toBe(`Неверная дата · ${ANNA.name} (редактирует)`);
    expect(tip(tipParams('m2'))).toBe('Неверная дата');
    grid.destroy();
  });
});
