// SEED=union with SEED_UNION_MEMBERS_SHARE: the synthetic tree around the demo's branch,
// and a share of its primaries with documents of synthetic members, written through the
// demo's seeding path, so the central summary counts them from the first start.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import { UNION_SCALE, unionMemberCount } from '@profgrid/core/demo';
import { createLogger } from '../src/log.ts';
import { removeDir, startTestRelay, tempDataDir } from './relay-harness.ts';

const dataDir = tempDataDir();
afterAll(() => removeDir(dataDir));

const SYNTHETIC_PRIMARIES =
  (UNION_SCALE.regions - 1) * UNION_SCALE.localsPerRegion * UNION_SCALE.primariesPerLocal;

describe('union seeding with members', () => {
  it('gives a share of the synthetic primaries members, counted in the central summary', async () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line));
    const relay = await startTestRelay({
      dataDir,
      seed: 'union',
      unionMembersShare: 0.001,
      logger,
    });
    try {
      const synthetic = unionMemberCount(SYNTHETIC_PRIMARIES, 0.001);
      expect(synthetic).toBe(80);
      const names = await relay.server.store.names();
      const withMembers = names.filter((n) => n.startsWith('org:u-r'));
      expect(withMembers).toHaveLength(synthetic);
      expect(names.filter((n) => n.startsWith('org:'))).toHaveLength(154 + synthetic);
      // spread over the regions, not the first ones only
      const regions = new Set(withMembers.map((n) => /^org:(u-r\d+)-/.exec(n)![1]));
      expect(regions.size).toBe(UNION_SCALE.regions - 1);

      const stored = await relay.server.store.load(withMembers[0]!);
      const ydoc = new Y.Doc();
      Y.applyUpdate(ydoc, stored.snapshot!);
      expect(new OrgDoc(ydoc).memberCount).toBeGreaterThanOrEqual(50);

      const seeded = lines
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l['msg'] === 'seeded')!;
      expect(seeded['documents']).toBe(154 + synthetic);
      const res = await fetch(`${relay.server.url}/api/orgs/central/summary`, {
        headers: { cookie: relay.cookie },
      });
      expect(((await res.json()) as { membersTotal: number }).membersTotal).toBe(seeded['members']);
    } finally {
      await relay.server.close();
    }
  }, 120_000);
});
