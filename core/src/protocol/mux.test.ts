// Mux framing (PROTOCOL.md): varString docName · y-websocket message. Decoding never
// throws: anything malformed comes back as { ok: false }.
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { MSG_ACK, MSG_DENIED, MSG_SYNC, MSG_UNSUBSCRIBE } from './messages.ts';
import {
  MAX_DOC_NAME_LENGTH,
  decodeDenied,
  decodeMuxFrame,
  encodeAck,
  encodeDenied,
  encodeMuxFrame,
  encodeUnsubscribe,
} from './mux.ts';

function syncStep1(stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_SYNC);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint8Array(e, stateVector);
  return encoding.toUint8Array(e);
}

function decodeOk(data: Uint8Array) {
  const result = decodeMuxFrame(data);
  if (!result.ok) throw new Error(`expected a frame, got ${result.error}`);
  return result.frame;
}

describe('encodeMuxFrame / decodeMuxFrame', () => {
  it('round-trips the document name, message type and the whole message', () => {
    const message = syncStep1(new Uint8Array([1, 2, 3]));
    const frame = decodeOk(encodeMuxFrame('org:school-12', message));
    expect(frame.docName).toBe('org:school-12');
    expect(frame.messageType).toBe(MSG_SYNC);
    expect(Array.from(frame.message)).toEqual(Array.from(message));
  });

  it('round-trips any document name of 1..128 characters (incl. non-ASCII) and any message', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: MAX_DOC_NAME_LENGTH, unit: 'grapheme-ascii' }),
        fc.nat({ max: 2 ** 31 }),
        fc.uint8Array({ maxLength: 64 }),
        (docName, type, payload) => {
          const e = encoding.createEncoder();
          encoding.writeVarUint(e, type);
          encoding.writeUint8Array(e, payload);
          const message = encoding.toUint8Array(e);
          const frame = decodeOk(encodeMuxFrame(docName, message));
          expect(frame.docName).toBe(docName);
          expect(frame.messageType).toBe(type);
          expect(Array.from(frame.message)).toEqual(Array.from(message));
        },
      ),
      { numRuns: 200 },
    );
    expect(decodeOk(encodeMuxFrame('орг:школа', new Uint8Array([1]))).docName).toBe('орг:школа');
  });

  it('rejects an empty document name and one longer than 128', () => {
    const msg = new Uint8Array([MSG_SYNC]);
    expect(decodeMuxFrame(encodeMuxFrame('', msg))).toEqual({
      ok: false,
      error: 'bad document name',
    });
    expect(decodeMuxFrame(encodeMuxFrame('x'.repeat(MAX_DOC_NAME_LENGTH + 1), msg)).ok).toBe(false);
    expect(decodeMuxFrame(encodeMuxFrame('x'.repeat(MAX_DOC_NAME_LENGTH), msg)).ok).toBe(true);
  });

  it('rejects a document name that is not valid UTF-8 instead of patching it', () => {
    // varUint length 5, then "org:" and a lone continuation byte, then MSG_SYNC.
    const frame = new Uint8Array([5, 0x6f, 0x72, 0x67, 0x3a, 0x80, MSG_SYNC]);
    expect(decodeMuxFrame(frame)).toEqual({
      ok: false,
      error: 'document name is not valid UTF-8',
    });
  });

  it('rejects a frame with a name but no message', () => {
    expect(decodeMuxFrame(encodeMuxFrame('org:a', new Uint8Array()))).toEqual({
      ok: false,
      error: 'empty message',
    });
  });

  it('an empty buffer is an error, not an exception', () => {
    expect(decodeMuxFrame(new Uint8Array()).ok).toBe(false);
  });

  it('every truncation of a valid frame is an error or a shorter valid frame, never an exception', () => {
    const full = encodeDenied('org:school-12', 'forbidden', 'нет доступа');
    for (let n = 0; n < full.length; n++) {
      const result = decodeMuxFrame(full.subarray(0, n));
      if (result.ok) expect(result.frame.docName).toBe('org:school-12');
    }
    // cut inside the name: always an error
    for (let n = 0; n <= 'org:school-12'.length; n++)
      expect(decodeMuxFrame(full.subarray(0, n)).ok).toBe(false);
  });

  it('a name length running past the end of a view on a larger buffer is an error (no foreign bytes read)', () => {
    const pool = new Uint8Array(256).fill(0x61); // 'a' everywhere after the view
    pool[0] = 50; // varString length 50 …
    pool[1] = 0x61; // … but the view holds only 2 bytes
    const result = decodeMuxFrame(pool.subarray(0, 2));
    expect(result.ok).toBe(false);
  });

  it('a message type that is not a valid varUint is an error', () => {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, 'org:a');
    encoding.writeUint8Array(e, new Uint8Array([0xff, 0xff])); // continuation bits, then end
    expect(decodeMuxFrame(encoding.toUint8Array(e)).ok).toBe(false);
  });

  it('random garbage never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeMuxFrame(bytes);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) {
          expect(result.frame.docName.length).toBeGreaterThan(0);
          expect(result.frame.docName.length).toBeLessThanOrEqual(MAX_DOC_NAME_LENGTH);
          expect(result.frame.message.length).toBeGreaterThan(0);
        }
        expect(() => decodeDenied(bytes)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('our message encoders', () => {
  it('encodeUnsubscribe: the document name and type 100 with no payload', () => {
    const frame = decodeOk(encodeUnsubscribe('org:a'));
    expect(frame.docName).toBe('org:a');
    expect(frame.messageType).toBe(MSG_UNSUBSCRIBE);
    expect(Array.from(frame.message)).toEqual([MSG_UNSUBSCRIBE]);
  });

  it('encodeAck: the document name and type 101 with no payload', () => {
    const frame = decodeOk(encodeAck('org:a'));
    expect(frame.messageType).toBe(MSG_ACK);
    expect(Array.from(frame.message)).toEqual([MSG_ACK]);
  });

  it('encodeDenied / decodeDenied: type 102, code and reason round-trip', () => {
    const frame = decodeOk(encodeDenied('org:a', 'read-only', 'Только чтение'));
    expect(frame.docName).toBe('org:a');
    expect(frame.messageType).toBe(MSG_DENIED);
    expect(decodeDenied(frame.message)).toEqual({ code: 'read-only', reason: 'Только чтение' });
  });

  it('the byte layout matches PROTOCOL.md: varString name then varUint type', () => {
    expect(Array.from(encodeAck('ab'))).toEqual([2, 0x61, 0x62, 101]);
    expect(Array.from(encodeUnsubscribe('ab'))).toEqual([2, 0x61, 0x62, 100]);
  });

  it('decodeDenied of a truncated message is null', () => {
    const { message } = decodeOk(encodeDenied('org:a', 'forbidden', 'нет доступа'));
    for (let n = 0; n < message.length; n++)
      expect(decodeDenied(message.subarray(0, n)), String(n)).toBeNull();
  });
});
