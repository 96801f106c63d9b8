// Parser of POST /api/requests/:rid/remind: whom to remind (absent: every recipient that
// has not answered). Used by the server's route (api/body-parse.ts for the answer's shape).
import { bodyOk, bodyRefused, isBodyObject } from '../api/body-parse.ts';
import type { BodyParse } from '../api/body-parse.ts';
import { RECIPIENTS_MAX } from './request-draft.ts';

export interface RemindRequest {
  readonly orgIds?: readonly string[];
}

export function parseRemindRequest(v: unknown): BodyParse<RemindRequest> {
  const orgIds = isBodyObject(v) ? v['orgIds'] : undefined;
  if (orgIds === undefined) return bodyOk({});
  if (
    !Array.isArray(orgIds) ||
    orgIds.length > RECIPIENTS_MAX ||
    !orgIds.every((x) => typeof x === 'string')
  ) {
    return bodyRefused('orgIds must be a list of organization ids', 'orgIds');
  }
  return bodyOk({ orgIds: orgIds as string[] });
}
