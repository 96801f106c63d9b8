// Membership cards. Bulk issuance: CardService.issue of 1,000 members of one
// organization on real SQLite (WAL, synchronous=FULL) in a temp DATA_DIR — serial block,
// 1,000 Ed25519 signatures, inserts in one transaction, re-read — repeated on fresh
// organizations. Offline verification per QR: core's verifyCardQr (Base45 decode, key
// lookup, WebCrypto Ed25519 verify, revocation set of 10,000 numbers) in Node, and the
// WebCrypto verify the /check page runs, timed inside headless Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { formatCardNumber, OrgDoc, decodeCredential, verifyCardQr } from '@profgrid/core';
import { CardService } from '../sync-server/src/cards/card-service.ts';
import { loadCardSigner, nodeVerify } from '../sync-server/src/cards/card-signer.ts';
import { silentLogger } from '../sync-server/src/log.ts';
import { SqlOrgRegistry } from '../sync-server/src/registry/org-registry.ts';
import { openSqlite } from '../sync-server/src/store/sqlite-db.ts';
import { sqliteSql } from '../sync-server/src/store/sqlite-sql.ts';
import { launchChromium } from '../web/e2e/harness/browser.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

const MEMBERS = 1000;
const RUNS = 5;
// No target in the issue: a chair waits on one click, so a few seconds at most.
const BULK_TARGET_MS = 5000;

function orgDoc(n: number): Y.Doc {
  const doc = new OrgDoc(new Y.Doc());
  doc.transact(() => {
    for (let i = 0; i < n; i++) doc.addMember(`m${i}`, { surname: `Член${i}` });
  });
  return doc.ydoc;
}

export async function benchCards(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-bench-cards-'));
  const db = openSqlite(dir);
  try {
    const sql = sqliteSql(db);
    const registry = await SqlOrgRegistry.open(sql);
    const orgs = Array.from({ length: RUNS }, (_, i) => `school-${i}`);
    await registry.insertMany([
      {
        id: 'central',
        parentId: null,
        name: 'ЦС',
        shortName: 'ЦС',
        level: 'central',
        institutionType: null,
      },
      {
        id: 'region',
        parentId: 'central',
        name: 'Регион',
        shortName: 'Регион',
        level: 'regional',
        institutionType: null,
        code: '31',
      },
      ...orgs.map((id) => ({
        id,
        parentId: 'region',
        name: id,
        shortName: id,
        level: 'primary' as const,
        institutionType: 'school' as const,
      })),
    ]);
    const doc = orgDoc(MEMBERS);
    const ids = Array.from({ length: MEMBERS }, (_, i) => `m${i}`);
    const signer = loadCardSigner(dir);
    const cards = new CardService({
      sql,
      registry,
      signer,
      logger: silentLogger,
      readDoc: async () => doc,
    });
    const bulk: number[] = [];
    let qr = '';
    for (const org of orgs) {
      const t0 = performance.now();
      const r = await cards.issue(org, ids, { by: null });
      bulk.push(performance.now() - t0);
      if (!r.ok || r.cards.length !== MEMBERS) throw new Error('issuance failed');
      qr = r.cards[0]!.qr;
    }
    bulk.sort((a, b) => a - b);

    const revoked = new Set(
      Array.from({ length: 10_000 }, (_, i) =>
        formatCardNumber({ region: 31, serial: 50_000_000 + i })!,
      ),
    );
    const ctx = {
      keys: signer.keys,
      isRevoked: (n: string) => revoked.has(n),
      today: '2026-12-04',
      verify: nodeVerify,
    };
    const node: number[] = [];
    for (let i = 0; i < 500; i++) {
      const t0 = performance.now();
      const r = await verifyCardQr(qr, ctx);
      node.push(performance.now() - t0);
      if (!r.ok) throw new Error('verify failed');
    }
    node.sort((a, b) => a - b);

    const cred = decodeCredential(qr)!;
    const browser = await launchChromium();
    let browserTimes: number[] = [];
    try {
      const page = await (await browser.newContext()).newPage();
      // WebCrypto needs a secure context: a page served (by the test) on an https origin.
      await page.route('https://bench.invalid/', (r) =>
        r.fulfill({ body: '<!doctype html><title>bench</title>', contentType: 'text/html' }),
      );
      await page.goto('https://bench.invalid/');
      browserTimes = await page.evaluate(
        async ({ key, msg, sig }) => {
          const out: number[] = [];
          const [k, m, s] = [new Uint8Array(key), new Uint8Array(msg), new Uint8Array(sig)];
          for (let i = 0; i < 300; i++) {
            const t0 = performance.now();
            const pk = await crypto.subtle.importKey('raw', k, { name: 'Ed25519' }, false, [
              'verify',
            ]);
            if (!(await crypto.subtle.verify({ name: 'Ed25519' }, pk, s, m)))
              throw new Error('bad');
            out.push(performance.now() - t0);
          }
          return out;
        },
        { key: [...signer.keys[0]!.publicKey], msg: [...cred.message], sig: [...cred.signature] },
      );
    } finally {
      await browser.close();
    }
    browserTimes.sort((a, b) => a - b);
    const ms = (v: number) => `${v.toFixed(2)} ms`;
    return [
      {
        name: `cards: issue ${MEMBERS} (median / max of ${RUNS})`,
        value: `${ms(percentile(bulk, 50))} / ${ms(bulk[bulk.length - 1]!)}`,
        target: `≤ ${BULK_TARGET_MS} ms`,
        ok: bulk[bulk.length - 1]! <= BULK_TARGET_MS,
      },
      {
        name: 'cards: verify QR offline, Node (p50 / p99)',
        value: `${ms(percentile(node, 50))} / ${ms(percentile(node, 99))}`,
        target: '',
        ok: null,
      },
      {
        name: 'cards: Ed25519 verify in Chromium (p50 / p99)',
        value: `${ms(percentile(browserTimes, 50))} / ${ms(percentile(browserTimes, 99))}`,
        target: '≤ 50 ms per scan',
        ok: percentile(browserTimes, 99) <= 50,
      },
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
