// A committee's discount partners (GET/POST/PUT /api/orgs/:id/partners) and the accounts
// that check cards for one of them (…/partners/:pid/accounts): each change answers the
// API's result and reloads the list. Sorted by name in Russian collation.
import {
  parsePartner,
  parsePartnerAccount,
  parsePartnerAccounts,
  parsePartners,
} from '@profgrid/core/cards';
import type { Partner, PartnerAccount, PartnerFields } from '@profgrid/core';
import { ruCollator } from '../../i18n/collate.ts';
import type { ApiClient, ApiResult } from '../api/index.ts';
import { RemoteList } from '../remote-list/index.ts';

export type PartnersApi = Pick<ApiClient, 'get' | 'post' | 'put' | 'delete'>;

export interface NewPartnerAccount {
  readonly login: string;
  readonly displayName: string;
  readonly password: string;
}

export class PartnersState {
  readonly #api: PartnersApi;
  readonly #base: string;
  readonly list = new RemoteList<Partner>();

  constructor(api: PartnersApi, orgId: string) {
    this.#api = api;
    this.#base = `/api/orgs/${encodeURIComponent(orgId)}/partners`;
  }

  async load(): Promise<void> {
    await this.list.load(async () => {
      const r = await this.#api.get(this.#base, parsePartners);
      return r.ok
        ? { ok: true, value: r.value.sort((a, b) => ruCollator.compare(a.name, b.name)) }
        : r;
    });
  }

  async #then<T>(r: ApiResult<T>): Promise<ApiResult<T>> {
    if (r.ok) await this.load();
    return r;
  }

  /** Creates a partner (`id` null) or replaces the fields of one. */
  save(id: string | null, fields: PartnerFields): Promise<ApiResult<Partner>> {
    const r =
      id === null
        ? this.#api.post(this.#base, fields, parsePartner)
        : this.#api.put(`${this.#base}/${encodeURIComponent(id)}`, fields, parsePartner);
    return r.then((x) => this.#then(x));
  }

  setSuspended(p: Partner, suspended: boolean): Promise<ApiResult<Partner>> {
    const { id: _id, orgId: _org, ...fields } = p;
    return this.save(p.id, { ...fields, suspended });
  }

  accounts(partnerId: string): Promise<ApiResult<PartnerAccount[]>> {
    return this.#api.get(
      `${this.#base}/${encodeURIComponent(partnerId)}/accounts`,
      parsePartnerAccounts,
    );
  }

  createAccount(partnerId: string, account: NewPartnerAccount): Promise<ApiResult<PartnerAccount>> {
    return this.#api.post(
      `${this.#base}/${encodeURIComponent(partnerId)}/accounts`,
      account,
      parsePartnerAccount,
    );
  }

  /** Unlinks the account from the partner; the relay disables the user and ends its sessions. */
  removeAccount(partnerId: string, userId: string): Promise<ApiResult<void>> {
    return this.#api.delete(
      `${this.#base}/${encodeURIComponent(partnerId)}/accounts/${encodeURIComponent(userId)}`,
    );
  }
}
