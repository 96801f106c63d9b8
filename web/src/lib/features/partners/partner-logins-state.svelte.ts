// The partners' logins an admin may disable (GET/PATCH /api/partner-logins), as runes. The
// users page holds one: its own table leaves out the logins listed here, so each login is
// shown once.
import { parsePartnerLogins } from '@profgrid/core/cards';
import type { PartnerLogin } from '@profgrid/core/cards';
import { api } from '../api/index.ts';
import type { ApiFailure } from '../api/index.ts';

export class PartnerLoginsState {
  items = $state.raw<readonly PartnerLogin[]>([]);
  /** Whether the user is one of `items`. */
  listed(userId: string): boolean {
    return this.items.some((l) => l.userId === userId);
  }

  async load(): Promise<void> {
    const r = await api.get('/api/partner-logins', parsePartnerLogins);
    if (r.ok) this.items = r.value;
  }

  /** Disables an enabled login (its sessions end) or enables a disabled one. */
  async toggle(l: PartnerLogin): Promise<ApiFailure | null> {
    const r = await api.patch(`/api/partner-logins/${encodeURIComponent(l.userId)}`, {
      disabled: !l.disabled,
    });
    if (!r.ok) return r.error;
    await this.load();
    return null;
  }
}
