import { describe, expect, it } from 'vitest';
import type { OrgNode } from '@profgrid/core';
import { adminTreeRows } from './admin-tree-rows.ts';
import type { LoadedLevel } from './admin-tree-rows.ts';

const node = (id: string, parentId: string | null, childCount = 0, archived = false): OrgNode => ({
  id,
  parentId,
  code: id,
  name: id,
  shortName: id,
  level: 'primary',
  institutionType: null,
  archived,
  childCount,
});

const levels = new Map<string, LoadedLevel>([
  ['', { children: [node('central', null, 2)], total: 1 }],
  ['central', { children: [node('r1', 'central', 3), node('r2', 'central', 1)], total: 5 }],
  ['r1', { children: [node('p1', 'r1'), node('old', 'r1', 0, true), node('r2', 'r1')], total: 3 }],
]);

const shape = (rows: ReturnType<typeof adminTreeRows>) =>
  rows.map((r) => (r.kind === 'org' ? `${r.depth}:${r.org.id}` : `${r.depth}:+${r.left}`));

describe('adminTreeRows', () => {
  it('walks only the expanded levels and marks what is left to load', () => {
    expect(shape(adminTreeRows(levels, new Set(['central']), false))).toEqual([
      '0:central',
      '1:r1',
      '1:r2',
      '1:+3',
    ]);
  });
  it('goes into an expanded child, hides archived unless asked, lists an org once', () => {
    const rows = adminTreeRows(levels, new Set(['central', 'r1']), false);
    expect(shape(rows)).toEqual(['0:central', '1:r1', '2:p1', '2:r2', '1:+3']);
    expect(rows.find((r) => r.kind === 'org' && r.org.id === 'r1')).toMatchObject({ open: true });
    expect(shape(adminTreeRows(levels, new Set(['central', 'r1']), true))).toContain('2:old');
  });
  it('an expanded organization whose level is not loaded yet shows closed', () => {
    const rows = adminTreeRows(levels, new Set(['central', 'r2']), false);
    expect(rows.find((r) => r.kind === 'org' && r.org.id === 'r2')).toMatchObject({ open: false });
  });
});
