// Parser of POST /api/transfers (CreateTransferRequest in wire.ts), used by the server's
// route: untrusted JSON in, the typed value or the refusal (api/body-parse.ts) out.
import { bodyOk, bodyRefused, isBodyObject } from '../api/body-parse.ts';
import type { BodyParse } from '../api/body-parse.ts';
import type { CreateTransferRequest } from './wire.ts';

/** A member's or an organization's id as the relay names them. */
export const TRANSFER_ID_PATTERN = /^[A-Za-z0-9_:-]{1,64}$/;

export function parseCreateTransferRequest(v: unknown): BodyParse<CreateTransferRequest> {
  if (!isBodyObject(v)) return bodyRefused('expected {memberId, fromOrgId, toOrgId}');
  const { memberId, fromOrgId, toOrgId } = v;
  for (const [field, value] of Object.entries({ memberId, fromOrgId, toOrgId })) {
    if (typeof value !== 'string' || !TRANSFER_ID_PATTERN.test(value)) {
      return bodyRefused('expected {memberId, fromOrgId, toOrgId}', field);
    }
  }
  return bodyOk({
    memberId: memberId as string,
    fromOrgId: fromOrgId as string,
    toOrgId: toOrgId as string,
  });
}
