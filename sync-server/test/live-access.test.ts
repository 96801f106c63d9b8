// Access on live sockets: the upgrade needs the session cookie (401) and an allowed
// Origin (403; no Origin = a non-browser client, allowed); a role change, a disabled
// user, a logout and session expiry reach open sockets within 5 s; audit rows for
// document opens and changes; the chair index follows stored passport edits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgDocName } from '@profgrid/core';
import type { AuditEntry, ChairCard } from '@profgrid/core';
import { MuxClient } from './mux-client.ts';
import { closedWith, openSocket, refusedWith, removeDir, startTestRelay } from './relay-harness.ts';
import type { TestRelay } from './relay-harness.ts';
import { step1 } from './ws-probe.ts';

const DOC = orgDocName('school-004');
let relay: TestRelay;
const clock = { now: Date.now() };
beforeAll(async () => {
  relay = await startTestRelay({ seed: 'tree', now: () => clock.now, sweepMs: 100 });
});
afterAll(async () => {
  await relay.server.close();
  removeDir(relay.dataDir);
});

const within5s = <T>(p: Promise<T>) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('not within 5 s')), 5000)),
  ]);

async function put(cookie: string, path: string, body: unknown, method = 'PUT') {
  return fetch(`${relay.server.url}/api${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('websocket upgrade', () => {
  it('refuses a missing or unknown session with 401, on /mux and /sync', async () => {
    expect(await refusedWith(relay.muxUrl, { cookie: null })).toBe(401);
    expect(await refusedWith(`${relay.syncUrl}/${DOC}`, { cookie: null })).toBe(401);
    expect(
      await refusedWith(relay.muxUrl, {
        cookie: 'pg_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      }),
    ).toBe(401);
  });

  it('refuses a foreign Origin with 403 before the upgrade; accepts its own host and no Origin', async () => {
    expect(await refusedWith(relay.muxUrl, { origin: 'https://evil.example' })).toBe(403);
    expect(await refusedWith(`${relay.syncUrl}/${DOC}`, { origin: 'http://localhost:1' })).toBe(
      403,
    );
    const own = await openSocket(relay.muxUrl, { origin: `http://127.0.0.1:${relay.port}` });
    own.close();
    const none = await openSocket(relay.muxUrl);
    none.close();
  });

  it('ALLOWED_ORIGINS replaces the same-host default', async () => {
    const other = await startTestRelay({
      seed: 'tree',
      auth: { allowedOrigins: ['https://profgrid.example'] },
    });
    const ws = await openSocket(other.muxUrl, { origin: 'https://profgrid.example' });
    ws.close();
    expect(await refusedWith(other.muxUrl, { origin: `http://127.0.0.1:${other.port}` })).toBe(403);
    await other.server.close();
    removeDir(other.dataDir);
  });
});

