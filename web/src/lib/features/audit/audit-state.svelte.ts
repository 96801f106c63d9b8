// The audit entries of the chosen subtree and period (GET /api/audit).
import { parseAuditEntries } from '@profgrid/core';
import type { AuditEntry } from '@profgrid/core';
import { api } from '../api/index.ts';
import type { ApiFailure } from '../api/index.ts';
import { auditJsonUrl } from './audit-query.ts';
import type { AuditQuery } from './audit-query.ts';

class AuditLog {
  entries = $state.raw<AuditEntry[]>([]);
  status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  error = $state.raw<ApiFailure | null>(null);

  async load(q: AuditQuery): Promise<void> {
    this.status = 'loading';
    const r = await api.get(auditJsonUrl(q), parseAuditEntries);
    if (r.ok) {
      this.entries = r.value;
      this.status = 'ready';
      this.error = null;
    } else {
      this.status = 'failed';
      this.error = r.error;
    }
  }
}

export const auditLog = new AuditLog();
