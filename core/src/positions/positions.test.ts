import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '../doc/org-doc.ts';
import { emptyPassport } from '../model/passport.ts';
import { chairOn, electedBodyOn, termsEndingWithin } from './as-of.ts';
import { chairIndexEntries } from './chair-entries.ts';
import { addMonths } from './months.ts';
import type { PositionRecord, PositionRole } from './position.ts';
import { Positions, readPositions } from './positions-doc.ts';

let seq = 0;
const post = (
  role: PositionRole,
  name: string,
  start: string,
  termEnd = '',
  more: Partial<PositionRecord> = {},
): PositionRecord => ({
  id: `p${++seq}`,
  role,
  holder: { orgId: 'school-004', memberId: `m-${name}`, name },
  start,
  termEnd,
  ended: '',
  basis: 'протокол № 1',
  author: 'chair',
  recordedAt: '2026-01-01T00:00:00Z',
  ...more,
});

describe('positions in the document', () => {
  it('adds, ends and lists records; refuses bad dates with a reason', () => {
    const doc = new Y.Doc();
    const positions = new Positions(doc);
    const chair = post('chair', 'Иванова Анна Петровна', '2024-03-01', '2029-03-01');
    expect(positions.add(chair)).toEqual({ ok: true });
    expect(positions.add(post('deputy', '', '2024-03-01'))).toEqual({
      ok: false,
      error: 'name-required',
    });
    expect(positions.add(post('deputy', 'Петров', '2024-03-01', '2024-01-01'))).toEqual({
      ok: false,
      error: 'term-end-before-start',
    });
    expect(positions.add(post('deputy', 'Петров', '01.03.2024'))).toEqual({
      ok: false,
      error: 'start-invalid',
    });
    expect(positions.end(chair.id, '2023-12-31')).toEqual({
      ok: false,
      error: 'ended-before-start',
    });
    expect(positions.end(chair.id, '2026-06-30')).toEqual({ ok: true });
    expect(positions.end(chair.id, '2026-07-30')).toEqual({ ok: false, error: 'already-ended' });
    expect(readPositions(doc)).toEqual([{ ...chair, ended: '2026-06-30' }]);
    expect(new OrgDoc(doc).snapshot().positions).toHaveLength(1);
  });

  it('two replicas adding posts offline keep both; ending one post twice keeps one ending', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const chair = post('chair', 'Иванова', '2024-03-01');
    new Positions(a).add(chair);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    new Positions(a).add(post('committee', 'Сидоров', '2024-03-01'));
    new Positions(b).add(post('audit', 'Кузнецова', '2024-03-01'));
    new Positions(a).end(chair.id, '2026-01-10');
    new Positions(b).end(chair.id, '2026-02-10');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readPositions(a)).toEqual(readPositions(b));
    expect(readPositions(a)).toHaveLength(3);
    expect(['2026-01-10', '2026-02-10']).toContain(
      readPositions(a).find((p) => p.id === chair.id)!.ended,
    );
  });

  it('skips malformed entries without losing them', () => {
    const doc = new Y.Doc();
    doc.getMap('positions').set('bad', { role: 'king' });
    expect(readPositions(doc)).toEqual([]);
    expect(doc.getMap('positions').has('bad')).toBe(true);
  });
});

describe('positions as of a date', () => {
  const old = post('chair', 'Старова', '2019-03-01', '2024-03-01', { ended: '2024-03-01' });
  const now = post('chair', 'Новикова', '2024-03-01', '2029-03-01');
  const dep = post('deputy', 'Замов', '2024-03-01', '2027-03-01');
  const both = post('committee', 'Замов', '2024-03-01', '', { holder: dep.holder });
  const member = post('committee', 'Членова', '2025-01-15', '2027-02-01');
  const records = [old, now, dep, both, member];

  it('finds the chair in office on a date, and the elected body as distinct persons', () => {
    expect(chairOn(records, '2023-12-31')?.holder.name).toBe('Старова');
    expect(chairOn(records, '2024-03-01')?.holder.name).toBe('Новикова');
    expect(chairOn(records, '2019-02-28')).toBeUndefined();
    expect(electedBodyOn(records, '2024-06-01')).toBe(2); // Новикова, Замов (two posts, one person)
    expect(electedBodyOn(records, '2025-06-01')).toBe(3);
  });

  it('lists terms ending within six months, soonest first', () => {
    expect(termsEndingWithin(records, '2026-09-01', 6).map((p) => p.holder.name)).toEqual([
      'Членова',
      'Замов',
    ]);
    expect(termsEndingWithin(records, '2026-01-01', 6)).toEqual([]);
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('makes the chairs card index from records, with terms and own-register contacts', () => {
    const passport = { ...emptyPassport(), chairName: 'Из паспорта', chairPhone: '+7 000' };
    const contacts = (id: string) =>
      id === 'm-Новикова' ? { phone: '+7 900 1', email: 'n@school.ru' } : undefined;
    const entries = chairIndexEntries('school-004', passport, records, contacts, '2026-01-01');
    expect(entries).toEqual([
      {
        role: 'chair',
        name: 'Новикова',
        phone: '+7 900 1',
        email: 'n@school.ru',
        termStart: '2024-03-01',
        termEnd: '2029-03-01',
      },
      {
        role: 'deputy',
        name: 'Замов',
        phone: '',
        email: '',
        termStart: '2024-03-01',
        termEnd: '2027-03-01',
      },
    ]);
    // no chair or deputy records: the passport's entries
    expect(chairIndexEntries('school-004', passport, [member], contacts, '2026-01-01')).toEqual([
      { role: 'chair', name: 'Из паспорта', phone: '+7 000', email: '' },
    ]);
  });
});