describe('revocation on live sockets', () => {
  it('a removed role denies the document on /mux within 5 s; a downgrade makes it read-only', async () => {
    const admin = relay.cookie;
    const u = await relay.userWith('live-editor', [{ orgId: 'belgorod-city', role: 'editor' }]);
    const mux = await MuxClient.connect(relay.muxUrl, { cookie: u.cookie });
    const doc = new OrgDoc(mux.subscribe(DOC));
    await mux.until(() => mux.synced.has(DOC));
    doc.addMember('a', { surname: 'Один' });
    await mux.until(() => mux.ackCount(DOC) === 1);

    expect(
      (
        await put(admin, `/users/${u.id}/roles`, {
          roles: [{ orgId: 'belgorod-city', role: 'viewer' }],
        })
      ).status,
    ).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    doc.addMember('b', { surname: 'Два' });
    await within5s(mux.until(() => mux.denied.some((d) => d.code === 'read-only')));

    await put(admin, `/users/${u.id}/roles`, { roles: [{ orgId: 'school-005', role: 'editor' }] });
    await within5s(
      mux.until(() => mux.denied.some((d) => d.docName === DOC && d.code === 'forbidden')),
    );
    mux.close();
  });

  it('a removed role closes /sync/:doc with 4403', async () => {
    const u = await relay.userWith('live-sync', [{ orgId: 'school-004', role: 'viewer' }]);
    const ws = await openSocket(`${relay.syncUrl}/${DOC}`, { cookie: u.cookie });
    const closed = closedWith(ws);
    ws.send(step1());
    await put(relay.cookie, `/users/${u.id}/roles`, { roles: [] });
    expect((await within5s(closed)).code).toBe(4403);
  });

  it('disabling the user closes their sockets with 4401', async () => {
    const u = await relay.userWith('live-disabled', [{ orgId: 'school-004', role: 'editor' }]);
    const mux = await MuxClient.connect(relay.muxUrl, { cookie: u.cookie });
    const closed = closedWith(mux.ws);
    await put(relay.cookie, `/users/${u.id}`, { disabled: true }, 'PATCH');
    expect((await within5s(closed)).code).toBe(4401);
  });

  it('logout closes that session’s sockets with 4401', async () => {
    const u = await relay.userWith('live-logout', [{ orgId: 'school-004', role: 'editor' }]);
    const ws = await openSocket(`${relay.syncUrl}/${DOC}`, { cookie: u.cookie });
    const closed = closedWith(ws);
    await fetch(`${relay.server.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: u.cookie },
    });
    expect((await within5s(closed)).code).toBe(4401);
  });

  it('an expired session is closed by the periodic sweep', async () => {
    const u = await relay.userWith('live-expiry', [{ orgId: 'school-004', role: 'viewer' }]);
    const mux = await MuxClient.connect(relay.muxUrl, { cookie: u.cookie });
    const closed = closedWith(mux.ws);
    clock.now += 31 * 60_000;
    expect((await within5s(closed)).code).toBe(4401);
    clock.now = Date.now();
  });
});

describe('audit and chairs from the relay', () => {
  it('records doc-open and doc-change (coalesced with a count) and re-indexes chairs', async () => {
    const u = await relay.userWith('audited', [{ orgId: 'school-005', role: 'editor' }]);
    const auditor = await relay.userWith('auditor', [{ orgId: 'belgorod-city', role: 'admin' }]);
    const name = orgDocName('school-005');
    const mux = await MuxClient.connect(relay.muxUrl, { cookie: u.cookie });
    const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
    // the client's answer to the relay's step 1 is acked too (it changes nothing): the
    // edits' two acks come after it
    await mux.until(() => mux.synced.has(name) && mux.ackCount(name) === 1);
    doc.setPassportField('chairName', 'Ёлкина Алёна');
    doc.setPassportField('deputies', 'Петров Пётр, +7 900 111-22-33; Сидорова С.');
    await mux.until(() => mux.ackCount(name) === 3);
    mux.close();
    const rows = (await (
      await fetch(`${relay.server.url}/api/audit?orgId=school-005`, {
        headers: { cookie: auditor.cookie },
      })
    ).json()) as AuditEntry[];
    const mine = rows.filter((r) => r.userId === u.id);
    expect(mine.map((r) => r.action).sort()).toEqual(['doc-change', 'doc-open']);
    expect(mine.find((r) => r.action === 'doc-change')!.detail).toBe('count=2');
    const cards = (await (
      await fetch(`${relay.server.url}/api/chairs?q=${encodeURIComponent('ЕЛКИНА')}`, {
        headers: { cookie: u.cookie },
      })
    ).json()) as ChairCard[];
    expect(cards).toEqual([
      {
        orgId: 'school-005',
        orgName: expect.any(String),
        role: 'chair',
        name: 'Ёлкина Алёна',
        phone: '',
        email: '',
      },
    ]);
    const deputies = (await (
      await fetch(`${relay.server.url}/api/chairs?q=петр`, { headers: { cookie: u.cookie } })
    ).json()) as ChairCard[];
    expect(deputies).toMatchObject([
      { role: 'deputy', name: 'Петров Пётр', phone: '+7 900 111-22-33' },
    ]);
  });
});
