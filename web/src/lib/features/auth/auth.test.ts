import { describe, expect, it } from 'vitest';
import type { Me } from '@profgrid/core';
import { adminRoots, ancestry, canEdit, effectiveRole, isAdmin } from './roles.ts';
import { loginUrl, safeNextPath } from './next-path.ts';

const orgs = [
  { id: 'central', parentId: null },
  { id: 'region', parentId: 'central' },
  { id: 'city', parentId: 'region' },
  { id: 'school-004', parentId: 'city' },
  { id: 'school-005', parentId: 'city' },
];

describe('effectiveRole (R7: a grant covers its subtree)', () => {
  it('walks up to the granted ancestor', () => {
    expect(ancestry('school-004', orgs)).toEqual(['school-004', 'city', 'region', 'central']);
    expect(effectiveRole([{ orgId: 'city', role: 'viewer' }], 'school-005', orgs)).toBe('viewer');
  });
  it('does not cover siblings or ancestors of the grant', () => {
    const grants = [{ orgId: 'school-004', role: 'editor' }] as const;
    expect(effectiveRole(grants, 'school-005', orgs)).toBeNull();
    expect(effectiveRole(grants, 'city', orgs)).toBeNull();
  });
  it('takes the strongest grant', () => {
    const grants = [
      { orgId: 'city', role: 'viewer' },
      { orgId: 'school-004', role: 'editor' },
    ] as const;
    expect(effectiveRole(grants, 'school-004', orgs)).toBe('editor');
    expect(canEdit('editor') && canEdit('admin') && !canEdit('viewer') && !canEdit(null)).toBe(
      true,
    );
  });
  it('knows admins', () => {
    const me: Me = {
      id: 'u',
      login: 'a',
      displayName: 'A',
      roles: [{ orgId: 'central', role: 'admin' }],
    };
    expect(isAdmin(me)).toBe(true);
    expect(adminRoots(me)).toEqual(['central']);
    expect(isAdmin({ ...me, roles: [{ orgId: 'city', role: 'editor' }] })).toBe(false);
  });
});

describe('safeNextPath (no open redirect)', () => {
  it('accepts app paths only', () => {
    expect(safeNextPath('/org/school-004')).toBe('/org/school-004');
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('/\\evil')).toBe('/');
    expect(safeNextPath('/login')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
  it('builds the login URL without the query', () => {
    expect(loginUrl('/admin/users')).toBe('/login?next=%2Fadmin%2Fusers');
    expect(loginUrl('/')).toBe('/login');
    expect(loginUrl('/chairs?q=Иванова')).toBe('/login?next=%2Fchairs');
  });
});

describe('totalPending', () => {
  it('adds live counts and stored counts of documents not open', async () => {
    const { totalPending } = await import('./pending.ts');
    const live = new Map([['org:a', 2]]);
    const stored = [
      { docName: 'org:a', pending: 5 },
      { docName: 'org:b', pending: 3 },
      { docName: 'org:c', pending: 0 },
    ];
    expect(totalPending(live, stored)).toEqual({ total: 5, closedDocs: ['org:b'] });
  });
});

describe('login error texts (no hint whether the login exists)', () => {
  it('maps codes to Russian sentences', async () => {
    const { loginErrorText } = await import('./error-text.ts');
    const api = (code: string, extra = {}) =>
      ({ kind: 'api', status: 401, code, message: '', ...extra }) as never;
    expect(loginErrorText('ru', api('bad-credentials'))).toBe('Неверный логин или пароль');
    expect(loginErrorText('ru', api('throttled', { retryAfterSeconds: 42 }))).toBe(
      'Слишком много попыток, повторите через 42 с',
    );
    expect(loginErrorText('ru', { kind: 'network' })).toMatch(/Нет связи/);
    const { apiErrorText } = await import('./error-text.ts');
    const weak = api('weak-password', { status: 400, message: 'Слишком простой / Too common' });
    expect(apiErrorText('ru', weak)).toBe('Слишком простой');
    expect(apiErrorText('en', weak)).toBe('Too common');
  });
});
