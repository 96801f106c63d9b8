// Calls of the statistical forms API (core/src/forms/statform-wire.ts). Results are the
// api client's discriminated unions; nothing here throws.
import type {
  EditCampaignRequest,
  OpenCampaignRequest,
  SaveStatformRequest,
  Statform,
  StatformCampaign,
  StatformLineOrgs,
} from '@profgrid/core';
import type { FormState } from '@profgrid/core';
import { api, withQuery } from '../api/index.ts';

export type CampaignTask = StatformCampaign & { readonly state: FormState };

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

export const statformsApi = {
  campaigns: (orgId: string) =>
    api.get<{ today: string; campaigns: CampaignTask[] }>(`${base(orgId)}/statform-campaigns`),
  openCampaign: (orgId: string, body: OpenCampaignRequest) =>
    api.post<StatformCampaign>(`${base(orgId)}/statform-campaigns`, body),
  editCampaign: (orgId: string, campaignId: string, body: EditCampaignRequest) =>
    api.patch<StatformCampaign>(
      `${base(orgId)}/statform-campaigns/${encodeURIComponent(campaignId)}`,
      body,
    ),
  form: (orgId: string, asOf: string) =>
    api.get<Statform>(withQuery(`${base(orgId)}/statforms`, { asOf })),
  save: (orgId: string, asOf: string, body: SaveStatformRequest) =>
    api.put<Statform>(withQuery(`${base(orgId)}/statforms`, { asOf }), body),
  handIn: (orgId: string, asOf: string, body: SaveStatformRequest) =>
    api.post<Statform>(withQuery(`${base(orgId)}/statforms/hand-in`, { asOf }), body),
  review: (orgId: string, asOf: string, action: 'accept' | 'return', comment: string) =>
    api.post<Statform>(withQuery(`${base(orgId)}/statforms/${action}`, { asOf }), { comment }),
  lineOrgs: (orgId: string, asOf: string, code: string) =>
    api.get<StatformLineOrgs>(withQuery(`${base(orgId)}/statforms/lines/${code}`, { asOf })),
};
