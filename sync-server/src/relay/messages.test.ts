import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { MSG_AWARENESS, MSG_SYNC } from '@profgrid/core';
import { awarenessMessage, parseMessage, updateMessage } from './messages.ts';

/** What y-protocols writes, through a lib0 encoder: the reference for the framing. */
function reference(type: number, sub: number | null, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  if (sub !== null) encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

// lengths on both sides of each varuint width (1, 2, 3 and 4 bytes)
const LENGTHS = [0, 1, 127, 128, 129, 16_383, 16_384, 2_097_151, 2_097_152];

describe('message framing', () => {
  it.each(LENGTHS)('writes a %i-byte payload exactly as a lib0 encoder does', (length) => {
    const payload = new Uint8Array(length).map((_, i) => (i * 31) & 0xff);
    const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
    expect(same(updateMessage(payload), reference(MSG_SYNC, 2, payload))).toBe(true);
    expect(same(awarenessMessage(payload), reference(MSG_AWARENESS, null, payload))).toBe(true);
    const parsed = parseMessage(updateMessage(payload));
    expect(parsed.ok && parsed.message.kind === 'update').toBe(true);
    if (parsed.ok && parsed.message.kind === 'update') {
      expect(same(parsed.message.update, payload)).toBe(true);
    }
  });
});
