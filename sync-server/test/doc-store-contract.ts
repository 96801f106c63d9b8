// The DocStore contract suite (store/doc-store.ts). Every backend registers it with a
// factory; test names cite the rule they check.
import { afterEach, describe, expect, it } from 'vitest';
import type { DocStore } from '../src/store/doc-store.ts';

export interface DocStoreFixture {
  /** Opens the backend over the same storage each time (to test reopening). */
  open(): Promise<DocStore>;
  /** Removes the storage. */
  cleanup(): Promise<void>;
}

const bytes = (...values: number[]) => new Uint8Array(values);

export function registerDocStoreContractTests(
  name: string,
  factory: () => Promise<DocStoreFixture>,
): void {
  describe(`DocStore contract: ${name}`, () => {
    let fixture: DocStoreFixture | null = null;
    const opened: DocStore[] = [];
    const open = async () => {
      fixture ??= await factory();
      const store = await fixture.open();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
      await fixture?.cleanup();
      fixture = null;
    });

    it('load of an unknown document is empty with lastSeq 0', async () => {
      const store = await open();
      expect(await store.load('org:none')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
    });

    it('append returns strictly increasing seq per document; load returns updates in order', async () => {
      const store = await open();
      const seqs = await Promise.all([1, 2, 3].map((v) => store.append('org:a', bytes(v))));
      expect(seqs[0]).toBeLessThan(seqs[1]!);
      expect(seqs[1]).toBeLessThan(seqs[2]!);
      await store.append('org:b', bytes(9));
      const loaded = await store.load('org:a');
      expect(loaded.updates.map((u) => Array.from(u))).toEqual([[1], [2], [3]]);
      expect(loaded.lastSeq).toBe(seqs[2]);
    });

    it('append calls written once per update, in order, before it resolves', async () => {
      const store = await open();
      const events: string[] = [];
      await Promise.all(
        [1, 2].map((v) =>
          store
            .append('org:a', bytes(v), () => events.push(`written ${v}`))
            .then(() => events.push(`resolved ${v}`)),
        ),
      );
      expect(events.slice(0, 2)).toEqual(['written 1', 'written 2']);
      expect(events.toSorted()).toEqual(['resolved 1', 'resolved 2', 'written 1', 'written 2']);
      expect(events.indexOf('written 1')).toBeLessThan(events.indexOf('resolved 1'));
    });

    it('appended updates survive closing and reopening (durable once resolved)', async () => {
      const store = await open();
      await store.append('org:a', bytes(7, 7));
      await store.close();
      const again = await open();
      expect((await again.load('org:a')).updates.map((u) => Array.from(u))).toEqual([[7, 7]]);
    });

    it('compact stores the snapshot and drops log rows up to upToSeq, keeping later ones', async () => {
      const store = await open();
      await store.append('org:a', bytes(1));
      const s2 = await store.append('org:a', bytes(2));
      await store.append('org:a', bytes(3));
      await store.compact('org:a', bytes(12), s2);
      const loaded = await store.load('org:a');
      expect(Array.from(loaded.snapshot!)).toEqual([12]);
      expect(loaded.updates.map((u) => Array.from(u))).toEqual([[3]]);
    });

    it('seq is never reused after compaction, also after reopening', async () => {
      const store = await open();
      const s1 = await store.append('org:a', bytes(1));
      await store.compact('org:a', bytes(1), s1);
      await store.close();
      const again = await open();
      const s2 = await again.append('org:a', bytes(2));
      expect(s2).toBeGreaterThan(s1);
      const loaded = await again.load('org:a');
      expect(loaded.updates.map((u) => Array.from(u))).toEqual([[2]]);
      expect(loaded.lastSeq).toBe(s2);
    });

    it('compact with upToSeq 0 stores a snapshot of a document without a log', async () => {
      const store = await open();
      await store.compact('org:seeded', bytes(5), 0);
      expect(await store.load('org:seeded')).toEqual({
        snapshot: bytes(5),
        updates: [],
        lastSeq: 0,
      });
      expect(await store.append('org:seeded', bytes(6))).toBeGreaterThan(0);
    });

    it('names lists every stored document once', async () => {
      const store = await open();
      await store.append('org:a', bytes(1));
      await store.append('org:a', bytes(2));
      await store.compact('org:b', bytes(1), 0);
      expect((await store.names()).sort()).toEqual(['org:a', 'org:b']);
    });
  });
}
