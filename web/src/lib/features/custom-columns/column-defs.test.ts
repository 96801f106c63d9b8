import { describe, expect, it } from 'vitest';
import { emptyMember } from '@profgrid/core';
import type { CellKey, CustomColumn, MemberRecord } from '@profgrid/core';
import type { CellClassParams, ValueSetterParams } from 'ag-grid-community';
import { compareNumbers, customColumnDef } from './column-defs.ts';

const edits: [string, CellKey, string][] = [];
const ctx = {
  locale: 'ru' as const,
  today: '2025-06-15',
  onEdit: (...e: [string, CellKey, string]) => void edits.push(e),
};
const yesNo: CustomColumn = { id: 'k1', name: 'Член совета', type: 'yesno', choices: [], order: 1 };
const row = (extra: Record<string, string> = {}) =>
  ({ ...emptyMember('m1'), ...extra }) as MemberRecord;

describe('custom column definitions', () => {
  it('column id and value key are c:<id>; the header is the column name', () => {
    const def = customColumnDef(yesNo, ctx);
    expect(def.colId).toBe('c:k1');
    expect(def.headerName).toBe('Член совета');
  });

  it('an edit goes to onEdit with the parsed value and never into the row object', () => {
    edits.length = 0;
    const def = customColumnDef(yesNo, ctx);
    const data = row();
    const setter = def.valueSetter as (p: ValueSetterParams<MemberRecord>) => boolean;
    expect(setter({ data, newValue: 'да' } as ValueSetterParams<MemberRecord>)).toBe(false);
    expect(edits).toEqual([['m1', 'c:k1', 'yes']]);
    expect(data).not.toHaveProperty('c:k1');
    // the same value again is no edit
    setter({ data: row({ 'c:k1': 'yes' }), newValue: 'Да' } as ValueSetterParams<MemberRecord>);
    expect(edits).toHaveLength(1);
  });

  it('a value that does not fit the type is flagged, with the reason as tooltip', () => {
    const def = customColumnDef(yesNo, ctx);
    const rules = def.cellClassRules as Record<
      string,
      (p: CellClassParams<MemberRecord>) => boolean
    >;
    const p = (data: MemberRecord) =>
      ({ data, node: { rowIndex: 0 } }) as CellClassParams<MemberRecord>;
    expect(rules['pg-invalid']!(p(row({ 'c:k1': 'может' })))).toBe(true);
    expect(rules['pg-invalid']!(p(row({ 'c:k1': 'no' })))).toBe(false);
    const tooltip = def.tooltipValueGetter as (p: { data: MemberRecord }) => string | null;
    expect(tooltip({ data: row({ 'c:k1': 'может' }) })).toBe('Нужно «Да» или «Нет», а не «может»');
  });

  it('numbers sort by value, unparsable after them, empty last', () => {
    const values = ['10', '', 'много', '9,5', '-1', '1 000'];
    expect([...values].sort(compareNumbers)).toEqual(['-1', '9,5', '10', '1 000', 'много', '']);
  });

  it('multiple choice edits in a popup with the choices', () => {
    const def = customColumnDef(
      { id: 'k2', name: 'Хобби', type: 'multichoice', choices: ['Хор', 'Шахматы'], order: 2 },
      ctx,
    );
    expect(def.cellEditorPopup).toBe(true);
    expect(def.cellEditorParams).toEqual({ choices: ['Хор', 'Шахматы'] });
  });
});
