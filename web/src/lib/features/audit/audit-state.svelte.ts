// The audit entries of the chosen subtree and period (GET /api/audit).
import { parseAuditEntries } from '@profgrid/core';
import type { AuditEntry } from '@profgrid/core';
import { api } from '../api/index.ts';
import { RemoteList } from '../remote-list/index.ts';
import { auditJsonUrl } from './audit-query.ts';
import type { AuditQuery } from './audit-query.ts';

class AuditLog {
  readonly list = new RemoteList<AuditEntry>();

  load(q: AuditQuery) {
    return this.list.load(() => api.get(auditJsonUrl(q), parseAuditEntries));
  }
}

export const auditLog = new AuditLog();
