// The registry contract, identity half: users, role grants and sessions
// behave the same on SQLite and on PostgreSQL — the same cases run on both dialects
// through store/sql.ts. Registry tree, chair index, views, deadlines and write-behind are
// in registry-contract-registry.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { SessionStore, sessionKey } from '../src/auth/session-store.ts';
import { UserStore } from '../src/auth/user-store.ts';
import { DIALECTS, openRegistryDb, registryDbLifecycle } from './registry-db.ts';
import type { RegistryDb } from './registry-db.ts';
import type { Sql } from '../src/store/sql.ts';

registryDbLifecycle();
const opened: RegistryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA';
const MINUTE = 60_000;
const limits = { idleMs: 30 * MINUTE, maxMs: 12 * 60 * MINUTE };

describe.each(DIALECTS)('UserStore on %s', (dialect) => {
  async function open() {
    const db = await openRegistryDb(dialect);
    opened.push(db);
    return { db, users: new UserStore(db.sql, () => Date.UTC(2026, 10, 24, 8)) };
  }

  it('creates a user found by id and by login, case-insensitively and trimmed', async () => {
    const { users } = await open();
    const u = await users.create({
      login: '  Ivanova ',
      displayName: 'Иванова И.',
      passwordHash: HASH,
    });
    expect(u).toMatchObject({
      login: 'Ivanova',
      displayName: 'Иванова И.',
      disabled: false,
      createdAt: '2026-11-24T08:00:00.000Z',
      passwordHash: HASH,
      roles: [],
    });
    expect(await users.get(u.id)).toEqual(u);
    expect(await users.byLogin('IVANOVA')).toEqual(u);
    expect(await users.byLogin(' ivanova\t')).toEqual(u);
    expect(await users.byLogin('ivanov')).toBeUndefined();
    expect(await users.get('no-such-id')).toBeUndefined();
  });

  it('rejects a second user whose login differs only in case (unique login_key)', async () => {
    const { users } = await open();
    await users.create({ login: 'petrov', displayName: 'П', passwordHash: HASH });
    await expect(
      users.create({ login: 'PETROV ', displayName: 'П2', passwordHash: HASH }),
    ).rejects.toThrow(/unique/i);
    expect(await users.count()).toBe(1);
  });

  it('lists all users by login with their grants (by org), and counts them', async () => {
    const { users } = await open();
    const c = await users.create({ login: 'c-user', displayName: 'C', passwordHash: HASH });
    const a = await users.create({ login: 'A-user', displayName: 'A', passwordHash: HASH });
    const b = await users.create({ login: 'b-user', displayName: 'B', passwordHash: HASH });
    await users.setGrants(a.id, [
      { orgId: 'school-2', role: 'viewer' },
      { orgId: 'city', role: 'editor' },
    ]);
    await users.setGrants(c.id, [{ orgId: 'region', role: 'admin' }]);
    const all = await users.all();
    expect(all.map((u) => u.login)).toEqual(['A-user', 'b-user', 'c-user']);
    expect(all.map((u) => u.roles)).toEqual([
      [
        { orgId: 'city', role: 'editor' },
        { orgId: 'school-2', role: 'viewer' },
      ],
      [],
      [{ orgId: 'region', role: 'admin' }],
    ]);
    expect(all[1]!.id).toBe(b.id);
    expect(await users.count()).toBe(3);
  });

  it('setGrants replaces the grants atomically: a failing batch leaves the old ones', async () => {
    const { users } = await open();
    const u = await users.create({ login: 'g', displayName: 'G', passwordHash: HASH });
    await users.setGrants(u.id, [{ orgId: 'city', role: 'editor' }]);
    await users.setGrants(u.id, [{ orgId: 'region', role: 'viewer' }]);
    expect(await users.grants(u.id)).toEqual([{ orgId: 'region', role: 'viewer' }]);
    // The same organization twice violates the primary key in the middle of the batch.
    await expect(
      users.setGrants(u.id, [
        { orgId: 'a', role: 'admin' },
        { orgId: 'a', role: 'viewer' },
      ]),
    ).rejects.toThrow();
    expect(await users.grants(u.id)).toEqual([{ orgId: 'region', role: 'viewer' }]);
    await users.setGrants(u.id, []);
    expect((await users.get(u.id))!.roles).toEqual([]);
  });

  it('update changes only the fields given', async () => {
    const { users } = await open();
    const u = await users.create({ login: 'upd', displayName: 'Old', passwordHash: HASH });
    const disabled = await users.update(u.id, { disabled: true });
    expect(disabled).toEqual({ ...u, disabled: true });
    const renamed = await users.update(u.id, { displayName: 'New' });
    expect(renamed).toEqual({ ...u, disabled: true, displayName: 'New' });
    const rehashed = await users.update(u.id, { passwordHash: 'other', disabled: false });
    expect(rehashed).toEqual({ ...u, displayName: 'New', passwordHash: 'other' });
  });

  it('concurrent updates of different fields both land (a disable is not lost)', async () => {
    const { db, users } = await open();
    const u = await users.create({ login: 'race', displayName: 'R', passwordHash: HASH });
    const second = await db.reopen();
    opened.push(second);
    // The user changes the password while an admin disables them, on another instance.
    await Promise.all([
      users.update(u.id, { passwordHash: 'new-hash' }),
      new UserStore(second.sql).update(u.id, { disabled: true }),
    ]);
    expect(await users.get(u.id)).toMatchObject({ disabled: true, passwordHash: 'new-hash' });
  });

  it('concurrent grant replacements on two instances: no error, one of them wins whole', async () => {
    const { db, users } = await open();
    const u = await users.create({ login: 'granted', displayName: 'G', passwordHash: HASH });
    const second = await db.reopen();
    opened.push(second);
    const other = new UserStore(second.sql);
    const mine = [{ orgId: 'city', role: 'editor' } as const];
    const theirs = [
      { orgId: 'region', role: 'viewer' } as const,
      { orgId: 'school', role: 'admin' } as const,
    ];
    for (let i = 0; i < 10; i++) {
      await Promise.all([users.setGrants(u.id, mine), other.setGrants(u.id, theirs)]);
      expect([mine, theirs]).toContainEqual(await users.grants(u.id));
    }
  });
});

