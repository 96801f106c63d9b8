import { describe, expect, it } from 'vitest';
import { aMember, aSnapshot } from '../../test/builders.ts';
import type { MembershipEvent } from '../model/event.ts';
import { addDays, addYears, calendarDate } from './calendar.ts';
import { registerMovement } from './movement.ts';
import { registerAsOf } from './register-as-of.ts';

let n = 0;
const ev = (
  memberId: string,
  type: 'joined' | 'left',
  date: string,
  reason = '',
): MembershipEvent => ({
  id: `e${++n}`,
  type,
  memberId,
  date,
  reason,
  author: 't',
  recordedAt: '2027-03-01T10:00:00Z',
});

describe('registerAsOf', () => {
  it('counts a member joined on or before D and not removed on or before D', () => {
    const members = [
      aMember({ id: 'a', joinedDate: '2026-12-31' }),
      aMember({ id: 'b', joinedDate: '2027-01-02' }),
      aMember({ id: 'c', joinedDate: '2020-05-01', status: 'left' }),
      aMember({ id: 'd', joinedDate: '2020-05-01', status: 'left' }),
    ];
    const snap = {
      ...aSnapshot(members),
      events: [ev('c', 'left', '2027-02-10', 'own-will'), ev('d', 'left', '2027-01-01', 'retired')],
    };
    const r = registerAsOf(snap, '2027-01-01');
    expect(r.members.map((m) => m.id)).toEqual(['a', 'c']);
    expect(r.undated).toEqual([]);
  });

  it('a member joined and removed on D itself is off at the end of D', () => {
    const snap = {
      ...aSnapshot([aMember({ id: 'a', status: 'left' })]),
      events: [ev('a', 'joined', '2027-01-01'), ev('a', 'left', '2027-01-01', 'other')],
    };
    expect(registerAsOf(snap, '2027-01-01').members).toEqual([]);
  });

  it('a removal dated before any entry means the member was on the register before records began', () => {
    const snap = {
      ...aSnapshot([aMember({ id: 'a', status: 'left' })]),
      events: [ev('a', 'left', '2027-03-01', 'dismissed')],
    };
    expect(registerAsOf(snap, '2027-01-01').members.map((m) => m.id)).toEqual(['a']);
  });

  it('members without any dated fact count by status and are listed as undated', () => {
    const snap = aSnapshot([aMember({ id: 'a' }), aMember({ id: 'b', status: 'left' })]);
    const r = registerAsOf(snap, '2027-01-01');
    expect(r.members.map((m) => m.id)).toEqual(['a']);
    expect(r.undated).toEqual(['a', 'b']);
  });

  it('status left without a dated removal keeps the dated entry and is listed as undated', () => {
    const snap = aSnapshot([aMember({ id: 'a', joinedDate: '2020-01-01', status: 'left' })]);
    const r = registerAsOf(snap, '2027-01-01');
    expect(r.members.map((m) => m.id)).toEqual(['a']);
    expect(r.undated).toEqual(['a']);
  });
});

describe('registerMovement', () => {
  it('counts transitions within the period by reason; a re-entry after a removal counts again', () => {
    const snap = {
      ...aSnapshot([
        aMember({ id: 'a', joinedDate: '2026-03-01' }),
        aMember({ id: 'b', joinedDate: '2019-01-01', status: 'left' }),
        aMember({ id: 'c', joinedDate: '2019-01-01' }),
      ]),
      events: [
        ev('a', 'joined', '2026-03-01'),
        ev('b', 'left', '2026-06-01', 'retired'),
        ev('c', 'left', '2026-02-01', 'dismissed'),
        ev('c', 'joined', '2026-09-01'),
      ],
    };
    const m = registerMovement(snap, { from: '2026-01-02', to: '2027-01-01' });
    expect(m.joined).toBe(2);
    expect(m.left).toBe(2);
    expect(m.leftByReason.retired).toBe(1);
    expect(m.leftByReason.dismissed).toBe(1);
    expect([m.transferredIn, m.transferredOut]).toEqual([0, 0]);
  });

  it('a transfer in is not an enrolment and a transfer out not a removal: lines of their own', () => {
    const snap = {
      ...aSnapshot([
        // Came by transfer: joinedDate is the seniority kept from the first organization.
        aMember({ id: 'in', joinedDate: '2015-04-01' }),
        aMember({ id: 'out', joinedDate: '2019-01-01', status: 'left' }),
        aMember({ id: 'old', joinedDate: '2019-01-01', status: 'left' }),
      ]),
      events: [
        { ...ev('in', 'joined', '2026-05-10'), transferId: 't1' },
        { ...ev('out', 'left', '2026-07-01', 'transferred'), transferId: 't2' },
        // Removed by hand with the reason «переход в другую организацию»: a removal.
        ev('old', 'left', '2026-08-01', 'transferred'),
      ],
    };
    const m = registerMovement(snap, { from: '2026-01-02', to: '2027-01-01' });
    expect([m.joined, m.transferredIn]).toEqual([0, 1]);
    expect([m.left, m.transferredOut, m.leftByReason.transferred]).toEqual([1, 1, 1]);
    const before = registerAsOf(snap, '2026-01-01').members.length;
    const after = registerAsOf(snap, '2027-01-01').members.length;
    expect(before + m.joined + m.transferredIn - m.left - m.transferredOut).toBe(after);
  });
});

describe('calendar', () => {
  it('reads the calendar date in Moscow, not UTC', () => {
    // 31.12.2026 22:30 UTC is already 01.01.2027 in Moscow (UTC+3).
    const ms = Date.UTC(2026, 11, 31, 22, 30);
    expect(calendarDate(ms)).toBe('2027-01-01');
    expect(calendarDate(ms, 'UTC')).toBe('2026-12-31');
  });

  it('moves dates by days and years', () => {
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
  });
});
