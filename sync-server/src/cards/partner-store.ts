// SQL of partners (tables in store/cards-schema.ts): a committee's list, the user accounts
// that check cards for a partner, and one row per reported check (partner, time, month,
// valid) — counts only: no card number and nothing about the holder is stored.
import { randomUUID } from 'node:crypto';
import type {
  CheckEvent,
  Partner,
  PartnerAccount,
  PartnerFields,
  PartnerMonth,
} from '@profgrid/core';
import type { PartnerLogin } from '@profgrid/core/cards';
import type { Sql, Statement } from '../store/sql.ts';

interface PartnerRow {
  id: string;
  org_id: string;
  data: string;
}

const toPartner = (r: PartnerRow): Partner => {
  const fields = JSON.parse(r.data) as PartnerFields;
  // rows written before suspension existed have no flag
  return { ...fields, suspended: fields.suspended === true, id: r.id, orgId: r.org_id };
};

/** YYYY-MM of a time in the union's calendar (Europe/Moscow). */
export const moscowMonth = (ms: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(ms).slice(0, 7);

const CHUNK = 100;

export class PartnerStore {
  readonly #sql: Sql;
  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** Partners of the given committees, by name. */
  async list(orgIds: readonly string[]): Promise<Partner[]> {
    if (orgIds.length === 0) return [];
    const rows = await this.#sql.all<PartnerRow>(
      `SELECT id, org_id, data FROM partners WHERE ${this.#sql.inJsonList('org_id')}`,
      [JSON.stringify(orgIds)],
    );
    return rows.map(toPartner);
  }

  async get(id: string): Promise<Partner | undefined> {
    const r = await this.#sql.get<PartnerRow>(
      'SELECT id, org_id, data FROM partners WHERE id = ?',
      [id],
    );
    return r && toPartner(r);
  }

  async create(orgId: string, fields: PartnerFields, at: number): Promise<Partner> {
    const id = randomUUID();
    await this.#sql.run(
      'INSERT INTO partners (id, org_id, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      [id, orgId, JSON.stringify(fields), at, at],
    );
    return { ...fields, id, orgId };
  }

  async update(id: string, fields: PartnerFields, at: number): Promise<boolean> {
    return (
      (await this.#sql.run('UPDATE partners SET data = ?, updated_at = ? WHERE id = ?', [
        JSON.stringify(fields),
        at,
        id,
      ])) > 0
    );
  }

  /** Deletes the partner with its accounts' links (the users stay, without a partner). */
  async remove(id: string): Promise<void> {
    await this.#sql.batch([
      { sql: 'DELETE FROM partner_accounts WHERE partner_id = ?', params: [id] },
      { sql: 'DELETE FROM partners WHERE id = ?', params: [id] },
    ]);
  }

  async link(userId: string, partnerId: string): Promise<void> {
    await this.#sql.run('INSERT INTO partner_accounts (user_id, partner_id) VALUES (?, ?)', [
      userId,
      partnerId,
    ]);
  }

  async unlink(userId: string, partnerId: string): Promise<boolean> {
    return (
      (await this.#sql.run('DELETE FROM partner_accounts WHERE user_id = ? AND partner_id = ?', [
        userId,
        partnerId,
      ])) > 0
    );
  }

  async accounts(partnerId: string): Promise<PartnerAccount[]> {
    const rows = await this.#sql.all<{ id: string; login: string; display_name: string }>(
      'SELECT u.id, u.login, u.display_name FROM partner_accounts a JOIN users u ON u.id = a.user_id WHERE a.partner_id = ? ORDER BY u.login',
      [partnerId],
    );
    return rows.map((r) => ({ userId: r.id, login: r.login, displayName: r.display_name }));
  }

  /** Every partner login with its partner (the admins' users page), by login. */
  async logins(): Promise<PartnerLogin[]> {
    const rows = await this.#sql.all<
      PartnerRow & { user_id: string; login: string; display_name: string; disabled: number }
    >(
      'SELECT u.id AS user_id, u.login, u.display_name, u.disabled, p.id, p.org_id, p.data FROM partner_accounts a JOIN users u ON u.id = a.user_id JOIN partners p ON p.id = a.partner_id ORDER BY u.login',
    );
    return rows.map((r) => {
      const partner = toPartner(r);
      return {
        userId: r.user_id,
        login: r.login,
        displayName: r.display_name,
        disabled: Number(r.disabled) !== 0,
        partnerId: partner.id,
        partnerName: partner.name,
        orgId: partner.orgId,
      };
    });
  }

  /** The partner a user checks cards for, if any. */
  async partnerOf(userId: string): Promise<Partner | undefined> {
    const r = await this.#sql.get<PartnerRow>(
      'SELECT p.id, p.org_id, p.data FROM partner_accounts a JOIN partners p ON p.id = a.partner_id WHERE a.user_id = ?',
      [userId],
    );
    return r && toPartner(r);
  }

  /** Records reported checks; an event already recorded (a re-sent report) is skipped. */
  async recordChecks(partnerId: string, events: readonly CheckEvent[]): Promise<void> {
    const statements: Statement[] = [];
    for (let i = 0; i < events.length; i += CHUNK) {
      const chunk = events.slice(i, i + CHUNK);
      statements.push({
        sql:
          'INSERT INTO card_checks (partner_id, event_id, at, month, valid) VALUES ' +
          chunk.map(() => '(?, ?, ?, ?, ?)').join(', ') +
          ' ON CONFLICT DO NOTHING',
        params: chunk.flatMap((e) => [partnerId, e.id, e.at, moscowMonth(e.at), e.valid ? 1 : 0]),
      });
    }
    if (statements.length > 0) await this.#sql.batch(statements, { durable: false });
  }

  /** Checks per partner and month (newest month first) for the given partners. */
  async months(partnerIds: readonly string[]): Promise<Map<string, PartnerMonth[]>> {
    const out = new Map<string, PartnerMonth[]>();
    if (partnerIds.length === 0) return out;
    const rows = await this.#sql.all<{
      partner_id: string;
      month: string;
      valid: number;
      n: number;
    }>(
      `SELECT partner_id, month, valid, COUNT(*) AS n FROM card_checks WHERE ${this.#sql.inJsonList('partner_id')} GROUP BY partner_id, month, valid`,
      [JSON.stringify(partnerIds)],
    );
    const byKey = new Map<string, { month: string; valid: number; invalid: number }>();
    for (const r of rows) {
      const key = `${r.partner_id}\u0000${r.month}`;
      let m = byKey.get(key);
      if (!m) {
        m = { month: r.month, valid: 0, invalid: 0 };
        byKey.set(key, m);
        const list = out.get(r.partner_id) ?? [];
        list.push(m);
        out.set(r.partner_id, list);
      }
      if (Number(r.valid) === 1) m.valid += Number(r.n);
      else m.invalid += Number(r.n);
    }
    for (const list of out.values()) list.sort((a, b) => (a.month < b.month ? 1 : -1));
    return out;
  }
}
