import { describe, expect, it } from 'vitest';
import type { RoleGrant } from '../api/wire.ts';
import {
  commonAncestor,
  docAccessOfRole,
  effectiveRole,
  hasRole,
  isWithin,
  subtreeRoots,
} from './roles.ts';

// central → region → city → school-4 / school-5; central → other-region
const PARENT: Record<string, string | null> = {
  central: null,
  region: 'central',
  city: 'region',
  s4: 'city',
  s5: 'city',
  other: 'central',
};
const ancestorsOf = (id: string): string[] => {
  const out: string[] = [];
  for (let p = PARENT[id] ?? null; p !== null; p = PARENT[p] ?? null) out.push(p);
  return out;
};

describe('effectiveRole', () => {
  it('a grant covers its own organization and every descendant, not ancestors or siblings', () => {
    const grants: RoleGrant[] = [{ orgId: 'city', role: 'editor' }];
    expect(effectiveRole(grants, 'city', ancestorsOf)).toBe('editor');
    expect(effectiveRole(grants, 's4', ancestorsOf)).toBe('editor');
    expect(effectiveRole(grants, 'region', ancestorsOf)).toBeNull();
    expect(effectiveRole(grants, 'other', ancestorsOf)).toBeNull();
  });

  it('the strongest applicable grant wins', () => {
    const grants: RoleGrant[] = [
      { orgId: 'region', role: 'viewer' },
      { orgId: 's4', role: 'admin' },
      { orgId: 'city', role: 'editor' },
    ];
    expect(effectiveRole(grants, 's4', ancestorsOf)).toBe('admin');
    expect(effectiveRole(grants, 's5', ancestorsOf)).toBe('editor');
    expect(effectiveRole(grants, 'region', ancestorsOf)).toBe('viewer');
    expect(hasRole(grants, 's5', 'editor', ancestorsOf)).toBe(true);
    expect(hasRole(grants, 's5', 'admin', ancestorsOf)).toBe(false);
  });

  it('viewers read, editors and admins write, no role is denied', () => {
    expect(docAccessOfRole('viewer')).toBe('read');
    expect(docAccessOfRole('editor')).toBe('write');
    expect(docAccessOfRole('admin')).toBe('write');
    expect(docAccessOfRole(null)).toBe('deny');
  });
});

describe('tree helpers', () => {
  it('isWithin, commonAncestor and subtreeRoots', () => {
    expect(isWithin('s4', 'region', ancestorsOf)).toBe(true);
    expect(isWithin('region', 's4', ancestorsOf)).toBe(false);
    expect(commonAncestor('s4', 's5', ancestorsOf)).toBe('city');
    expect(commonAncestor('s4', 'other', ancestorsOf)).toBe('central');
    expect(commonAncestor('s4', 'city', ancestorsOf)).toBe('city');
    expect(
      subtreeRoots(
        [
          { orgId: 's4', role: 'editor' },
          { orgId: 'city', role: 'viewer' },
          { orgId: 'other', role: 'viewer' },
        ],
        ancestorsOf,
      ).sort(),
    ).toEqual(['city', 'other']);
  });
});
