import { describe, expect, it } from 'vitest';
import type { Organization } from '@profgrid/core';
import { buildOrgTree } from './org-tree.ts';

const org = (
  id: string,
  parentId: string | null,
  name: string,
  level: Organization['level'],
  t: Organization['institutionType'] = null,
): Organization => ({ id, parentId, name, shortName: name, level, institutionType: t });

const orgs: Organization[] = [
  org('school-010', 'city', 'Школа № 10', 'primary', 'school'),
  org('central', null, 'Центральный совет', 'central'),
  org('city', 'region', 'Белгородская городская', 'local'),
  org('region', 'central', 'Белгородская областная', 'regional'),
  org('school-004', 'city', 'Школа № 4', 'primary', 'school'),
  org('ds-1', 'city', 'Детский сад № 1 «Ёлочка»', 'primary', 'preschool'),
];

describe('buildOrgTree', () => {
  it('orders territorial organizations as a tree and groups primaries by type', () => {
    const view = buildOrgTree(orgs);
    expect(view.territorial.map((t) => [t.org.id, t.depth])).toEqual([
      ['central', 0],
      ['region', 1],
      ['city', 2],
    ]);
    expect(view.groups.map((g) => g.type)).toEqual(['school', 'preschool']);
    expect(view.groups[0]!.orgs.map((o) => o.id)).toEqual(['school-004', 'school-010']);
  });

  it('filters by search text, ё = е, case-insensitive', () => {
    const view = buildOrgTree(orgs, 'елочка');
    expect(view.matchCount).toBe(1);
    expect(view.groups[0]!.orgs[0]!.id).toBe('ds-1');
    expect(buildOrgTree(orgs, 'школа 4').groups[0]!.orgs.map((o) => o.id)).toEqual(['school-004']);
    expect(buildOrgTree(orgs, '1').groups.flatMap((g) => g.orgs.map((o) => o.id))).toEqual([
      'ds-1',
    ]);
  });
});
