// Statistical forms. (1) The figures of a region's 3,000 primary forms from
// their documents: orgFormFigures over 3,000 snapshots of 100 members (300,000 members) —
// what the relay computes as chairs open and hand in their forms, one organization at a
// time. (2) Opening a consolidated form over HTTP on a real relay with a committee's
// session: the regional 3-СП over 30 accepted local 4-СП (3,000 primaries / 300,000
// members behind them), and the union's summary over 80 accepted regional 3-СП (82,000
// primaries) — from the forms' figures only, never from member lists; target ≤ 1 s.
import {
  OrgDoc,
  orgDocName,
  composeForm,
  emptyMember,
  emptyPassport,
  isPassportField,
  orgFormFigures,
  zeroRegisterValues,
} from '@profgrid/core';
import type { Organization, OrgSnapshot, Statform } from '@profgrid/core';
import * as Y from 'yjs';
import { removeDir, startTestRelay, tempDataDir } from '../sync-server/test/relay-harness.ts';
import { StatformStore } from '../sync-server/src/statforms/statform-store.ts';
import { openSqlite } from '../sync-server/src/store/sqlite-db.ts';
import { sqliteSql } from '../sync-server/src/store/sqlite-sql.ts';
import { SqliteDocStore } from '../sync-server/src/store/sqlite-doc-store.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

const ms = (x: number) => `${x.toFixed(1)} ms`;

export const AS_OF = '2027-01-01';
/** A primary organization of 10,000 members (seedAcceptedForms with bigPrimary). */
export const BIG_PRIMARY = 'bench-big';
const BIG_MEMBERS = 10_000;

function snapshotOf(p: number, size = 100): OrgSnapshot {
  const members = Array.from({ length: size }, (_, i) => ({
    ...emptyMember(`m${p}-${i}`),
    surname: 'Иванова',
    category: i % 10 === 0 ? 'pensioner' : 'working',
    gender: i % 4 === 0 ? 'male' : 'female',
    birthDate: `19${60 + (i % 40)}-0${1 + (i % 9)}-15`,
    joinedDate: `20${10 + (i % 16)}-09-01`,
    status: i % 25 === 0 ? 'left' : 'active',
  }));
  const events = members
    .filter((m) => m.status === 'left')
    .map((m, i) => ({
      id: `e${m.id}`,
      type: 'left' as const,
      memberId: m.id,
      date: `2026-0${1 + (i % 9)}-10`,
      reason: 'dismissed',
      author: 'bench',
      recordedAt: '2026-10-01T00:00:00Z',
    }));
  return {
    schemaVersion: 1,
    passport: {
      ...emptyPassport(),
      workersCount: '120',
      chairName: 'Петрова',
      electedBodySize: '7',
    },
    members,
    events,
  };
}

function figuresOf3000(): BenchRow[] {
  const snapshots = Array.from({ length: 3000 }, (_, p) => snapshotOf(p));
  const runs: number[] = [];
  let members = 0;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    members = 0;
    for (const snapshot of snapshots) {
      const f = orgFormFigures(
        { level: 'primary', institutionType: 'school', profgroups: 0, snapshot },
        AS_OF,
      );
      members += f.values['11']!;
    }
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  // One Yjs document's snapshot (as the relay reads it before computing) for scale.
  const doc = new OrgDoc(new Y.Doc());
  for (const m of snapshots[0]!.members) doc.addMember(m.id, m);
  const t = performance.now();
  for (let i = 0; i < 20; i++) doc.snapshot();
  const snap = (performance.now() - t) / 20;
  return [
    {
      name: `3,000 primary forms from documents (${members} members on the register at D), median of 3`,
      value: ms(runs[1]!),
      target: '',
      ok: null,
    },
    {
      name: 'one 100-member document → snapshot (per form, before the figures)',
      value: ms(snap),
      target: '',
      ok: null,
    },
  ];
}

function tree(): Organization[] {
  const org = (
    id: string,
    parentId: string,
    level: Organization['level'],
    institutionType: Organization['institutionType'] = null,
  ): Organization => ({ id, parentId, name: id, shortName: id, level, institutionType });
  const orgs: Organization[] = [org('bench-region', 'central', 'regional')];
  for (let l = 0; l < 30; l++) {
    orgs.push(org(`bl${l}`, 'bench-region', 'local'));
    for (let p = 0; p < 100; p++) orgs.push(org(`bp${l}-${p}`, `bl${l}`, 'primary', 'school'));
  }
  for (let r = 0; r < 79; r++) orgs.push(org(`br${r}`, 'central', 'regional'));
  return orgs;
}

/**
 * A data directory as after a campaign: the tree above (a region of 30 locals / 3,000
 * primaries, 79 more regions) with every form accepted — 3,000 primaries, 30 locals, 80
 * regions — and, with `bigPrimary`, one primary of 10,000 members under an otherwise
 * empty region (its document in the relay's store; its form not handed in).
 */
