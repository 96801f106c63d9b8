// A crash between a member's removal and the card's revocation check: the relay runs as a
// child process whose check waits an hour (CARD_REVOKE_DELAY_MS), the member is removed
// through /mux (stored and acknowledged), the process is killed with SIGKILL — and the
// next start revokes the card before it listens, and the signed list names it.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgDocName, parseRevocationList } from '@profgrid/core';
import type { IssuedCard } from '@profgrid/core';
import { MuxClient } from '../../test/mux-client.ts';
import { removeDir, spawnRelay, tempDataDir } from '../../test/relay-harness.ts';
import type { ChildRelay } from '../../test/relay-harness.ts';

const dataDir = tempDataDir();
const ORG = 'school-001';
let running: ChildRelay | null = null;

afterAll(async () => {
  if (running) {
    running.child.kill('SIGKILL');
    await running.exited;
  }
  removeDir(dataDir);
});

const api = (relay: ChildRelay, path: string, init: RequestInit = {}) =>
  fetch(`http://127.0.0.1:${relay.port}/api${path}`, {
    ...init,
    headers: { cookie: relay.cookie, 'content-type': 'application/json' },
  });
const status = async (relay: ChildRelay, number: string) =>
  ((await (await api(relay, `/public/card-status/${number}`)).json()) as { status: string }).status;

describe('start-up sweep', () => {
  it('a removal whose revocation check a crash cut short is revoked at the next start', async () => {
    running = await spawnRelay(dataDir, { CARD_REVOKE_DELAY_MS: '3600000' });
    const first = running;
    const mux = await MuxClient.connect(`ws://127.0.0.1:${first.port}/mux`, {
      cookie: first.cookie,
    });
    const name = orgDocName(ORG);
    const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
    // the reply to the relay's sync step 1 is acknowledged first
    await mux.until(() => mux.synced.has(name) && mux.ackCount(name) >= 1);
    doc.addMember('sweep-m1', { surname: 'Тестова', name: 'Анна' });
    await mux.until(() => mux.ackCount(name) >= 2);
    const res = await api(first, `/orgs/${ORG}/cards`, {
      method: 'POST',
      body: JSON.stringify({ memberIds: ['sweep-m1'] }),
    });
    expect(res.status).toBe(200);
    const [card] = (await res.json()) as IssuedCard[];
    doc.removeFromRegister('sweep-m1', {
      id: 'ev-sweep',
      date: '2026-12-01',
      reason: 'собственное желание',
      author: 'test',
      recordedAt: new Date().toISOString(),
    });
    await mux.until(() => mux.ackCount(name) >= 3);
    mux.close();
    expect(await status(first, card!.number)).toBe('valid'); // its check waits an hour

    first.child.kill('SIGKILL');
    await first.exited;
    running = await spawnRelay(dataDir);
    expect(await status(running, card!.number)).toBe('revoked');
    const list = parseRevocationList(await (await api(running, '/public/card-revocations')).json());
    expect(list?.numbers).toContain(card!.number);
  }, 90_000);
});
