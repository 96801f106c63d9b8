import { describe, expect, it } from 'vitest';
import type { OrgSearchHit } from '@profgrid/core';
import { pickOrgHit } from './org-link-resolve.ts';

const hit = (id: string, name: string, shortName: string, code = ''): OrgSearchHit => ({
  id,
  parentId: 'belgorod-city',
  code,
  name,
  shortName,
  level: 'primary',
  institutionType: null,
  archived: false,
  childCount: 0,
  pathNames: [],
});

const school4 = hit('school-004', 'Первичная профсоюзная организация МБОУ «СОШ № 4»', 'СОШ № 4');
const school14 = hit('school-014', 'Первичная профсоюзная организация МБОУ «СОШ № 14»', 'СОШ № 14');
const garden = hit(
  'dou-004',
  'Первичная профсоюзная организация МБДОУ «Детский сад № 4»',
  'Детский сад № 4',
  '31-0404',
);

describe('which organization a typed or pasted name links to', () => {
  it('takes the one whose full or short name is the text (any case, ё = е) or whose code it is', () => {
    expect(pickOrgHit('сош № 4', [school4, school14])).toBe(school4);
    expect(pickOrgHit(' СОШ № 14 ', [school4, school14])).toBe(school14);
    expect(pickOrgHit('dou-004', [school4, garden])).toBe(garden);
    expect(pickOrgHit('31-0404', [school4, garden])).toBe(garden);
  });

  it('takes the only hit of the search when no name is exactly the text', () => {
    expect(pickOrgHit('сад 4', [garden])).toBe(garden);
  });

  it('links nothing when several organizations match and none exactly, or none at all', () => {
    expect(pickOrgHit('№ 4', [school4, garden])).toBeNull();
    expect(pickOrgHit('Гимназия', [])).toBeNull();
  });
});
