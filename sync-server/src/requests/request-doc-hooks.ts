// The relay's access hooks with answer documents: `req:<rid>:<orgId>` is decided by the
// request service (recipient, own chair writes, the subtree above reads); every other name
// goes to the hooks it wraps. A wrapper, so the session hooks stay as they are.
import { parseRequestDocName } from '@profgrid/core/requests';
import type { AccessPolicy } from '../auth/access-policy.ts';
import type { AccessHooks } from '../relay/hooks.ts';
import type { RequestService } from './request-service.ts';

export function withRequestDocs(
  hooks: AccessHooks,
  requests: RequestService,
  policy: AccessPolicy,
): AccessHooks {
  return {
    ...(hooks.originAllowed && { originAllowed: (r) => hooks.originAllowed?.(r) ?? false }),
    ...(hooks.liveSessions && { liveSessions: (p) => hooks.liveSessions!(p) }),
    authenticate: (request) => hooks.authenticate(request),
    async authorize(principal, docName) {
      const name = parseRequestDocName(docName);
      if (!name) return hooks.authorize(principal, docName);
      return requests.docAccess(await policy.forUser(principal.id), name.requestId, name.orgId);
    },
  };
}
