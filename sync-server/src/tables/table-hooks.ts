// Access to `table:<id>` documents: exactly the access to the owning organization's own
// document. A committee's editors (a grant on the committee or above it) write; its
// viewers read; a primary organization below it, a sibling committee and anyone else is
// denied — a table is the committee's working paper, not its subordinates'.
import { orgDocName, orgIdOfDocName } from '@profgrid/core';
import { tableIdOfDocName } from '@profgrid/core/tables';
import type { AccessHooks } from '../relay/hooks.ts';
import type { TableStore } from './table-store.ts';

/** The organization a document belongs to (org:<id> → id, table:<id> → its owner). */
export function docOwners(tables: Pick<TableStore, 'ownerOf'>) {
  return async (docName: string): Promise<string | null> => {
    const tableId = tableIdOfDocName(docName);
    return tableId === null ? orgIdOfDocName(docName) : tables.ownerOf(tableId);
  };
}

/** `hooks` with table documents authorized as their owner's document. */
export function withTableAccess(
  hooks: AccessHooks,
  tables: Pick<TableStore, 'ownerOf'>,
): AccessHooks {
  return {
    ...hooks,
    async authorize(principal, docName) {
      const tableId = tableIdOfDocName(docName);
      if (tableId === null) return hooks.authorize(principal, docName);
      const owner = await tables.ownerOf(tableId);
      return owner === null ? 'deny' : hooks.authorize(principal, orgDocName(owner));
    },
  };
}
