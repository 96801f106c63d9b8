// The in-place tree against a rebuild from the same rows: after random inserts, moves and
// renames, children order, ancestor chains and list() agree with OrgTreeIndex.of(rows).
import { describe, expect, it } from 'vitest';
import type { OrgRecord } from '@profgrid/core';
import { OrgTreeIndex } from './org-tree-index.ts';
import type { SortedOrg } from './org-tree-index.ts';

const row = (id: string, parentId: string | null, sortKey: number, name = id): SortedOrg => ({
  org: {
    id,
    parentId,
    code: id,
    name,
    shortName: name,
    level: parentId === null ? 'central' : 'primary',
    institutionType: null,
    archived: false,
  },
  sortKey,
});

/** A small deterministic generator, so a failure repeats. */
function random(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const shape = (t: OrgTreeIndex) => ({
  list: t.list().map((o) => o.id),
  chains: t.list().map((o) => [o.id, ...t.ancestorsOf(o.id)].join('<')),
  kids: t.list().map((o) => t.children(o.id).map((c) => c.id)),
  kept: t.list().map((o) => t.keptIn(o.id)),
});

describe('OrgTreeIndex', () => {
  it('changed in place equals a rebuild from the same rows', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const next = random(seed);
      const rows = new Map<string, SortedOrg>([['r', row('r', null, 0)]]);
      const tree = OrgTreeIndex.of([...rows.values()]);
      let key = 1;
      for (let step = 0; step < 300; step++) {
        const ids = [...rows.keys()];
        const pick = () => ids[Math.floor(next() * ids.length)]!;
        const op = next();
        let changed: SortedOrg;
        if (op < 0.6 || ids.length < 3) {
          changed = row(`o${key}`, pick(), key++);
        } else if (op < 0.8) {
          const id = pick();
          if (id === 'r') continue;
          const target = pick();
          if ([target, ...tree.ancestorsOf(target)].includes(id)) continue; // routes refuse
          changed = { ...rows.get(id)!, org: { ...rows.get(id)!.org, parentId: target } };
        } else if (op < 0.9) {
          const id = pick();
          changed = { ...rows.get(id)!, org: { ...rows.get(id)!.org, name: `n${step}` } };
        } else {
          const id = pick();
          const org = rows.get(id)!.org;
          changed = { ...rows.get(id)!, org: { ...org, archived: !org.archived } };
        }
        rows.set(changed.org.id, changed);
        tree.upsert(changed);
      }
      expect(shape(tree)).toEqual(shape(OrgTreeIndex.of([...rows.values()])));
      expect(tree.list().map((o) => o.name)).toEqual(
        OrgTreeIndex.of([...rows.values()])
          .list()
          .map((o) => o.name),
      );
    }
  });

  it('places a child that came before its parent once the parent arrives', () => {
    const tree = OrgTreeIndex.of([row('r', null, 0), row('b', 'a', 2)]);
    expect(tree.ancestorsOf('b')).toEqual([]);
    expect(tree.upsert(row('a', 'r', 1))).toEqual(['a', 'b']);
    expect(tree.ancestorsOf('b')).toEqual(['a', 'r']);
    expect(tree.list().map((o) => o.id)).toEqual(['r', 'a', 'b']);
    expect(tree.keptIn('r')).toBe(2); // a and b are primaries
  });

  it('keeps the sort key out of the records (JSON shows the organization only)', () => {
    const tree = OrgTreeIndex.of([row('r', null, 0)]);
    const rec: OrgRecord = tree.get('r')!;
    expect(Object.keys(JSON.parse(JSON.stringify(rec)) as object)).not.toContain('sortKey');
    expect({ ...rec }).toEqual(row('r', null, 0).org);
  });

  it('lists a subtree depth first in sort order', () => {
    const tree = OrgTreeIndex.of([
      row('r', null, 0),
      row('b', 'r', 3),
      row('a', 'r', 1),
      row('a1', 'a', 2),
    ]);
    expect([...tree.subtree('r')].map((o) => o.id)).toEqual(['r', 'a', 'a1', 'b']);
    expect(tree.children('r').map((o) => o.id)).toEqual(['a', 'b']);
  });
});
