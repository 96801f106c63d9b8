// Presence may only be set by the client it belongs to. An awareness update (y-protocols:
// varUint count, then per entry varUint clientID, varUint clock, varString state JSON) is
// cut down to the entries whose client ids the sending subscriber may use; the rest are
// dropped without closing the socket, because stock y-websocket providers echo every
// change they see (other clients' states, their timeouts) back to the server. A room
// decides which ids a subscriber may use (DocRoom: the ids it introduced, or a new id
// nobody holds).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The update with only the entries `mayUse` allows; null when none is; 'bad' when malformed. */
export function ownAwarenessEntries(
  update: Uint8Array,
  mayUse: (clientId: number) => boolean,
): Uint8Array | null | 'bad' {
  const kept: { clientId: number; clock: number; state: string }[] = [];
  let dropped = 0;
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      if (mayUse(clientId)) kept.push({ clientId, clock, state });
      else dropped++;
    }
  } catch {
    return 'bad';
  }
  if (kept.length === 0) return null;
  if (dropped === 0) return update;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
