import { describe, expect, it } from 'vitest';
import { parseCreateTransferRequest } from './transfer-request.ts';

describe('a transfer request body', () => {
  it('three ids in the relay’s alphabet; the first wrong one is named', () => {
    const body = { memberId: 'm-1', fromOrgId: 'school-004', toOrgId: 'school-005' };
    expect(parseCreateTransferRequest({ ...body, extra: 1 })).toEqual({ ok: true, value: body });
    expect(parseCreateTransferRequest({ ...body, fromOrgId: 'школа' })).toMatchObject({
      ok: false,
      field: 'fromOrgId',
    });
    expect(parseCreateTransferRequest({ ...body, toOrgId: undefined })).toMatchObject({
      ok: false,
      field: 'toOrgId',
    });
    expect(parseCreateTransferRequest('x')).toEqual({
      ok: false,
      message: 'expected {memberId, fromOrgId, toOrgId}',
    });
  });
});
