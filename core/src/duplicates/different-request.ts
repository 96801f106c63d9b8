// Parser of POST /api/duplicates/:pairId/different («разные люди»): the organization whose
// chair says so. Used by the server's route (api/body-parse.ts for the answer's shape).
import { bodyOk, bodyRefused, isBodyObject } from '../api/body-parse.ts';
import type { BodyParse } from '../api/body-parse.ts';

export interface MarkDifferentRequest {
  readonly orgId: string;
}

export function parseMarkDifferentRequest(v: unknown): BodyParse<MarkDifferentRequest> {
  const orgId = isBodyObject(v) ? v['orgId'] : undefined;
  if (typeof orgId !== 'string' || orgId === '') return bodyRefused('orgId is required', 'orgId');
  return bodyOk({ orgId });
}
