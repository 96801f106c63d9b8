// Names of the answer documents on the relay: `req:<requestId>:<orgId>`, one Yjs document
// per request and answering organization. The organization in the name is the one whose
// chair writes it and under whose subtree access it is read — like `org:<id>`.
export const REQUEST_DOC_PREFIX = 'req:';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function requestDocName(requestId: string, orgId: string): string {
  return `${REQUEST_DOC_PREFIX}${requestId}:${orgId}`;
}

/** The request and organization of an answer document's name, or null for any other name. */
export function parseRequestDocName(
  docName: string,
): { readonly requestId: string; readonly orgId: string } | null {
  if (!docName.startsWith(REQUEST_DOC_PREFIX)) return null;
  const rest = docName.slice(REQUEST_DOC_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon < 0) return null;
  const requestId = rest.slice(0, colon);
  const orgId = rest.slice(colon + 1);
  if (!ID.test(requestId) || orgId === '' || orgId.length > 200) return null;
  return { requestId, orgId };
}
