// changesSnapshot: the relay skips the recount, card check and duplicate index of a stored
// change that touched none of the roots OrgDoc.snapshot() reads. So every root the snapshot
// reads must be named, and a change of any other root must leave the snapshot equal.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from './org-doc.ts';
import { ROOT, changesSnapshot } from './schema.ts';

function seeded(): OrgDoc {
  const org = new OrgDoc(new Y.Doc(), {
    history: { actor: { id: 'u1', name: 'chair' }, now: () => Date.UTC(2026, 11, 5) },
  });
  org.addMember('m1', { surname: 'Иванова', birthDate: '1990-01-02' });
  org.setPassportField('fullName', 'СОШ 12');
  return org;
}

describe('changesSnapshot', () => {
  it('names every root but the cell history', () => {
    for (const root of Object.values(ROOT)) {
      expect(changesSnapshot([root]), root).toBe(root !== ROOT.history);
    }
    expect(changesSnapshot([])).toBe(false);
    expect(changesSnapshot(['load', ROOT.history])).toBe(false);
    expect(changesSnapshot(['load', ROOT.members])).toBe(true);
  });

  it('a change of the history alone, or of a root it does not know, leaves the snapshot equal', () => {
    const org = seeded();
    const before = org.snapshot();
    org.ydoc.getArray(ROOT.history).push([{ at: 1 }]);
    org.ydoc.getMap('load').set('c1', 'x');
    org.ydoc.getMap('load').set('c1', 'y');
    expect(org.snapshot()).toEqual(before);
  });

  it('a member field edit changes the members root, and the snapshot', () => {
    const org = seeded();
    const before = org.snapshot();
    const roots = new Set<string>();
    org.ydoc.on('afterTransaction', (tr: Y.Transaction) => {
      for (const [name, type] of org.ydoc.share)
        if (tr.changedParentTypes.has(type)) roots.add(name);
    });
    org.setMemberFields([{ id: 'm1', field: 'surname', value: 'Петрова' }]);
    expect(changesSnapshot(roots)).toBe(true);
    expect(org.snapshot()).not.toEqual(before);
  });
});
