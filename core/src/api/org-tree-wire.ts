// The registry served lazily: the tree comes level by level (a node with its children's
// counts) and by search across the user's subtree, never as one list of every
// organization. Shared by the server (which answers) and the browser (which parses at the
// boundary and caches what it was shown).
import { INSTITUTION_TYPES, ORG_LEVELS } from '../model/organization.ts';
import type { InstitutionType, OrgLevel } from '../model/organization.ts';
import type { OrgRecord } from './wire.ts';

/** An organization with what walking the tree needs without loading its children. */
export interface OrgNode extends OrgRecord {
  /** Direct children the user may see (archived ones only for admins). */
  readonly childCount: number;
}

/** GET /api/orgs/tree?parent=<id>&offset=&limit= (no parent: the user's top organizations). */
export interface OrgTreeLevel {
  /** The organization whose children these are; null for the user's top level. */
  readonly parent: OrgNode | null;
  /** The parent's ancestors the user may see, root first (breadcrumbs). */
  readonly path: readonly OrgNode[];
  /** A page of the children, by name in Russian collation. */
  readonly children: readonly OrgNode[];
  readonly total: number;
  readonly offset: number;
}

/** One search hit, with the names of its visible ancestors (root first) to tell it apart. */
export interface OrgSearchHit extends OrgNode {
  readonly pathNames: readonly string[];
}

/** GET /api/orgs/search?q=&within=<id>&limit= */
export interface OrgSearchResult {
  readonly query: string;
  readonly hits: readonly OrgSearchHit[];
  /** More matched than were sent. */
  readonly truncated: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** An OrgNode from untrusted JSON (REST body or cached row), or null. */
export function parseOrgNode(v: unknown): OrgNode | null {
  if (!isRecord(v)) return null;
  const { id, parentId, code, name, shortName, level, institutionType, archived, childCount } = v;
  if (typeof id !== 'string' || !(parentId === null || typeof parentId === 'string')) return null;
  if (typeof code !== 'string' || typeof name !== 'string' || typeof shortName !== 'string')
    return null;
  if (!(ORG_LEVELS as readonly unknown[]).includes(level)) return null;
  if (!(
    institutionType === null || (INSTITUTION_TYPES as readonly unknown[]).includes(institutionType)
  ))
    return null;
  if (typeof archived !== 'boolean' || !isCount(childCount)) return null;
  return {
    id,
    parentId,
    code,
    name,
    shortName,
    level: level as OrgLevel,
    institutionType: institutionType as InstitutionType | null,
    archived,
    childCount,
  };
}

function parseNodes(v: unknown): OrgNode[] | null {
  if (!Array.isArray(v)) return null;
  const nodes = v.map(parseOrgNode);
  return nodes.some((n) => n === null) ? null : (nodes as OrgNode[]);
}

export function parseOrgTreeLevel(v: unknown): OrgTreeLevel | null {
  if (!isRecord(v) || !isCount(v['total']) || !isCount(v['offset'])) return null;
  const parent = v['parent'] === null ? null : parseOrgNode(v['parent']);
  if (v['parent'] !== null && parent === null) return null;
  const path = parseNodes(v['path']);
  const children = parseNodes(v['children']);
  if (!path || !children) return null;
  return { parent, path, children, total: v['total'], offset: v['offset'] };
}

export function parseOrgSearchResult(v: unknown): OrgSearchResult | null {
  if (!isRecord(v) || typeof v['query'] !== 'string' || typeof v['truncated'] !== 'boolean')
    return null;
  if (!Array.isArray(v['hits'])) return null;
  const hits: OrgSearchHit[] = [];
  for (const h of v['hits'] as unknown[]) {
    const node = parseOrgNode(h);
    const names = isRecord(h) ? h['pathNames'] : undefined;
    if (!node || !Array.isArray(names) || !names.every((n) => typeof n === 'string')) return null;
    hits.push({ ...node, pathNames: names as string[] });
  }
  return { query: v['query'], hits, truncated: v['truncated'] };
}
