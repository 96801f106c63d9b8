// Users of the admin's subtrees (GET /api/users) and the admin actions on them; each
// successful change reloads the list. A partner's login with no organization role is
// listed with the partners' logins (`partners`), not here: a root admin's /api/users holds
// it too, and each login is shown once.
import { parseUserRecord, parseUserRecords } from '@profgrid/core';
import type { CreateUserRequest, RoleGrant, UserRecord } from '@profgrid/core';
import { api } from '../api/index.ts';
import type { ApiResult } from '../api/index.ts';
import { PartnerLoginsState } from '../partners/index.ts';
import { RemoteList } from '../remote-list/index.ts';
import { ruCollator } from '../../i18n/collate.ts';

const byName = (a: UserRecord, b: UserRecord) =>
  ruCollator.compare(a.displayName || a.login, b.displayName || b.login);

class UsersAdmin {
  readonly partners = new PartnerLoginsState();
  readonly list = new RemoteList<UserRecord>(100, (items) =>
    items.filter((u) => u.roles.length > 0 || !this.partners.listed(u.id)),
  );

  async load(): Promise<void> {
    await Promise.all([
      this.partners.load(),
      this.list.load(async () => {
        const r = await api.get('/api/users', parseUserRecords);
        return r.ok ? { ok: true, value: r.value.sort(byName) } : r;
      }),
    ]);
  }

  async #then<T>(r: ApiResult<T>): Promise<ApiResult<T>> {
    if (r.ok) await this.load();
    return r;
  }

  create(req: CreateUserRequest) {
    return api.post('/api/users', req, parseUserRecord).then((r) => this.#then(r));
  }
  setDisabled(id: string, disabled: boolean) {
    return api
      .patch(`/api/users/${encodeURIComponent(id)}`, { disabled })
      .then((r) => this.#then(r));
  }
  setRoles(id: string, roles: readonly RoleGrant[]) {
    return api
      .put(`/api/users/${encodeURIComponent(id)}/roles`, { roles })
      .then((r) => this.#then(r));
  }
  resetPassword(id: string, password: string) {
    return api.post(`/api/users/${encodeURIComponent(id)}/password`, { password });
  }
}

export const usersAdmin = new UsersAdmin();
