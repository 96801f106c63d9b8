// Does an update depend on structures the document does not have? Yjs would keep such
// an update pending in memory (and emit nothing for it); the relay refuses it instead,
// so what it stores is always integrated state — a client that really lacks the base
// reconnects and sends it with its sync step 2. Checked on the decoded update before
// anything touches the document: every client's structs must continue that client's
// known clock without a gap, and every origin, right origin, parent and deleted range
// must lie in what the document has or what the same update brings.
import * as Y from 'yjs';

type Ref = { readonly client: number; readonly clock: number };

export function missingDependencies(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const known = new Map<number, number>();
  const knownOf = (client: number) => known.get(client) ?? Y.getState(doc.store, client);
  for (const s of structs) {
    if (s instanceof Y.Skip) continue;
    const { client, clock } = s.id;
    const have = knownOf(client);
    if (clock > have) return true;
    known.set(client, Math.max(have, clock + s.length));
  }
  const covered = (ref: Ref | null) => ref === null || ref.clock < knownOf(ref.client);
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    if (!covered(s.origin) || !covered(s.rightOrigin)) return true;
    const parent = s.parent as unknown;
    if (parent instanceof Y.ID && !covered(parent)) return true;
  }
  for (const [client, ranges] of ds.clients) {
    for (const r of ranges) if (r.clock + r.len > knownOf(client)) return true;
  }
  return false;
}
