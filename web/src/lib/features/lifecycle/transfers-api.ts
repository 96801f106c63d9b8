// REST calls of transfers (sync-server transfers/transfer-routes.ts) and the words of
// their refusals.
import {
  parseTransferCreated,
  parseTransferList,
  parseTransferTargets,
} from '@profgrid/core/transfers';
import type { TransferList, TransferTarget } from '@profgrid/core/transfers';
import { api, withQuery } from '../api/index.ts';
import type { ApiFailure, ApiResult } from '../api/index.ts';
import { t } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';

const REASONS = ['same-org', 'archived', 'not-on-register', 'already-pending', 'decided'];

export function transferErrorText(error: ApiFailure): string {
  if (error.kind === 'api') {
    if (error.code === 'conflict' && REASONS.includes(error.message)) {
      return t(`transfer.error.${error.message}` as MessageKey);
    }
    if (error.code === 'forbidden') return t('transfer.error.forbidden');
    return t('transfer.error.other', { message: error.message });
  }
  return t('transfer.error.other', { message: error.kind });
}

export const transfersApi = {
  targets: (q: string): Promise<ApiResult<TransferTarget[]>> =>
    api.get(withQuery('/api/transfers/targets', { q }), parseTransferTargets),
  list: (orgId: string): Promise<ApiResult<TransferList>> =>
    api.get(withQuery('/api/transfers', { orgId }), parseTransferList),
  start: (memberId: string, fromOrgId: string, toOrgId: string) =>
    api.post('/api/transfers', { memberId, fromOrgId, toOrgId }, parseTransferCreated),
  decide: (id: string, action: 'accept' | 'decline' | 'cancel') =>
    api.post(`/api/transfers/${encodeURIComponent(id)}/${action}`),
  /**
   * Calls `changed` at once and whenever a transfer from or to the organization is started
   * or decided (server-sent events; EventSource reconnects by itself). Returns the closer.
   */
  watch(orgId: string, changed: () => void): () => void {
    if (typeof EventSource === 'undefined') {
      changed();
      return () => {};
    }
    const source = new EventSource(withQuery('/api/transfers/stream', { orgId }));
    source.addEventListener('changed', changed);
    return () => source.close();
  },
};
