// A restart on a later day (a new year: every age and the year-to-date period change)
// re-dates the stored summaries from the dated counts kept with them — no document is
// opened — and the city's figures equal a recount of every document on that day.
import { afterAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgDocName, orgSummary, sumSummaries, toOrgRollup } from '@profgrid/core';
import type { LogFields, Logger } from '../log.ts';
import { silentLogger } from '../log.ts';
import { removeDir, startTestRelay, tempDataDir } from '../../test/relay-harness.ts';

const dataDir = tempDataDir();
afterAll(() => removeDir(dataDir));

it('a restart on a later day re-dates every summary without opening documents', async () => {
  const first = await startTestRelay({
    dataDir,
    seed: 'demo',
    now: () => Date.parse('2026-06-30T09:00:00Z'),
  });
  await first.server.rollups.ready;
  await first.server.close();

  const ready: LogFields[] = [];
  const logger: Logger = {
    ...silentLogger,
    info: (msg, fields) => void (msg === 'rollups ready' && fields && ready.push(fields)),
  };
  const later = await startTestRelay({
    dataDir,
    seed: 'demo',
    logger,
    now: () => Date.parse('2027-02-10T09:00:00Z'),
  });
  try {
    await later.server.rollups.ready;
    const docs = later.server.registry.childrenOf('belgorod-city').length;
    expect(ready).toEqual([{ redated: expect.any(Number), counted: 0, ms: expect.any(Number) }]);
    expect(ready[0]!['redated']).toBeGreaterThanOrEqual(docs);
    const rollup = later.server.rollups.rollup('belgorod-city');
    expect(rollup.referenceDate).toBe('2027-02-10');
    const summaries = [];
    for (const { id } of later.server.registry.childrenOf('belgorod-city')) {
      const stored = await later.server.store.load(orgDocName(id));
      const doc = new Y.Doc();
      for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates)
        Y.applyUpdate(doc, u);
      summaries.push(orgSummary(new OrgDoc(doc).snapshot(), rollup.referenceDate, rollup.period));
    }
    const recounted = toOrgRollup(
      'belgorod-city',
      sumSummaries(summaries),
      rollup.referenceDate,
      rollup.period,
    );
    expect(rollup).toEqual(recounted);
    expect(rollup.youth).toBeGreaterThan(0);
  } finally {
    await later.server.close();
  }
}, 120_000);
