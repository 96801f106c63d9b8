// Calls of the statistical forms API (core/src/forms/statform-wire.ts). Results are the
// api client's discriminated unions; nothing here throws.
import {
  parseStatform,
  parseStatformCampaign,
  parseStatformCampaignList,
  parseStatformLineOrgs,
} from '@profgrid/core';
import type {
  EditCampaignRequest,
  OpenCampaignRequest,
  SaveStatformRequest,
  StatformCampaignList,
} from '@profgrid/core';
import { api, withQuery } from '../api/index.ts';

export type CampaignTask = StatformCampaignList['campaigns'][number];

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

/** The form's address; app.html builds the same one for its early request. */
export const statformPath = (orgId: string, asOf: string) =>
  withQuery(`${base(orgId)}/statforms`, { asOf });

export const statformsApi = {
  campaigns: (orgId: string) =>
    api.get(`${base(orgId)}/statform-campaigns`, parseStatformCampaignList),
  openCampaign: (orgId: string, body: OpenCampaignRequest) =>
    api.post(`${base(orgId)}/statform-campaigns`, body, parseStatformCampaign),
  editCampaign: (orgId: string, campaignId: string, body: EditCampaignRequest) =>
    api.patch(
      `${base(orgId)}/statform-campaigns/${encodeURIComponent(campaignId)}`,
      body,
      parseStatformCampaign,
    ),
  form: (orgId: string, asOf: string) => api.get(statformPath(orgId, asOf), parseStatform),
  save: (orgId: string, asOf: string, body: SaveStatformRequest) =>
    api.put(withQuery(`${base(orgId)}/statforms`, { asOf }), body, parseStatform),
  handIn: (orgId: string, asOf: string, body: SaveStatformRequest) =>
    api.post(withQuery(`${base(orgId)}/statforms/hand-in`, { asOf }), body, parseStatform),
  review: (orgId: string, asOf: string, action: 'accept' | 'return', comment: string) =>
    api.post(withQuery(`${base(orgId)}/statforms/${action}`, { asOf }), { comment }, parseStatform),
  lineOrgs: (orgId: string, asOf: string, code: string) =>
    api.get(withQuery(`${base(orgId)}/statforms/lines/${code}`, { asOf }), parseStatformLineOrgs),
};
