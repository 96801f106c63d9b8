// First-start seeding. When the registry is empty: in mode 'demo' the 154 Belgorod
// documents with synthetic members are written as snapshots first, then the
// organization tree is inserted — the tree is the "already seeded" marker, so a crash
// mid-way re-seeds on the next start and a second start changes nothing. Logs counts only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';
import {
  generateDemoRegistry,
  orgDocName,
  parseDemoInstitutions,
  writeDemoPrimary,
} from '@profgrid/core';
import type { DemoInstitution } from '@profgrid/core';
import type { SeedMode } from '../config.ts';
import { RelayError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { DocStore } from '../store/doc-store.ts';
import type { SqliteOrgRegistry } from '../registry/org-registry.ts';

export const INSTITUTIONS_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'demo-data',
  'belgorod-institutions-2020.json',
);

export interface SeedOptions {
  readonly mode: SeedMode;
  readonly db: DatabaseSync;
  readonly registry: SqliteOrgRegistry;
  readonly store: DocStore;
  readonly logger: Logger;
  /** ISO date for ages; defaults to today. */
  readonly today?: string;
  /** Called with each seeded document, e.g. to index its chairs. */
  readonly onDoc?: (orgId: string, doc: Y.Doc) => void;
}

export function loadDemoInstitutions(file = INSTITUTIONS_FILE): DemoInstitution[] {
  const parsed = parseDemoInstitutions(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed) throw new RelayError('seed-data-invalid', `malformed institutions file ${file}`);
  return parsed;
}

/** Seeds an empty registry; true when it did (the demo tree is now in place). */
export async function seedIfEmpty(options: SeedOptions): Promise<boolean> {
  if (options.mode === 'none' || options.registry.size > 0) return false;
  const started = performance.now();
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const demo = generateDemoRegistry({ institutions: loadDemoInstitutions(), today });
  let members = 0;
  if (options.mode === 'demo') {
    for (const primary of demo.primaries) {
      const ydoc = new Y.Doc();
      writeDemoPrimary(ydoc, primary);
      await options.store.compact(orgDocName(primary.orgId), Y.encodeStateAsUpdate(ydoc), 0);
      options.onDoc?.(primary.orgId, ydoc);
      ydoc.destroy();
      members += primary.members.length;
    }
  }
  options.registry.insertMany(demo.organizations);
  options.logger.info('seeded', {
    mode: options.mode,
    organizations: demo.organizations.length,
    documents: options.mode === 'demo' ? demo.primaries.length : 0,
    members,
    ms: Math.round(performance.now() - started),
  });
  return true;
}
