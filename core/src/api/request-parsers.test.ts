import { describe, expect, it } from 'vitest';
import {
  parseArchiveOrgRequest,
  parseCreateOrgRequest,
  parseCreateUserRequest,
  parseLoginRequest,
  parseMoveOrgRequest,
  parseOwnPasswordRequest,
  parseRoleGrants,
  parseSetRolesRequest,
  parseUpdateOrgRequest,
  parseUpdateUserRequest,
} from './request-parsers.ts';
import { parseSetPassportDeadlineRequest } from '../reports/passport-monitoring.ts';

const refused = (r: { ok: boolean; message?: string }) => (r.ok ? null : r.message);

describe('request body parsers (the server reads every body through them)', () => {
  it('login needs text login and password; anything else is refused with the same words', () => {
    expect(parseLoginRequest({ login: 'a', password: 'b', extra: 1 })).toEqual({
      ok: true,
      value: { login: 'a', password: 'b' },
    });
    for (const bad of [undefined, null, [], 'x', { login: 'a' }, { login: 1, password: 'b' }]) {
      expect(refused(parseLoginRequest(bad))).toBe('expected {login, password}');
    }
    expect(refused(parseOwnPasswordRequest({ password: 'p' }))).toBe(
      'expected {currentPassword, password}',
    );
  });

  it('a new user: login pattern, trimmed name, roles default to none', () => {
    const body = { login: 'chair.1', displayName: '  Иванова  ', password: 'x' };
    expect(parseCreateUserRequest(body)).toEqual({
      ok: true,
      value: { login: 'chair.1', displayName: 'Иванова', password: 'x', roles: [] },
    });
    expect(refused(parseCreateUserRequest({ ...body, login: 'иван' }))).toMatch(/^login:/);
    expect(refused(parseCreateUserRequest({ ...body, displayName: '  ' }))).toBe(
      'displayName is required',
    );
    expect(refused(parseCreateUserRequest({ ...body, password: 5 }))).toBe('password is required');
    expect(refused(parseCreateUserRequest({ ...body, roles: [{ orgId: 'o' }] }))).toMatch(
      /each role/,
    );
  });

  it('grants: one per organization (the last wins), known roles only, at most 200', () => {
    const r = parseRoleGrants([
      { orgId: 'a', role: 'viewer' },
      { orgId: 'a', role: 'admin' },
      { orgId: 'b', role: 'editor' },
    ]);
    expect(r).toEqual({
      ok: true,
      value: [
        { orgId: 'a', role: 'admin' },
        { orgId: 'b', role: 'editor' },
      ],
    });
    expect(refused(parseRoleGrants([{ orgId: 'a', role: 'owner' }]))).toMatch(/each role/);
    const many = Array.from({ length: 201 }, (_, i) => ({ orgId: `o${i}`, role: 'viewer' }));
    expect(refused(parseRoleGrants(many))).toBe('too many roles');
    expect(refused(parseSetRolesRequest({}))).toBe('roles must be an array of {orgId, role}');
  });

  it('a user patch keeps only the fields given', () => {
    expect(parseUpdateUserRequest({ disabled: true })).toEqual({
      ok: true,
      value: { disabled: true },
    });
    expect(parseUpdateUserRequest({ displayName: ' Петров ' })).toEqual({
      ok: true,
      value: { displayName: 'Петров' },
    });
    expect(refused(parseUpdateUserRequest({ disabled: 'yes' }))).toBe('bad disabled');
    expect(refused(parseUpdateUserRequest({ displayName: '' }))).toBe('bad displayName');
  });

  it('organizations: create, patch, move and archive bodies', () => {
    const create = {
      parentId: 'p',
      code: ' 31-001 ',
      name: ' Школа № 1 ',
      shortName: 'Школа 1',
      level: 'primary',
    };
    expect(parseCreateOrgRequest(create)).toEqual({
      ok: true,
      value: {
        parentId: 'p',
        code: '31-001',
        name: 'Школа № 1',
        shortName: 'Школа 1',
        level: 'primary',
        institutionType: null,
      },
    });
    expect(refused(parseCreateOrgRequest({ ...create, level: 'planet' }))).toBe(
      'level is not a known level',
    );
    expect(refused(parseCreateOrgRequest({ ...create, institutionType: 'zoo' }))).toBe(
      'institutionType is not a known type',
    );
    expect(refused(parseCreateOrgRequest({ ...create, name: 'x'.repeat(501) }))).toMatch(/^name/);
    expect(parseUpdateOrgRequest({ name: ' Новое ', institutionType: null })).toEqual({
      ok: true,
      value: { name: 'Новое', institutionType: null },
    });
    expect(refused(parseUpdateOrgRequest({}))).toBe('nothing to change');
    expect(refused(parseUpdateOrgRequest({ code: '' }))).toMatch(/^code must be/);
    expect(refused(parseMoveOrgRequest({ parentId: 3 }))).toBe('expected {parentId}');
    expect(parseArchiveOrgRequest(undefined)).toEqual({ ok: true, value: { archived: true } });
    expect(parseArchiveOrgRequest({ archived: false })).toEqual({
      ok: true,
      value: { archived: false },
    });
  });

  it('a passport deadline is a real date or null', () => {
    expect(parseSetPassportDeadlineRequest({ deadline: '2027-02-28' })).toEqual({
      ok: true,
      value: { deadline: '2027-02-28' },
    });
    expect(parseSetPassportDeadlineRequest({ deadline: null })).toEqual({
      ok: true,
      value: { deadline: null },
    });
    for (const bad of [{ deadline: '2027-02-30' }, { deadline: '28.02.2027' }, {}, null]) {
      expect(refused(parseSetPassportDeadlineRequest(bad))).toMatch(/^deadline must be/);
    }
  });
});
