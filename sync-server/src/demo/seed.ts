// First-start seeding. When the registry is empty: in mode 'demo' the 154 Belgorod
// documents with synthetic members are written as snapshots first, then the
// organization tree is inserted — the tree is the "already seeded" marker, so a crash
// mid-way re-seeds on the next start and a second start changes nothing. Instances
// started together on one PostgreSQL seed once: the check and the seeding run under the
// database's seeding lock (Sql.exclusive), as one bulk pass (Sql.bulk: one disk sync at
// the end, not one per write). Logs counts only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { orgDocName } from '@profgrid/core';
import {
  DEMO_CARD_REGIONS,
  DEMO_ROOT_IDS,
  UNION_SCALE,
  unionCardRegions,
  unionMemberPrimaries,
  unionTree,
  generateDemoRegistry,
  parseDemoInstitutions,
  writeDemoPrimary,
} from '@profgrid/core/demo';
import type { DemoInstitution, DemoPrimary } from '@profgrid/core/demo';
import { CardStore } from '../cards/card-store.ts';
import type { SeedMode } from '../config.ts';
import { RelayError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { DocStore } from '../store/doc-store.ts';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import { inBulk } from '../store/sql.ts';
import type { Sql } from '../store/sql.ts';

export const INSTITUTIONS_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'demo-data',
  'belgorod-institutions-2020.json',
);

export interface SeedOptions {
  readonly mode: SeedMode;
  /** SEED=union: share (0…1) of the synthetic primaries given members (config.ts). */
  readonly unionMembersShare?: number;
  readonly sql: Sql;
  readonly registry: SqlOrgRegistry;
  readonly store: DocStore;
  readonly logger: Logger;
  /** ISO date for ages; defaults to today. */
  readonly today?: string;
  /** Called with each seeded document, e.g. to index its chairs. */
  readonly onDoc?: (orgId: string, doc: Y.Doc) => Promise<void>;
  /** Runs once the tree is in place, under the same lock (demo users). */
  readonly afterSeed?: () => Promise<void>;
}

/** Advisory lock key of first-start seeding (PostgreSQL). */
const SEED_LOCK = 7_311_002;

export function loadDemoInstitutions(file = INSTITUTIONS_FILE): DemoInstitution[] {
  const parsed = parseDemoInstitutions(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed) throw new RelayError('seed-data-invalid', `malformed institutions file ${file}`);
  return parsed;
}

/** Seeds an empty registry; true when it did (the demo tree is now in place). */
export async function seedIfEmpty(options: SeedOptions): Promise<boolean> {
  if (options.mode === 'none' || options.registry.size > 0) return false;
  return options.sql.exclusive(SEED_LOCK, async () => {
    await options.registry.reload(); // another instance may have seeded meanwhile
    if (options.registry.size > 0) return false;
    // thousands of small writes (a document's chair cards, a region's code, a demo user):
    // one disk sync at the end, not one each; the tree, written last, is the marker
    await inBulk(options.sql, async () => {
      await seed(options);
      await options.afterSeed?.();
    });
    return true;
  });
}

async function seed(options: SeedOptions): Promise<void> {
  const started = performance.now();
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const demo = generateDemoRegistry({ institutions: loadDemoInstitutions(), today });
  let members = 0;
  let documents = 0;
  const write = async (primary: DemoPrimary) => {
    const ydoc = new Y.Doc();
    writeDemoPrimary(ydoc, primary);
    await options.store.compact(orgDocName(primary.orgId), Y.encodeStateAsUpdate(ydoc), 0);
    await options.onDoc?.(primary.orgId, ydoc);
    ydoc.destroy();
    members += primary.members.length;
    documents++;
  };
  if (options.mode === 'demo' || options.mode === 'union') {
    for (const primary of demo.primaries) await write(primary);
  }
  // the union's documents too are written before the tree, the "already seeded" marker
  const union =
    options.mode === 'union' ? unionTree({ ...UNION_SCALE, centralId: DEMO_ROOT_IDS.central }) : [];
  for (const primary of unionMemberPrimaries(union, options.unionMembersShare ?? 0, today)) {
    await write(primary);
  }
  await options.registry.insertMany(demo.organizations);
  let organizations = demo.organizations.length;
  for (let i = 0; i < union.length; i += UNION_BATCH) {
    await options.registry.insertMany(union.slice(i, i + UNION_BATCH));
  }
  organizations += union.length;
  await seedCardRegions(options);
  options.logger.info('seeded', {
    mode: options.mode,
    organizations,
    documents,
    members,
    ms: Math.round(performance.now() - started),
  });
}

/** Card region codes: Belgorod 31, and a distinct code for each synthetic region. */
async function seedCardRegions(options: SeedOptions): Promise<void> {
  const codes = new Map(Object.entries(DEMO_CARD_REGIONS));
  if (options.mode === 'union') {
    for (const [id, code] of unionCardRegions(UNION_SCALE)) codes.set(id, code);
  }
  const cards = new CardStore(options.sql);
  for (const [orgId, code] of codes) {
    if (options.registry.get(orgId)) await cards.setRegionCode(orgId, code);
  }
}

/** Organizations per transaction of the union's bulk creation. */
const UNION_BATCH = 5000;
