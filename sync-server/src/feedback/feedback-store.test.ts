// FeedbackStore on SQLite and on PostgreSQL: a message is stored with its author's name,
// listed for its author and for others (newest first), answered; editor grants and who
// ever signed in are read for the chair-progress counts.
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, openRegistryDb, registryDbLifecycle } from '../../test/registry-db.ts';
import type { RegistryDb } from '../../test/registry-db.ts';
import { FeedbackStore } from './feedback-store.ts';

registryDbLifecycle();
const opened: RegistryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

describe.each(DIALECTS)('FeedbackStore on %s', (dialect) => {
  async function open() {
    const db = await openRegistryDb(dialect);
    opened.push(db);
    let clock = 1_000;
    const store = new FeedbackStore(db.sql, () => (clock += 10));
    for (const [id, name] of [
      ['u1', 'Председатель'],
      ['u2', 'Горком'],
    ] as const) {
      await db.sql.run(
        `INSERT INTO users (id, login, login_key, display_name, password_hash, disabled, created_at)
         VALUES (?, ?, ?, ?, 'x', 0, '2026-12-01')`,
        [id, id, id, name],
      );
    }
    return { db, store };
  }

  it('stores, lists and answers a message', async () => {
    const { store } = await open();
    const first = await store.add('u1', 'school-1', {
      text: 'Неудобно искать по отчеству',
      screen: '/org/school-1',
      appVersion: '1',
    });
    expect(first).toMatchObject({ authorName: 'Председатель', status: 'new', answer: '' });
    const second = await store.add('u1', 'school-1', {
      text: 'Второе',
      screen: null,
      appVersion: null,
    });
    expect((await store.byAuthor('u1')).map((m) => m.id)).toEqual([second.id, first.id]);
    expect(await store.newestExcept('u1')).toEqual([]);
    expect((await store.newestExcept('u2')).map((m) => m.id)).toEqual([second.id, first.id]);

    const answered = await store.update(first.id, { status: 'accepted', answer: 'Учтём' }, 'u2');
    expect(answered).toMatchObject({ status: 'accepted', answer: 'Учтём' });
    expect(answered!.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(await store.update('nope', { status: 'rejected' }, 'u2')).toBeUndefined();
  });

  it('reads editor grants of enabled users and who signed in', async () => {
    const { db, store } = await open();
    await db.sql.run(
      `INSERT INTO role_grants (user_id, org_id, role) VALUES ('u1', 'school-1', 'editor')`,
    );
    await db.sql.run(
      `INSERT INTO role_grants (user_id, org_id, role) VALUES ('u2', 'city', 'viewer')`,
    );
    await db.sql.run(
      `INSERT INTO audit_log (at, user_id, org_id, action, detail, count) VALUES (1, 'u1', NULL, 'login', '', 1)`,
    );
    expect(await store.editorGrants()).toEqual([{ user_id: 'u1', org_id: 'school-1' }]);
    expect([...(await store.signedInUsers())]).toEqual(['u1']);
  });
});
