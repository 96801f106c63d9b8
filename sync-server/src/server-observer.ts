// What the relay's stored-update and document-open events set going on the server
// (RelayObserver): summaries recounted, request answers followed, and — for the instance
// that stored the change — the audit, the chair index, cards and the duplicate index.
import { changesSnapshot, orgIdOfDocName } from '@profgrid/core';
import { docAuditEvent } from './audit/doc-audit.ts';
import type { Identity } from './auth/identity.ts';
import type { CardService } from './cards/card-service.ts';
import type { DuplicateIndex } from './duplicates/duplicate-index.ts';
import type { Logger } from './log.ts';
import type { RelayObserver } from './relay/hooks.ts';
import type { RequestService } from './requests/request-service.ts';
import type { RollupService } from './rollups/rollup-service.ts';

export function observer(
  identity: Identity,
  rollups: RollupService,
  cards: CardService,
  duplicates: DuplicateIndex,
  requests: RequestService,
  logger: Logger,
  /** Whose data a document holds: a table's owner, a request answer's organization. */
  auditOrg: (docName: string) => Promise<string | null>,
): RelayObserver {
  // Derived writes of the hot path: not awaited by the relay; a failure is logged. One
  // handler each for the process, not one closure per stored update.
  const logged = (what: string) => (err: unknown) =>
    logger.error(`${what} failed`, { error: String(err) });
  const auditFailed = logged('audit');
  const chairIndexFailed = logged('chair index');
  const touchFailed = logged('session touch');
  // a table and a request's answer are audited as themselves, under their organization
  const audit = (change: boolean, userId: string, docName: string) => {
    const event = docAuditEvent(docName, change);
    void auditOrg(docName)
      .then((orgId) => identity.audit.record({ ...event, userId, orgId }))
      .catch(auditFailed);
  };
  return {
    docOpened: (principal, docName) => audit(false, principal.id, docName),
    docStored({ docName, doc, by: principal, change }) {
      // Every change is recounted, another instance's too, so that instances editing one
      // document at once converge on the summary of the merged document (the versions in
      // RollupService pick the newest). The rest belongs to the instance that stored it.
      // Counts, cards and person keys derive from the snapshot's roots: a change of none of
      // them (the cell history alone, a root unknown here) leaves them as they are.
      const counted = !change || changesSnapshot(change.roots);
      if (counted) rollups.docStored(docName, doc);
      requests.docStored(docName, doc);
      if (!principal) return;
      audit(true, principal.id, docName);
      const orgId = counted ? orgIdOfDocName(docName) : null;
      if (orgId) void identity.chairs.indexDoc(orgId, doc).catch(chairIndexFailed);
      if (orgId) cards.docChanged(orgId, doc, change); // members who left lose their cards
      if (orgId) duplicates.docChanged(orgId, doc, change); // one person once
      // editing is activity
      if (principal.session) void identity.sessions.touch(principal.session).catch(touchFailed);
    },
  };
}
