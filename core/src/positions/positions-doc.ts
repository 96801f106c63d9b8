// The `positions` root of an organization document: Y.Map positionId → record (plain
// JSON). A record is replaced whole when it changes (ending it), so two replicas ending
// the same post keep one of the two endings (last writer wins) and never a mix; different
// posts never touch each other. Unknown or malformed entries are kept and skipped.
import type * as Y from 'yjs';
import { parsePosition } from './position.ts';
import type { PositionRecord } from './position.ts';
import { checkEnding, checkPosition } from './position-rules.ts';
import type { PositionError } from './position-rules.ts';

export const POSITIONS_ROOT = 'positions';

export type PositionResult = { ok: true } | { ok: false; error: PositionError };

/** Every well-formed record, ordered by start date then id. */
export function readPositions(ydoc: Y.Doc): PositionRecord[] {
  const out: PositionRecord[] = [];
  ydoc.getMap<unknown>(POSITIONS_ROOT).forEach((v) => {
    const p = parsePosition(v);
    if (p) out.push(p);
  });
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

export class Positions {
  readonly #map: Y.Map<unknown>;
  readonly #ydoc: Y.Doc;
  readonly #origin: unknown;

  constructor(ydoc: Y.Doc, origin: unknown = null) {
    this.#ydoc = ydoc;
    this.#map = ydoc.getMap<unknown>(POSITIONS_ROOT);
    this.#origin = origin;
  }

  list(): PositionRecord[] {
    return readPositions(this.#ydoc);
  }

  add(p: PositionRecord): PositionResult {
    const error = checkPosition(p);
    if (error) return { ok: false, error };
    this.#ydoc.transact(() => this.#map.set(p.id, { ...p, holder: { ...p.holder } }), this.#origin);
    return { ok: true };
  }

  /** Ends a post on `date` (re-election, resignation); the record stays as history. */
  end(id: string, date: string): PositionResult {
    const p = parsePosition(this.#map.get(id));
    if (!p) return { ok: false, error: 'already-ended' };
    const error = checkEnding(p, date);
    if (error) return { ok: false, error };
    this.#ydoc.transact(() => this.#map.set(id, { ...p, ended: date }), this.#origin);
    return { ok: true };
  }

  /**
   * Links a post held by name to the member who holds it (their id and registered name,
   * and their organization when the record names none); the rest of the record is kept.
   * False when there is no such post.
   */
  link(id: string, memberId: string, name: string, orgId = ''): boolean {
    const p = parsePosition(this.#map.get(id));
    if (!p || memberId === '') return false;
    const holder = {
      orgId: p.holder.orgId || orgId,
      memberId,
      name: name.trim() || p.holder.name,
    };
    this.#ydoc.transact(() => this.#map.set(id, { ...p, holder }), this.#origin);
    return true;
  }

  observe(listener: () => void): () => void {
    const handler = () => listener();
    this.#map.observe(handler);
    return () => this.#map.unobserve(handler);
  }
}
