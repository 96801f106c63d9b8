// Registry and rollup changes between relay instances (REDIS_URL): the documents fan out
// per document (fanout.ts); what else one instance keeps in memory travels here, on one
// channel, so that events of one sender arrive in the order it sent them (an org created,
// then its first recount). Contract: best-effort like the fan-out — after a reconnect the
// receiver re-reads what it caches from the shared database (cluster/cluster-sync.ts).
// Frames are JSON `{from, event}`; anything else is refused by decodeClusterFrame.
// Counts and ids only: never names or member data.
import type { OrgSummary } from '@profgrid/core';
import { INSTITUTION_TYPES, ORG_LEVELS } from '@profgrid/core';
import type { InstitutionType, OrgLevel } from '@profgrid/core';
import type { SortedOrg } from '../registry/org-tree-index.ts';
import { summaryFromJson } from '../rollups/summary-table.ts';

export type ClusterEvent =
  /**
   * The organization tree changed (create, update, move, archive): `orgs` are the changed
   * rows as the table holds them (apply them; registry/org-registry.ts TreeChange), `rev`
   * the revision they made; without `orgs`: reload the tree.
   */
  | { readonly kind: 'tree'; readonly orgs?: readonly SortedOrg[]; readonly rev?: number | null }
  /** A user's grants changed: re-authorize that user's open sockets. */
  | { readonly kind: 'access'; readonly userId: string }
  /** Sessions ended (logout, disable, password change): re-check open sockets. */
  | { readonly kind: 'sessions' }
  /**
   * An organization was recounted by an instance that holds its document; `version` orders
   * recounts of one document (rollups/summary-version.ts).
   */
  | {
      readonly kind: 'rollup';
      readonly orgId: string;
      readonly summary: OrgSummary;
      readonly referenceDate: string;
      readonly version: number;
    };

export interface ClusterEvents {
  /** Sends to the other instances; never throws, never waits. */
  publish(event: ClusterEvent): void;
  /** Other instances' events, in the order each of them sent them. */
  subscribe(handler: (event: ClusterEvent) => void): void;
  /** Called after the connection came back: events may have been missed. */
  onReconnect(listener: () => void): void;
  /** True while events can be neither sent nor received. */
  readonly down: boolean;
  close(): Promise<void>;
}

export function encodeClusterFrame(from: string, event: ClusterEvent): string {
  return JSON.stringify({ from, event });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The sender and its event, or null for anything that is not a well-formed frame. */
export function decodeClusterFrame(text: string): { from: string; event: ClusterEvent } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || typeof parsed['from'] !== 'string') return null;
  const event = parseEvent(parsed['event']);
  return event ? { from: parsed['from'], event } : null;
}

function parseEvent(e: unknown): ClusterEvent | null {
  if (!isRecord(e)) return null;
  switch (e['kind']) {
    case 'tree': {
      if (e['orgs'] === undefined) return { kind: 'tree' };
      if (!Array.isArray(e['orgs'])) return null;
      const orgs = e['orgs'].map(parseSortedOrg);
      if (orgs.some((o) => o === null)) return null;
      const rev = e['rev'];
      if (rev !== null && !(typeof rev === 'number' && Number.isSafeInteger(rev))) return null;
      return { kind: 'tree', orgs: orgs as SortedOrg[], rev };
    }
    case 'sessions':
      return { kind: 'sessions' };
    case 'access':
      return typeof e['userId'] === 'string' ? { kind: 'access', userId: e['userId'] } : null;
    case 'rollup': {
      const { orgId, referenceDate, version } = e;
      if (typeof orgId !== 'string' || typeof referenceDate !== 'string') return null;
      if (!DATE.test(referenceDate)) return null;
      if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) return null;
      const summary = summaryFromJson(e['summary']);
      return summary ? { kind: 'rollup', orgId, summary, referenceDate, version } : null;
    }
    default:
      return null;
  }
}

const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

function parseSortedOrg(v: unknown): SortedOrg | null {
  if (!isRecord(v) || !isRecord(v['org']) || typeof v['sortKey'] !== 'number') return null;
  const o = v['org'];
  const { id, parentId, code, name, shortName, level, institutionType, archived } = o;
  if (typeof id !== 'string' || !isStringOrNull(parentId)) return null;
  if (typeof code !== 'string' || typeof name !== 'string' || typeof shortName !== 'string')
    return null;
  if (!(ORG_LEVELS as readonly unknown[]).includes(level)) return null;
  if (!isStringOrNull(institutionType) || typeof archived !== 'boolean') return null;
  if (
    institutionType !== null &&
    !(INSTITUTION_TYPES as readonly string[]).includes(institutionType)
  )
    return null;
  return {
    org: {
      id,
      parentId,
      code,
      name,
      shortName,
      level: level as OrgLevel,
      institutionType: institutionType as InstitutionType | null,
      archived,
    },
    sortKey: v['sortKey'],
  };
}
