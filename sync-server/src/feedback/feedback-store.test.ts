// FeedbackStore on SQLite and on PostgreSQL: a message is stored with its author's name,
// listed for its author and in the inboxes it is addressed to (the tree walked in SQL,
// filtered by status and paged, newest first), answered — and the author's unseen answers
// counted until they look; editor grants and who ever signed in are read for the
// chair-progress counts.
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
    // region ─ city ─ school-1, school-2; region ─ other ─ school-9
    let key = 0;
    for (const [id, parent] of [
      ['region', null],
      ['city', 'region'],
      ['school-1', 'city'],
      ['school-2', 'city'],
      ['other', 'region'],
      ['school-9', 'other'],
    ] as const) {
      await db.sql.run(
        `INSERT INTO orgs (id, parent_id, code, name, short_name, level, sort_key)
         VALUES (?, ?, '', ?, ?, 'primary', ?)`,
        [id, parent, id, id, key++],
      );
    }
    return { db, store };
  }
  const all = { status: null, limit: 50, offset: 0 };
  const scope = (userId: string, roleOrgs: string[], adminOrgs: string[] = []) => ({
    userId,
    roleOrgs,
    adminOrgs,
  });

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
    const ids = async (...args: Parameters<typeof store.inbox>) =>
      (await store.inbox(...args)).items.map((m) => m.id);
    expect(await ids(scope('u1', ['school-1']), all)).toEqual([]);
    expect(await ids(scope('u2', ['city']), all)).toEqual([second.id, first.id]);
    expect(await ids(scope('u2', ['region']), all)).toEqual([second.id, first.id]);
    expect(await ids(scope('u2', ['other']), all)).toEqual([]);
    // an admin of the school itself sees its messages; a mere editor of it does not
    expect(await ids(scope('u2', ['school-1'], ['school-1']), all)).toEqual([second.id, first.id]);
    expect(await ids(scope('u2', ['school-1']), all)).toEqual([]);

    const answered = await store.update(first.id, { status: 'accepted', answer: 'Учтём' }, 'u2');
    expect(answered).toMatchObject({ status: 'accepted', answer: 'Учтём' });
    expect(answered!.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(await store.update('nope', { status: 'rejected' }, 'u2')).toBeUndefined();
  });

  it('filters the inbox by status and pages it in SQL, with counts by status', async () => {
    const { store } = await open();
    const made = [];
    for (let i = 0; i < 7; i++) {
      made.push(
        await store.add('u1', i % 2 ? 'school-1' : 'school-2', {
          text: `№${i}`,
          screen: null,
          appVersion: null,
        }),
      );
    }
    await store.add('u1', 'school-9', { text: 'чужой город', screen: null, appVersion: null });
    for (const m of made.slice(0, 3)) await store.update(m.id, { status: 'accepted' }, 'u2');
    const city = scope('u2', ['city']);
    const page0 = await store.inbox(city, { status: 'new', limit: 3, offset: 0 });
    expect(page0.total).toBe(4);
    expect(page0.counts).toEqual({ new: 4, 'in-progress': 0, accepted: 3, rejected: 0 });
    expect(page0.items.map((m) => m.text)).toEqual(['№6', '№5', '№4']);
    const page1 = await store.inbox(city, { status: 'new', limit: 3, offset: 3 });
    expect(page1.items.map((m) => m.text)).toEqual(['№3']);
    const accepted = await store.inbox(city, { status: 'accepted', limit: 50, offset: 0 });
    expect(accepted.items.map((m) => m.text)).toEqual(['№2', '№1', '№0']);
    expect((await store.inbox(scope('u2', ['region']), all)).total).toBe(8);
  });

  it('an answer is unread for its author until they look', async () => {
    const { store } = await open();
    const m = await store.add('u1', 'school-1', { text: 'Вопрос', screen: null, appVersion: null });
    expect(await store.unseenCount('u1')).toBe(0);
    // saving without a change tells nobody
    await store.update(m.id, {}, 'u2');
    expect(await store.unseenCount('u1')).toBe(0);
    await store.update(m.id, { status: 'in-progress', answer: 'Смотрим' }, 'u2');
    expect(await store.unseenCount('u1')).toBe(1);
    expect((await store.byAuthor('u1'))[0]?.unread).toBe(true);
    await store.markSeen('u1');
    expect(await store.unseenCount('u1')).toBe(0);
    expect((await store.byAuthor('u1'))[0]?.unread).toBeUndefined();
    await store.update(m.id, { status: 'accepted' }, 'u2');
    expect(await store.unseenCount('u1')).toBe(1);
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
