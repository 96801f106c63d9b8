// Committee tables are Yjs documents of their own kind, `table:<id>`, beside `org:<id>`.
// The id is a registry key (never personal data); the owning organization is in the
// server's table registry, not in the name.

const TABLE_PREFIX = 'table:';
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function tableDocName(tableId: string): string {
  return `${TABLE_PREFIX}${tableId}`;
}

/** The table id of a document name, or null when the name is not `table:<id>`. */
export function tableIdOfDocName(docName: string): string | null {
  if (!docName.startsWith(TABLE_PREFIX)) return null;
  const id = docName.slice(TABLE_PREFIX.length);
  return ID.test(id) ? id : null;
}

/** True for a well-formed table id (the registry's and the route's check). */
export function isTableId(id: string): boolean {
  return ID.test(id);
}
