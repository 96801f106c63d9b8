// Users of the admin's subtrees (GET /api/users) and the admin actions on them; each
// successful change reloads the list.
import { parseUserRecord, parseUserRecords } from '@profgrid/core';
import type { CreateUserRequest, RoleGrant, UserRecord } from '@profgrid/core';
import { api } from '../api/index.ts';
import type { ApiResult } from '../api/index.ts';
import { ruCollator } from '../../i18n/collate.ts';

const collator = ruCollator;

class UsersAdmin {
  users = $state.raw<UserRecord[]>([]);
  status = $state<'loading' | 'ready' | 'failed'>('loading');

  async load(): Promise<void> {
    const r = await api.get('/api/users', parseUserRecords);
    if (r.ok) {
      this.users = r.value.sort((a, b) =>
        collator.compare(a.displayName || a.login, b.displayName || b.login),
      );
      this.status = 'ready';
    } else if (this.users.length === 0) {
      this.status = 'failed';
    }
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