describe.each(DIALECTS)('SessionStore on %s', (dialect) => {
  async function open() {
    const db = await openRegistryDb(dialect);
    opened.push(db);
    const clock = { t: 1_000_000_000 };
    const users = new UserStore(db.sql);
    const user = await users.create({ login: 'sess', displayName: 'S', passwordHash: HASH });
    const other = await users.create({ login: 'other', displayName: 'O', passwordHash: HASH });
    const sessions = new SessionStore(db.sql, limits, () => clock.t);
    const rows = () => db.sql.all<{ id_hash: string }>('SELECT id_hash FROM sessions');
    const lastSeen = async (key: string) =>
      (
        await db.sql.get<{ last_seen_at: number }>(
          'SELECT last_seen_at FROM sessions WHERE id_hash = ?',
          [key],
        )
      )?.last_seen_at;
    return { db, clock, sessions, user, other, rows, lastSeen };
  }

  it('resolves a new session to its user; the table holds only the SHA-256 hex', async () => {
    const { sessions, user, rows } = await open();
    const s = await sessions.create(user.id);
    expect(s.id).toMatch(/^[\w-]{43}$/);
    expect(s.key).toBe(sessionKey(s.id));
    expect(s.key).toMatch(/^[0-9a-f]{64}$/);
    expect(await sessions.resolve(s.id)).toEqual({ key: s.key, userId: user.id });
    expect(await sessions.check(s.key)).toBe(true);
    const stored = await rows();
    expect(stored).toEqual([{ id_hash: s.key }]);
    expect(JSON.stringify(stored)).not.toContain(s.id);
    expect(await sessions.resolve('not-a-session')).toBeNull();
    expect(await sessions.resolve(s.key)).toBeNull(); // the hash is not a cookie value
  });

  it('ends a session idle longer than idleMs and deletes its row', async () => {
    const { clock, sessions, user, rows } = await open();
    const s = await sessions.create(user.id);
    clock.t += limits.idleMs;
    expect(await sessions.resolve(s.id)).not.toBeNull(); // exactly idleMs: still live
    clock.t += limits.idleMs + 1;
    expect(await sessions.resolve(s.id)).toBeNull();
    expect(await rows()).toEqual([]);
  });

  it('ends a session maxMs after login however busy, and deletes its row', async () => {
    const { clock, sessions, user, rows } = await open();
    const s = await sessions.create(user.id);
    for (let used = 0; used < limits.maxMs; used += 20 * MINUTE) {
      clock.t += 20 * MINUTE;
      expect(await sessions.resolve(s.id)).not.toBeNull();
    }
    clock.t += 20 * MINUTE;
    expect(await sessions.resolve(s.id)).toBeNull();
    expect(await rows()).toEqual([]);
  });

  it('touch() writes last_seen_at at most once per 15 s', async () => {
    const { clock, sessions, user, lastSeen } = await open();
    const s = await sessions.create(user.id);
    const created = clock.t;
    clock.t += 16_000;
    await sessions.touch(s.key);
    expect(await lastSeen(s.key)).toBe(created + 16_000);
    clock.t += 10_000;
    await sessions.touch(s.key);
    expect(await lastSeen(s.key)).toBe(created + 16_000);
    clock.t += 5_000;
    await sessions.touch(s.key);
    expect(await lastSeen(s.key)).toBe(created + 31_000);
    // resolve(…, false) reads without touching.
    clock.t += 20_000;
    await sessions.resolve(s.id, false);
    expect(await lastSeen(s.key)).toBe(created + 31_000);
  });

  it('answers asked at once share one touch of last_seen_at', async () => {
    const { db, clock, user, lastSeen } = await open();
    // the writes of sessions, counted on their way to the database
    let writes = 0;
    const counted: Sql = {
      ...db.sql,
      run: (sql, params) => (
        (writes += Number(sql.startsWith('UPDATE sessions'))),
        db.sql.run(sql, params)
      ),
      batch: (statements, options) => {
        writes += statements.filter((s) => s.sql.startsWith('UPDATE sessions')).length;
        return db.sql.batch(statements, options);
      },
    };
    const sessions = new SessionStore(counted, limits, () => clock.t);
    const s = await sessions.create(user.id);
    clock.t += 16_000;
    const resolved = await Promise.all([1, 2, 3].map(() => sessions.resolve(s.id)));
    expect(resolved).toEqual([1, 2, 3].map(() => ({ key: s.key, userId: user.id })));
    expect(writes).toBe(1);
    expect(await lastSeen(s.key)).toBe(clock.t);
    // the next touch, 15 s on, is a write of its own again
    clock.t += 15_000;
    await sessions.resolve(s.id);
    expect(writes).toBe(2);
    expect(await lastSeen(s.key)).toBe(clock.t);
  });

  it('endAllOf ends every session of the user except keepKey, others untouched', async () => {
    const { sessions, user, other } = await open();
    const a = await sessions.create(user.id);
    const b = await sessions.create(user.id);
    const c = await sessions.create(user.id);
    const o = await sessions.create(other.id);
    await sessions.endAllOf(user.id, b.key);
    expect(await sessions.check(a.key)).toBe(false);
    expect(await sessions.check(b.key)).toBe(true);
    expect(await sessions.check(c.key)).toBe(false);
    expect(await sessions.check(o.key)).toBe(true);
    await sessions.endAllOf(user.id);
    expect(await sessions.check(b.key)).toBe(false);
    expect(await sessions.check(o.key)).toBe(true);
  });

  it('sweep() deletes the idle and the too old sessions and returns how many', async () => {
    const { clock, sessions, user, rows } = await open();
    const old = await sessions.create(user.id);
    for (let t = 0; t < limits.maxMs - 10 * MINUTE; t += 20 * MINUTE) {
      clock.t += 20 * MINUTE;
      await sessions.resolve(old.id); // busy all day: never idle
    }
    const idle = await sessions.create(user.id);
    clock.t += 20 * MINUTE; // old is now past maxMs
    const fresh = await sessions.create(user.id);
    expect(await sessions.sweep()).toBe(1);
    expect((await rows()).map((r) => r.id_hash).sort()).toEqual([idle.key, fresh.key].sort());
    clock.t += limits.idleMs - 10 * MINUTE; // idle: 40 min unused; fresh: 20 min
    expect(await sessions.sweep()).toBe(1);
    expect((await rows()).map((r) => r.id_hash)).toEqual([fresh.key]);
    expect(await sessions.sweep()).toBe(0);
  });

  it('a session created on one connection resolves on another (another instance)', async () => {
    const { db, clock, sessions, user } = await open();
    const s = await sessions.create(user.id);
    const second = await db.reopen();
    opened.push(second);
    const there = new SessionStore(second.sql, limits, () => clock.t);
    expect(await there.resolve(s.id)).toEqual({ key: s.key, userId: user.id });
    await there.end(s.key);
    expect(await sessions.resolve(s.id)).toBeNull();
  });
});
