// Unsent changes over every document of this browser: the live counts of subscribed
// documents, and the persisted counts (syncMeta) of documents not open in this tab.
export function totalPending(
  live: ReadonlyMap<string, number>,
  stored: readonly { docName: string; pending: number }[],
): { total: number; closedDocs: string[] } {
  let total = 0;
  for (const n of live.values()) total += Math.max(0, n);
  const closedDocs: string[] = [];
  for (const row of stored) {
    if (live.has(row.docName) || !(row.pending > 0)) continue;
    total += row.pending;
    closedDocs.push(row.docName);
  }
  return { total, closedDocs };
}
