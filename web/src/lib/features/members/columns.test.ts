// Column definitions, formatting, parsing and the Y → rows conversion of the member grid.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MEMBER_FIELDS, OrgDoc } from '@profgrid/core';
import type { CellKey, MemberField, MemberRecord } from '@profgrid/core';
import type { ColDef } from 'ag-grid-community';
import { displayValue, invalidReason, memberColumnDefs, parseInput } from './columns.ts';
import { compareRu } from '../cells/index.ts';
import { rowChanges } from './rows.ts';

const edits: [string, CellKey, string][] = [];
const ctx = {
  locale: 'ru' as const,
  today: '2026-11-24',
  onEdit: (...e: [string, CellKey, string]) => void edits.push(e),
};

function col(field: MemberField): ColDef<MemberRecord> {
  return memberColumnDefs(ctx).find((c) => c.colId === field)!;
}

describe('member columns', () => {
  it('have column ids equal to core field keys, in order, with Russian headers', () => {
    const defs = memberColumnDefs(ctx);
    expect(defs.map((d) => d.colId)).toEqual([...MEMBER_FIELDS]);
    expect(defs[0]!.headerName).toBe('Фамилия');
    expect(memberColumnDefs({ ...ctx, locale: 'en' })[0]!.headerName).toBe('Surname');
  });

  it('format dates as ДД.ММ.ГГГГ and codes as words', () => {
    expect(displayValue('ru', 'birthDate', '1985-03-07')).toBe('07.03.1985');
    expect(displayValue('ru', 'category', 'pensioner')).toBe('неработающий пенсионер');
    expect(displayValue('en', 'status', 'left')).toBe('removed');
    expect(displayValue('ru', 'gender', 'x')).toBe('x');
  });

  it('parse typed dates to ISO and keep unrecognized input as typed', () => {
    expect(parseInput('birthDate', '7.3.1985')).toBe('1985-03-07');
    expect(parseInput('birthDate', '31.02.1985')).toBe('31.02.1985');
    expect(parseInput('surname', ' Иванов ')).toBe('Иванов');
  });

  it('edits go to onEdit only, never into the row object', () => {
    edits.length = 0;
    const row = { id: 'm1', birthDate: '' } as unknown as MemberRecord;
    const setter = col('birthDate').valueSetter as (p: unknown) => boolean;
    expect(setter({ data: row, newValue: '01.02.1990' })).toBe(false);
    expect(edits).toEqual([['m1', 'birthDate', '1990-02-01']]);
    expect(row.birthDate).toBe('');
  });

  it('give the reason of an invalid value in the current locale', () => {
    expect(invalidReason('email', 'not-an-email', ctx)).toMatch(/name@example/);
    expect(invalidReason('email', 'a@b.ru', ctx)).toBeNull();
    expect(invalidReason('surname', '', { ...ctx, locale: 'en' })).toBe('Required field');
  });

  it('sort with Russian collation, Ё beside Е, empty last', () => {
    const names = ['Яковлев', 'Ёлкин', 'Абрамов', '', 'Елисеев', 'жуков'];
    expect([...names].sort(compareRu)).toEqual([
      'Абрамов',
      'Елисеев',
      'Ёлкин',
      'жуков',
      'Яковлев',
      '',
    ]);
  });
});

describe('rowChanges', () => {
  it('turns changed ids into add, update and remove', () => {
    const doc = new OrgDoc(new Y.Doc());
    doc.addMember('a', { surname: 'А' });
    doc.addMember('b', { surname: 'Б' });
    const inGrid = new Set(['b', 'c']);
    const tx = rowChanges(doc, ['a', 'b', 'c'], (id) => inGrid.has(id));
    expect(tx.add.map((r) => r.id)).toEqual(['a']);
    expect(tx.update.map((r) => r.surname)).toEqual(['Б']);
    expect(tx.remove.map((r) => r.id)).toEqual(['c']);
  });
});

describe('reconcileRows', () => {
  it('finds the rows a stale cache lacks, got wrong, or has too many', async () => {
    const { reconcileRows } = await import('./rows.ts');
    const { emptyMember } = await import('@profgrid/core');
    const m = (id: string, surname: string) => ({ ...emptyMember(id), surname });
    const tx = reconcileRows(
      [m('a', 'А'), m('b', 'Б'), m('gone', 'Г')],
      [m('a', 'А'), m('b', 'Бе'), m('new', 'Н')],
    );
    expect(tx.add.map((r) => r.id)).toEqual(['new']);
    expect(tx.update.map((r) => r.surname)).toEqual(['Бе']);
    expect(tx.remove.map((r) => r.id)).toEqual(['gone']);
  });
});
