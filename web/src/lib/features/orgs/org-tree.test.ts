import { describe, expect, it } from 'vitest';
import type { OrgNode } from '@profgrid/core';
import { groupLevel } from './org-tree.ts';

const org = (
  id: string,
  name: string,
  level: OrgNode['level'],
  childCount = 0,
  t: OrgNode['institutionType'] = null,
): OrgNode => ({
  id,
  parentId: 'city',
  code: id,
  name,
  shortName: name,
  level,
  institutionType: t,
  archived: false,
  childCount,
});

describe('groupLevel', () => {
  it('puts committees first and groups primaries by type, each by name', () => {
    const view = groupLevel([
      org('school-010', 'Школа № 10', 'primary', 0, 'school'),
      org('district', 'Районная', 'local', 12),
      org('school-004', 'Школа № 4', 'primary', 0, 'school'),
      org('ds-1', 'Детский сад № 1 «Ёлочка»', 'primary', 0, 'preschool'),
      org('x', 'Без типа', 'primary'),
    ]);
    expect(view.committees.map((o) => o.id)).toEqual(['district']);
    expect(view.groups.map((g) => g.type)).toEqual(['school', 'preschool', 'other']);
    expect(view.groups[0]!.orgs.map((o) => o.id)).toEqual(['school-004', 'school-010']);
  });

  it('a primary with sub-units (profgroups) is walked like a committee', () => {
    const view = groupLevel([org('school-001', 'Школа № 1', 'primary', 3, 'school')]);
    expect(view.committees.map((o) => o.id)).toEqual(['school-001']);
  });
});
