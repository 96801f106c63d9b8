import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '../doc/org-doc.ts';
import { emptyPassport } from '../model/passport.ts';
import { chairIndexEntries } from './chair-entries.ts';
import { holderInfo, linkByName, matchHolder } from './holders.ts';
import { parseHolderMatch, parseHolderStatuses } from './holders-wire.ts';
import type { PositionRecord } from './position.ts';
import { Positions, readPositions } from './positions-doc.ts';

const person = (id: string, surname: string, name: string, patronymic: string, birthDate = '') => ({
  id,
  surname,
  name,
  patronymic,
  birthDate,
});

const byName = (id: string, orgId: string, name: string, memberId = ''): PositionRecord => ({
  id,
  role: 'chair',
  holder: { orgId, memberId, name },
  start: '2024-03-01',
  termEnd: '2029-03-01',
  ended: '',
  basis: '',
  author: 'city',
  recordedAt: '2026-01-01T00:00:00Z',
});

describe('a post linked to the member who holds it', () => {
  const school4 = [
    person('m1', 'Семёнова', 'Анна', 'Петровна', '1980-02-03'),
    person('m2', 'Петров', 'Иван', 'Сергеевич', '1975-01-01'),
    person('m3', 'Петров', 'Иван', 'Сергеевич', '1990-05-05'),
  ];

  it('matches a name folded (case, ё/е, spaces); a birth date narrows namesakes', () => {
    expect(matchHolder('  семенова   АННА петровна ', school4)).toEqual(['m1']);
    expect(matchHolder('Петров Иван Сергеевич', school4)).toEqual(['m2', 'm3']);
    expect(matchHolder('Петров Иван Сергеевич', school4, '05.05.1990')).toEqual(['m3']);
    expect(matchHolder('Петров Иван', school4)).toEqual([]);
    expect(matchHolder('   ', school4)).toEqual([]);
  });

  it('links exactly-one matches, reports none and several, leaves linked and unknown orgs', () => {
    const records = [
      byName('p1', 'school-004', 'Семенова Анна Петровна'),
      byName('p2', 'school-004', 'Петров Иван Сергеевич'),
      byName('p3', 'school-004', 'Никто Не Найден'),
      byName('p4', 'school-004', 'Семёнова Анна Петровна', 'm1'),
      byName('p5', 'school-999', 'Семёнова Анна Петровна'),
    ];
    const out = linkByName(records, (org) => (org === 'school-004' ? school4 : undefined));
    expect(out).toEqual([
      { id: 'p1', linked: true, memberId: 'm1', name: 'Семёнова Анна Петровна' },
      { id: 'p2', linked: false, reason: 'several' },
      { id: 'p3', linked: false, reason: 'none' },
    ]);
  });

  it('writes the link into the record and keeps the rest of it', () => {
    const doc = new Y.Doc();
    const positions = new Positions(doc);
    const p = byName('p1', 'school-004', 'семенова анна');
    positions.add(p);
    expect(positions.link('p1', 'm1', 'Семёнова Анна Петровна')).toBe(true);
    expect(positions.link('nope', 'm1', 'x')).toBe(false);
    expect(readPositions(doc)).toEqual([
      {
        ...p,
        holder: { orgId: 'school-004', memberId: 'm1', name: 'Семёнова Анна Петровна' },
      },
    ]);
  });

  it('shows the holder renamed, removed or transferred, from their organization document', () => {
    const doc = new OrgDoc(new Y.Doc());
    const at = { author: 'chair', recordedAt: '2026-01-01T00:00:00Z' };
    doc.addMember('m1', { surname: 'Иванова', name: 'Анна', patronymic: 'Петровна' });
    doc.addMember('m2', { surname: 'Петров', name: 'Иван', patronymic: '' });
    const info = (id: string) => holderInfo(doc.member(id), doc.records(id));
    expect(info('m1')).toMatchObject({ state: 'on-register', name: 'Иванова Анна Петровна' });
    doc.setMemberField('m1', 'surname', 'Смирнова');
    expect(info('m1').name).toBe('Смирнова Анна Петровна');
    doc.removal('m1', { id: 'e1', date: '2026-02-01', reason: 'retired', ...at }, '2026-02-01');
    expect(info('m1')).toEqual({
      state: 'removed',
      name: 'Смирнова Анна Петровна',
      date: '2026-02-01',
      reason: 'retired',
      toOrgName: '',
    });
    doc.removal(
      'm2',
      {
        id: 'e2',
        date: '2026-03-01',
        reason: 'transferred',
        transferId: 't1',
        otherOrgName: 'Школа № 5',
        ...at,
      },
      '2026-03-01',
    );
    expect(info('m2')).toMatchObject({
      state: 'transferred',
      date: '2026-03-01',
      toOrgName: 'Школа № 5',
    });
    expect(info('gone').state).toBe('missing');
  });

  it('the card index names an own-register chair as registered now', () => {
    const entries = chairIndexEntries(
      'school-004',
      emptyPassport(),
      [byName('p1', 'school-004', 'Иванова Анна Петровна', 'm1')],
      () => ({ phone: '', email: '', surname: 'Смирнова', name: 'Анна', patronymic: 'Петровна' }),
      '2026-01-01',
    );
    expect(entries[0]!.name).toBe('Смирнова Анна Петровна');
  });

  it('parses the wire answers and refuses malformed ones', () => {
    const status = {
      positionId: 'p1',
      orgId: 'school-004',
      memberId: 'm1',
      state: 'removed',
      name: 'Смирнова Анна',
      date: '2026-02-01',
      reason: 'retired',
      toOrgName: '',
    };
    expect(parseHolderStatuses([status])).toEqual([status]);
    expect(parseHolderStatuses([{ ...status, state: 'lost' }])).toBeNull();
    expect(parseHolderMatch({ count: 1, memberId: 'm1', name: 'А' })).toEqual({
      count: 1,
      memberId: 'm1',
      name: 'А',
    });
    expect(parseHolderMatch({ count: 2, memberId: null, name: '' })?.count).toBe(2);
    expect(parseHolderMatch({ count: -1, memberId: null, name: '' })).toBeNull();
  });
});
