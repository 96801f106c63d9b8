import { describe, expect, it } from 'vitest';
import {
  parseAuditEntries,
  parseChairCards,
  parseMe,
  parseOrgRecord,
  parseUserRecords,
} from './wire-parsers.ts';

describe('wire parsers', () => {
  it('read a user with valid grants only', () => {
    const me = { id: 'u1', login: 'a', displayName: 'А', roles: [{ orgId: 'o', role: 'editor' }] };
    expect(parseMe(me)).toEqual(me);
    expect(parseMe({ ...me, roles: [{ orgId: 'o', role: 'owner' }] })).toBeNull();
    expect(parseMe({ ...me, id: 1 })).toBeNull();
    expect(parseMe(null)).toBeNull();
  });

  it('fill the fields an older server omits in an organization', () => {
    expect(parseOrgRecord({ id: 'x', parentId: null, name: 'Школа', level: 'primary' })).toEqual({
      id: 'x',
      parentId: null,
      code: '',
      name: 'Школа',
      shortName: 'Школа',
      level: 'primary',
      institutionType: null,
      archived: false,
    });
    expect(parseOrgRecord({ id: 'x', parentId: null, name: 'Ш', level: 'galaxy' })).toBeNull();
  });

  it('keep the list entries that parse and refuse what is not a list', () => {
    const ok = { id: 'u', login: 'l', displayName: 'Д', disabled: false, roles: [], createdAt: '' };
    expect(parseUserRecords([ok, { id: 2 }])).toEqual([ok]);
    expect(parseUserRecords({ users: [ok] })).toBeNull();
    const entry = {
      id: 3,
      at: '2026-01-01T00:00:00.000Z',
      userId: null,
      userLogin: null,
      orgId: 'o',
      action: 'login',
      detail: '',
    };
    expect(parseAuditEntries([entry, { ...entry, action: 'dance' }])).toEqual([entry]);
    expect(
      parseChairCards([{ orgId: 'o', orgName: 'О', role: 'deputy', name: 'Н', phone: '1' }]),
    ).toEqual([{ orgId: 'o', orgName: 'О', role: 'deputy', name: 'Н', phone: '1', email: '' }]);
  });
});
