import { describe, expect, it } from 'vitest';
import type { OrgRecord } from '@profgrid/core';
import { subtreeIds, treeRows } from './tree-rows.ts';

const org = (id: string, parentId: string | null, name: string, archived = false): OrgRecord => ({
  id,
  parentId,
  code: id,
  name,
  shortName: name,
  level: 'primary',
  institutionType: null,
  archived,
});

const orgs = [
  org('school-010', 'city', 'Школа № 10'),
  org('city', 'region', 'Белгородская городская'),
  org('school-004', 'city', 'Школа № 4'),
  org('old', 'city', 'Школа № 1', true),
  org('region', null, 'Белгородская областная'),
];

describe('treeRows', () => {
  it('orders depth-first with numeric Russian collation and hides archived', () => {
    expect(treeRows(orgs).map((r) => `${r.depth}:${r.org.id}`)).toEqual([
      '0:region',
      '1:city',
      '2:school-004',
      '2:school-010',
    ]);
    expect(treeRows(orgs, true).map((r) => r.org.id)).toContain('old');
  });
  it('starts a partial tree at the orgs whose parent is not visible', () => {
    expect(treeRows(orgs.filter((o) => o.id !== 'region'))[0]).toMatchObject({ depth: 0 });
  });
});

describe('subtreeIds', () => {
  it('collects descendants', () => {
    expect([...subtreeIds('city', orgs)].sort()).toEqual([
      'city',
      'old',
      'school-004',
      'school-010',
    ]);
  });
});
