// What one tab tells the others about itself through Yjs awareness, and how the states of
// the others are read back. The state names a registry user (id, display name, colour)
// and a cell by ids only — row id and column id, never a member's data — so awareness,
// which the relay passes to every subscriber of the document, carries no personal data
// of members. Remote states are untrusted input: anything of another shape is ignored.
import { ruCollator } from '../../i18n/collate.ts';

export interface PresenceUser {
  readonly id: string;
  readonly name: string;
  readonly colour: string;
}

export interface PresenceCell {
  readonly rowId: string;
  readonly colId: string;
  readonly editing: boolean;
}

/** The awareness state of one tab. */
export interface PresenceState {
  readonly user: PresenceUser;
  readonly cell: PresenceCell | null;
}

/** Another tab in the same organization. */
export interface Peer extends PresenceState {
  readonly clientId: number;
}

/** Distinguishable border colours; a user keeps theirs (chosen from the user id). */
export const PEER_COLOURS = [
  '#d9480f',
  '#2b8a3e',
  '#7048e8',
  '#c2255c',
  '#1971c2',
  '#e67700',
  '#0c8599',
  '#5f3dc4',
] as const;

export function colourIndexOf(userId: string): number {
  let h = 0;
  for (let i = 0; i < userId.length; i++) h = (Math.imul(h, 31) + userId.charCodeAt(i)) >>> 0;
  return h % PEER_COLOURS.length;
}

/** The colour of a user, the same in every tab. */
export function colourOf(userId: string): string {
  return PEER_COLOURS[colourIndexOf(userId)] ?? PEER_COLOURS[0];
}

const MAX_TEXT = 200;

function text(x: unknown): string | null {
  return typeof x === 'string' && x.length > 0 && x.length <= MAX_TEXT ? x : null;
}

/** Reads a remote awareness state; null when it is not a presence state. */
export function parsePresence(raw: unknown): PresenceState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { user, cell } = raw as Record<string, unknown>;
  if (typeof user !== 'object' || user === null) return null;
  const u = user as Record<string, unknown>;
  const id = text(u['id']);
  const name = text(u['name']);
  if (id === null || name === null) return null;
  // The colour is ours to derive, not the sender's to choose (it ends up in CSS).
  return { user: { id, name, colour: colourOf(id) }, cell: parseCell(cell) };
}

function parseCell(raw: unknown): PresenceCell | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const c = raw as Record<string, unknown>;
  const rowId = text(c['rowId']);
  const colId = text(c['colId']);
  if (rowId === null || colId === null) return null;
  return { rowId, colId, editing: c['editing'] === true };
}

/** The people present: one entry per user (several tabs of one user count once). */
export function presentUsers(peers: readonly Peer[]): PresenceUser[] {
  const byId = new Map<string, PresenceUser>();
  for (const p of peers) if (!byId.has(p.user.id)) byId.set(p.user.id, p.user);
  return [...byId.values()].sort((a, b) => ruCollator.compare(a.name, b.name));
}

export function cellKey(rowId: string, colId: string): string {
  return `${rowId}\u0000${colId}`;
}

/** Which peers are on which cell. */
export function cellMarks(peers: readonly Peer[]): Map<string, Peer[]> {
  const marks = new Map<string, Peer[]>();
  for (const peer of peers) {
    if (!peer.cell) continue;
    const key = cellKey(peer.cell.rowId, peer.cell.colId);
    const list = marks.get(key);
    if (list) list.push(peer);
    else marks.set(key, [peer]);
  }
  return marks;
}

/** Cells whose marks differ between two mark maps (to refresh only those). */
export function changedCells(
  before: ReadonlyMap<string, readonly Peer[]>,
  after: ReadonlyMap<string, readonly Peer[]>,
): { rowId: string; colId: string }[] {
  const out: { rowId: string; colId: string }[] = [];
  const sig = (list: readonly Peer[] | undefined) =>
    (list ?? []).map((p) => `${p.clientId}:${p.user.id}:${p.cell?.editing}`).join(',');
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (sig(before.get(key)) === sig(after.get(key))) continue;
    const [rowId, colId] = key.split('\u0000') as [string, string];
    out.push({ rowId, colId });
  }
  return out;
}
