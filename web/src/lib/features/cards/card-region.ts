// The card region code of a regional organization, read and set by its admins in the
// organization's dialog (GET/PUT /api/orgs/:id/card-region): the two digits its card
// numbers begin with. The field's text is checked here before anything is sent.
import {
  formatCardRegion,
  parseCardRegionCode,
  parseCardRegionSetting,
} from '@profgrid/core/cards';
import type { ApiClient, ApiResult } from '../api/index.ts';

export type CardRegionApi = Pick<ApiClient, 'get' | 'put'>;

const path = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/card-region`;

/** The code as the field shows it: '31', '01', or '' when none is set. */
export async function loadCardRegion(api: CardRegionApi, orgId: string): Promise<string | null> {
  const r = await api.get(path(orgId), parseCardRegionSetting);
  if (!r.ok) return null;
  return r.value.region === null ? '' : formatCardRegion(r.value.region);
}

/** What the field holds: a code (1–99), null to clear, or 'invalid'. */
export function cardRegionInput(text: string): number | null | 'invalid' {
  const code = parseCardRegionCode(text.trim());
  return code === undefined ? 'invalid' : code;
}

export function saveCardRegion(
  api: CardRegionApi,
  orgId: string,
  region: number | null,
): Promise<ApiResult<unknown>> {
  return api.put(path(orgId), { region }, parseCardRegionSetting);
}
