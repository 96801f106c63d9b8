// Records as the only way on and off the register: refusals with their reasons, the
// read-only status, record columns, and the migration of documents written before.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '../doc/org-doc.ts';
import { ROOT, migrate } from '../doc/schema.ts';
import type { RefusedEdit } from '../doc/org-doc.ts';
import { registerAsOf } from '../register/register-as-of.ts';

const TODAY = '2025-06-30';
let n = 0;
const rec = (date: string, more: Record<string, string> = {}) => ({
  id: `e${++n}`,
  date,
  reason: '',
  author: 'chair',
  recordedAt: '2025-06-30T10:00:00Z',
  ...more,
});

function docWith(): OrgDoc {
  const doc = new OrgDoc(new Y.Doc());
  migrate(doc.ydoc);
  doc.addMember(
    'm1',
    { surname: 'Иванова', joinedDate: '2020-02-01' },
    rec('2020-02-01', { applicationNumber: '12', applicationDate: '2020-01-28' }),
  );
  return doc;
}

describe('records', () => {
  it('a removal dated before the enrolment is refused with the reason, and nothing is recorded', () => {
    const doc = docWith();
    expect(doc.removal('m1', rec('2019-12-31', { reason: 'own-will' }), TODAY)).toEqual({
      ok: false,
      reason: 'before-enrolment',
    });
    expect(doc.removal('m1', rec('2025-07-01', { reason: 'own-will' }), TODAY)).toEqual({
      ok: false,
      reason: 'bad-date',
    });
    expect(doc.records('m1')).toHaveLength(1);
    expect(doc.member('m1')?.status).toBe('active');
  });

  it('removal, a second removal refused, restoring before the removal refused, then restored', () => {
    const doc = docWith();
    const removed = rec('2024-03-01', { reason: 'own-will', basis: 'заявление от 28.02.2024' });
    expect(doc.removal('m1', removed, TODAY).ok).toBe(true);
    expect(doc.member('m1')).toMatchObject({
      status: 'left',
      'r:leftOn': '2024-03-01',
      'r:leftReason': 'own-will',
      'r:leftBasis': 'заявление от 28.02.2024',
      'r:enrolledOn': '2020-02-01',
      'r:applicationNumber': '12',
      'r:applicationDate': '2020-01-28',
    });
    expect(doc.removal('m1', rec('2024-04-01', { reason: 'other' }), TODAY)).toEqual({
      ok: false,
      reason: 'not-on-register',
    });
    expect(doc.restore('m1', rec('2024-02-01'), TODAY)).toEqual({
      ok: false,
      reason: 'before-removal',
    });
    expect(doc.restore('m1', rec('2024-09-01', { basis: 'решение профкома № 3' }), TODAY).ok).toBe(
      true,
    );
    const m = doc.member('m1');
    expect(m?.status).toBe('active');
    expect(m?.['r:leftOn']).toBeUndefined();
    expect(m?.['r:enrolledOn']).toBe('2024-09-01');
    expect(doc.records('m1').map((e) => e.type)).toEqual(['joined', 'left', 'restored']);
    const on = (d: string) => registerAsOf(doc.snapshot(), d).members.map((x) => x.id);
    expect([on('2023-01-01'), on('2024-05-01'), on('2024-09-01')]).toEqual([['m1'], [], ['m1']]);
  });

  it('the status cell is read-only: typed, pasted or imported values are refused and reported', () => {
    const doc = docWith();
    const refused: RefusedEdit[] = [];
    doc.observeRefused((e) => refused.push(e));
    const applied = doc.setMemberFields([
      { id: 'm1', field: 'status', value: 'left' },
      { id: 'm1', field: 'surname', value: 'Петрова' },
      { id: 'm1', field: 'status', value: 'active' },
    ]);
    expect(applied).toBe(1);
    expect(refused).toEqual([{ field: 'status', count: 1 }]);
    expect(doc.member('m1')).toMatchObject({ surname: 'Петрова', status: 'active' });
  });

  it('an enrolment record for a member entered without one; a second one refused', () => {
    const doc = new OrgDoc(new Y.Doc());
    doc.addMember('m2', { surname: 'Петров' });
    expect(doc.enrol('m2', rec('2021-01-01', { applicationNumber: '5' }), TODAY).ok).toBe(true);
    expect(doc.enrol('m2', rec('2021-02-01'), TODAY)).toEqual({
      ok: false,
      reason: 'already-enrolled',
    });
    expect(doc.enrol('ghost', rec('2021-02-01'), TODAY)).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });

  it('concurrent offline removal and edit of one member merge: removed, with the edit', () => {
    const a = docWith();
    const b = new OrgDoc(new Y.Doc());
    Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc));
    a.removal('m1', rec('2025-01-15', { reason: 'retired' }), TODAY);
    b.setMemberField('m1', 'surname', 'Иванова-Смирнова');
    b.setMemberField('m1', 'status', 'active');
    Y.applyUpdate(a.ydoc, Y.encodeStateAsUpdate(b.ydoc));
    Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc));
    for (const doc of [a, b]) {
      expect(doc.member('m1')).toMatchObject({
        surname: 'Иванова-Смирнова',
        status: 'left',
        'r:leftReason': 'retired',
      });
    }
  });

  it('a transferred-in member keeps the union seniority without being counted before the transfer', () => {
    const doc = new OrgDoc(new Y.Doc());
    doc.addMember(
      'm3',
      { surname: 'Сидорова', joinedDate: '2012-09-01' },
      rec('2025-03-10', { transferId: 't1', otherOrgName: 'Школа № 4' }),
    );
    const on = (d: string) => registerAsOf(doc.snapshot(), d).members.length;
    expect([on('2020-01-01'), on('2025-03-09'), on('2025-03-10')]).toEqual([0, 0, 1]);
    expect(doc.member('m3')?.['r:enrolBasis']).toBe('перевод из: Школа № 4');
  });

  it('migration to version 2 keeps only undated removals in the status key', () => {
    const ydoc = new Y.Doc();
    ydoc.getMap(ROOT.meta).set('schemaVersion', 1);
    const members = ydoc.getMap<Y.Map<string>>(ROOT.members);
    const put = (id: string, fields: Record<string, string>) => {
      const m = new Y.Map<string>();
      for (const [k, v] of Object.entries(fields)) m.set(k, v);
      members.set(id, m);
    };
    put('a', { surname: 'А', status: 'active' });
    put('b', { surname: 'Б', status: 'left', joinedDate: '2010-01-01' });
    put('c', { surname: 'В', status: 'left', joinedDate: '2010-01-01' });
    ydoc
      .getArray(ROOT.events)
      .push([{ ...rec('2020-01-01', { reason: 'own-will' }), type: 'left', memberId: 'c' }]);
    expect(migrate(ydoc)).toEqual({ kind: 'migrated', from: 1 });
    expect([...members.get('a')!.keys()]).toEqual(['surname']);
    expect(members.get('b')!.get('status')).toBe('left');
    expect(members.get('c')!.get('status')).toBeUndefined();
    const doc = new OrgDoc(ydoc);
    expect(doc.members().map((m) => m.status)).toEqual(['active', 'left', 'left']);
  });
});