export async function seedAcceptedForms(
  dataDir: string,
  options: { readonly bigPrimary?: boolean } = {},
): Promise<void> {
  const first = await startTestRelay({ dataDir, seed: 'tree' });
  const orgs = tree();
  if (options.bigPrimary) {
    orgs.push({
      id: BIG_PRIMARY,
      parentId: 'br0',
      name: 'Большая школа',
      shortName: 'Большая школа',
      level: 'primary',
      institutionType: 'school',
    });
  }
  await first.server.registry.insertMany(orgs);
  await first.server.close();
  // Accepted forms, as after the campaign: 3,000 primaries, 30 locals, 80 regions.
  const db = openSqlite(dataDir);
  const store = new StatformStore(sqliteSql(db));
  const primary = (p: number) => {
    const own = orgFormFigures(
      { level: 'primary', institutionType: 'school', profgroups: 0, snapshot: snapshotOf(p) },
      AS_OF,
    );
    return composeForm({ own: own.values, manual: { '37': 2 } });
  };
  const accept = async (orgId: string, values: Record<string, number | null>) => {
    await store.handIn(orgId, AS_OF, {}, {}, { values, gapCounts: {} }, 'bench', 0);
    await store.review(orgId, AS_OF, 'accepted', '', 'bench', 0);
  };
  const regionValues: Record<string, number | null>[] = [];
  for (let l = 0; l < 30; l++) {
    const subs: Record<string, number | null>[] = [];
    for (let p = 0; p < 100; p++) {
      const v = primary(l * 100 + p);
      subs.push(v);
      await accept(`bp${l}-${p}`, v);
    }
    const local = composeForm({
      own: { ...zeroRegisterValues(), '02': 1 },
      manual: {},
      subordinates: subs,
    });
    regionValues.push(local);
    await accept(`bl${l}`, local);
  }
  const region = composeForm({ own: { '01': 1 }, manual: {}, subordinates: regionValues });
  await accept('bench-region', region);
  // 79 more regions of 1,000 primaries each (82,000 in the union with this one).
  const scaled = Object.fromEntries(
    Object.entries(region).map(([k, v]) => [k, v === null ? null : Math.round((v * 1000) / 3000)]),
  );
  for (let r = 0; r < 79; r++) await accept(`br${r}`, { ...scaled, '01': 1 });
  if (options.bigPrimary) {
    const doc = new OrgDoc(new Y.Doc());
    const big = snapshotOf(0, BIG_MEMBERS);
    doc.ydoc.transact(() => {
      for (const [k, v] of Object.entries(big.passport)) {
        if (isPassportField(k) && v !== '') doc.setPassportField(k, v);
      }
      for (const m of big.members) doc.addMember(m.id, m);
    });
    const docs = new SqliteDocStore(db);
    await docs.append(orgDocName(BIG_PRIMARY), Y.encodeStateAsUpdate(doc.ydoc));
    await docs.close();
  }
  db.close();
}

export async function benchForms(): Promise<BenchRow[]> {
  const rows = figuresOf3000();
  const dataDir = tempDataDir();
  await seedAcceptedForms(dataDir);
  const relay = await startTestRelay({ dataDir, seed: 'tree' });
  try {
    const open = async (orgId: string, cookie: string) => {
      const t = performance.now();
      const res = await fetch(`${relay.server.url}/api/orgs/${orgId}/statforms?asOf=${AS_OF}`, {
        headers: { cookie },
      });
      const form = (await res.json()) as Statform;
      return { t: performance.now() - t, form };
    };
    for (const [orgId, label] of [
      ['bench-region', 'regional 3-СП over 30 accepted 4-СП (3,000 primaries)'],
      ['central', "union's summary over 80 accepted 3-СП (82,000 primaries)"],
    ] as const) {
      const user = await relay.userWith(`bench-${orgId}`, [{ orgId, role: 'editor' }]);
      const warm = await open(orgId, user.cookie);
      const members = warm.form.lines.find((l) => l.code === '11')?.value;
      const primaries = warm.form.lines.find((l) => l.code === '03')?.value;
      const times: number[] = [];
      for (let i = 0; i < 30; i++) times.push((await open(orgId, user.cookie)).t);
      times.sort((a, b) => a - b);
      rows.push({
        name: `open ${label}: ${primaries} primaries, ${members} members; p50 / p95 / worst of 30`,
        value: `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))} / ${ms(times.at(-1)!)}`,
        target: '≤ 1 s',
        ok: times.at(-1)! <= 1000,
      });
    }
    return rows;
  } finally {
    await relay.server.close();
    removeDir(dataDir);
  }
}
