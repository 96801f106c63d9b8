import { describe, expect, it } from 'vitest';
import { parseMarkDifferentRequest } from '../duplicates/different-request.ts';
import { parseRemindRequest } from './remind-request.ts';

describe('small request bodies', () => {
  it('a reminder: no list reminds everyone, a list must hold ids', () => {
    expect(parseRemindRequest(undefined)).toEqual({ ok: true, value: {} });
    expect(parseRemindRequest({ orgIds: ['a', 'b'] })).toEqual({
      ok: true,
      value: { orgIds: ['a', 'b'] },
    });
    expect(parseRemindRequest({ orgIds: 'a' })).toMatchObject({ ok: false, field: 'orgIds' });
    expect(parseRemindRequest({ orgIds: [1] })).toMatchObject({ ok: false, field: 'orgIds' });
  });

  it('«разные люди» names the organization', () => {
    expect(parseMarkDifferentRequest({ orgId: 'school-004' })).toEqual({
      ok: true,
      value: { orgId: 'school-004' },
    });
    expect(parseMarkDifferentRequest({ orgId: '' })).toMatchObject({ ok: false, field: 'orgId' });
    expect(parseMarkDifferentRequest(null)).toMatchObject({ ok: false, field: 'orgId' });
  });
});
