// REST calls about post holders in other organizations (sync-server positions/holder-routes.ts).
import { parseHolderMatch, parseHolderStatuses } from '@profgrid/core/positions';
import type { HolderMatch, HolderMatchRequest, HolderStatus } from '@profgrid/core/positions';
import { api, withQuery } from '../api/index.ts';
import type { ApiResult } from '../api/index.ts';

export const holdersApi = {
  match: (req: HolderMatchRequest): Promise<ApiResult<HolderMatch>> =>
    api.post('/api/positions/match', req, parseHolderMatch),
  statuses: (orgId: string): Promise<ApiResult<HolderStatus[]>> =>
    api.get(withQuery('/api/positions/holders', { orgId }), parseHolderStatuses),
};
