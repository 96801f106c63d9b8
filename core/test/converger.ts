// A multi-replica converger for organization documents. N replicas edit independently;
// every update a replica produces itself is captured; the harness then delivers updates
// to other replicas in any order — partially while editing, and finally all of them to
// everyone, shuffled, with duplicates, some before their dependencies, some merged into
// one update like a relay's compacted log. Tests then assert that all replicas agree.
//
// Randomness comes from a seed (mulberry32), so a fast-check counterexample replays.
import { expect } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '../src/doc/org-doc.ts';
import type { OrgSnapshot } from '../src/doc/org-doc.ts';
import { membershipSummary } from '../src/reports/summary.ts';

/** Transaction origin of updates applied from another replica (never captured). */
export const REMOTE = Symbol('remote');

export interface Replica {
  readonly index: number;
  readonly doc: OrgDoc;
  /** Updates this replica produced itself, in the order it produced them. */
  readonly updates: Uint8Array[];
}

/**
 * `count` replicas with client ids firstClientId, firstClientId + 1, … (fixed, so runs
 * replay). `base`, when given, is an update every replica starts from (shared history,
 * not captured as anyone's own).
 */
export function createReplicas(count: number, base?: Uint8Array, firstClientId = 1): Replica[] {
  return Array.from({ length: count }, (_, index) => {
    const ydoc = new Y.Doc();
    ydoc.clientID = firstClientId + index;
    if (base) Y.applyUpdate(ydoc, base, REMOTE);
    const updates: Uint8Array[] = [];
    ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) updates.push(update);
    });
    return { index, doc: new OrgDoc(ydoc, { origin: `replica-${index + 1}` }), updates };
  });
}

export function deliver(to: Replica, update: Uint8Array): void {
  Y.applyUpdate(to.doc.ydoc, update, REMOTE);
}

/** Deterministic PRNG in [0, 1) (the demo generator's mulberry32). */
export { seededRandom as mulberry32 } from '../src/demo/random.ts';

function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export interface DeliveryOptions {
  /** Chance that an update is delivered a second time. */
  readonly duplicateRate?: number;
  /** Chance that a run of updates is merged (Y.mergeUpdates) and delivered as one. */
  readonly mergeRate?: number;
}

/**
 * Delivers every captured update of every replica to every other replica, in a shuffled
 * order with duplicates. Returns how many applyUpdate calls it made.
 */
export function deliverAll(
  replicas: readonly Replica[],
  rand: () => number,
  options: DeliveryOptions = {},
): number {
  const { duplicateRate = 0.3, mergeRate = 0.2 } = options;
  let calls = 0;
  for (const target of replicas) {
    const queue: Uint8Array[] = [];
    for (const source of replicas) {
      if (source === target) continue;
      for (const update of source.updates) {
        queue.push(update);
        if (rand() < duplicateRate) queue.push(update);
      }
    }
    shuffle(queue, rand);
    for (let i = 0; i < queue.length;) {
      const run = rand() < mergeRate ? 1 + Math.floor(rand() * 4) : 1;
      const batch = queue.slice(i, i + run);
      deliver(target, batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch));
      calls++;
      i += run;
    }
  }
  return calls;
}

export interface ReplicaState {
  readonly snapshot: OrgSnapshot;
  readonly stateVector: number[];
  readonly summary: ReturnType<typeof membershipSummary>;
  readonly pending: boolean;
}

export function stateOf(replica: Replica, referenceDate: string): ReplicaState {
  const snapshot = replica.doc.snapshot();
  const store = replica.doc.ydoc.store;
  return {
    snapshot,
    stateVector: Array.from(Y.encodeStateVector(replica.doc.ydoc)),
    summary: membershipSummary(snapshot, referenceDate),
    pending: store.pendingStructs !== null || store.pendingDs !== null,
  };
}

/**
 * Asserts that all replicas hold the same document: deep-equal snapshots, identical state
 * vectors, identical summaries, and nothing left pending (every dependency arrived).
 */
export function expectConverged(replicas: readonly Replica[], referenceDate: string): void {
  const [first, ...rest] = replicas.map((r) => stateOf(r, referenceDate));
  expect(first!.pending, 'replica 1 has pending updates').toBe(false);
  for (const [i, state] of rest.entries()) {
    const label = `replica ${i + 2} vs replica 1`;
    expect(state.pending, `replica ${i + 2} has pending updates`).toBe(false);
    expect(state.snapshot, label).toEqual(first!.snapshot);
    expect(state.stateVector, label).toEqual(first!.stateVector);
    expect(state.summary, label).toEqual(first!.summary);
  }
}
