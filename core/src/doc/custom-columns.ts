// Typed access to the `columns` root of an organization document: custom column
// definitions, one Y.Map per column (id -> {name, type, choices, order}), so a rename and
// a change of choices made concurrently both survive. Values live in the members' maps
// under `c:<id>` (OrgDoc.setMemberFields). Reached as `orgDoc.columns`.
import * as Y from 'yjs';
import { customKey, isCustomColumnType } from '../model/custom-column.ts';
import type { CustomColumn, CustomColumnDraft } from '../model/custom-column.ts';

type ColumnMap = Y.Map<unknown>;

export class CustomColumns {
  readonly #columns: Y.Map<ColumnMap>;
  readonly #members: Y.Map<Y.Map<string>>;
  readonly #transact: (fn: () => void) => void;

  constructor(
    columns: Y.Map<ColumnMap>,
    members: Y.Map<Y.Map<string>>,
    transact: (fn: () => void) => void,
  ) {
    this.#columns = columns;
    this.#members = members;
    this.#transact = transact;
  }

  /** The definitions in creation order (ties by id, so every replica lists them alike). */
  list(): CustomColumn[] {
    const out: CustomColumn[] = [];
    this.#columns.forEach((map, id) => {
      const column = map instanceof Y.Map ? toColumn(id, map) : null;
      if (column) out.push(column);
    });
    return out.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  get(id: string): CustomColumn | undefined {
    const map = this.#columns.get(id);
    return map instanceof Y.Map ? (toColumn(id, map) ?? undefined) : undefined;
  }

  /** Adds a column (validate the draft with checkColumnDraft first); the id comes in. */
  add(id: string, draft: CustomColumnDraft): void {
    const order = this.list().reduce((max, c) => Math.max(max, c.order), 0) + 1;
    this.#transact(() => {
      const map = new Y.Map<unknown>();
      map.set('name', draft.name);
      map.set('type', draft.type);
      map.set('choices', JSON.stringify(draft.choices));
      map.set('order', order);
      this.#columns.set(id, map);
    });
  }

  /** Changes the name and the choices; the type stays (values were typed for it). */
  update(id: string, draft: Pick<CustomColumnDraft, 'name' | 'choices'>): boolean {
    const map = this.#columns.get(id);
    const current = map instanceof Y.Map ? toColumn(id, map) : null;
    if (!map || !current) return false;
    const choices = JSON.stringify(draft.choices);
    this.#transact(() => {
      if (current.name !== draft.name) map.set('name', draft.name);
      if (JSON.stringify(current.choices) !== choices) map.set('choices', choices);
    });
    return true;
  }

  /** Removes the definition and every member's value of it, in one transaction. */
  delete(id: string): void {
    if (!this.#columns.has(id)) return;
    const key = customKey(id);
    this.#transact(() => {
      this.#columns.delete(id);
      this.#members.forEach((member) => {
        if (member instanceof Y.Map && member.has(key)) member.delete(key);
      });
    });
  }

  /** Calls back after any change of the definitions (local or remote). */
  observe(listener: (local: boolean) => void): () => void {
    const handler = (_e: unknown, tr: Y.Transaction) => listener(tr.local);
    this.#columns.observeDeep(handler);
    return () => this.#columns.unobserveDeep(handler);
  }
}

/** A stored definition; an unknown type (a newer version's) reads as text, never dropped. */
function toColumn(id: string, map: ColumnMap): CustomColumn | null {
  const name = map.get('name');
  if (typeof name !== 'string') return null;
  const type = map.get('type');
  const order = map.get('order');
  return {
    id,
    name,
    type: isCustomColumnType(type) ? type : 'text',
    choices: parseChoices(map.get('choices')),
    order: typeof order === 'number' && Number.isFinite(order) ? order : 0,
  };
}

function parseChoices(raw: unknown): string[] {
  if (typeof raw !== 'string') return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
