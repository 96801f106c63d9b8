// The converger itself: it must see divergence when there is some, capture only a
// replica's own updates, and deliver everything so nothing stays pending.
import { describe, expect, it } from 'vitest';
import {
  createReplicas,
  deliver,
  deliverAll,
  expectConverged,
  mulberry32,
  stateOf,
} from './converger.ts';

const REF = '2025-06-15';

describe('converger', () => {
  it('expectConverged fails for replicas that have not exchanged updates', () => {
    const [a, b] = createReplicas(2);
    a!.doc.addMember('m1', { surname: 'Иванова' });
    expect(() => expectConverged([a!, b!], REF)).toThrow();
  });

  it('captures only updates a replica made itself, not the ones delivered to it', () => {
    const replicas = createReplicas(3);
    replicas[0]!.doc.addMember('m1');
    replicas[1]!.doc.setPassportField('fullName', 'СОШ 12');
    deliverAll(replicas, mulberry32(1));
    expect(replicas.map((r) => r.updates.length)).toEqual([1, 1, 0]);
    expectConverged(replicas, REF);
  });

  it('an update delivered before its dependency stays pending until the dependency arrives', () => {
    const [a, b] = createReplicas(2);
    a!.doc.addMember('m1');
    a!.doc.setMemberField('m1', 'surname', 'Иванова');
    const [first, second] = a!.updates;
    deliver(b!, second!);
    expect(stateOf(b!, REF).pending).toBe(true);
    expect(b!.doc.hasMember('m1')).toBe(false);
    deliver(b!, first!);
    expect(b!.doc.member('m1')?.surname).toBe('Иванова');
    expectConverged([a!, b!], REF);
  });

  it('mulberry32 is deterministic per seed', () => {
    const x = mulberry32(42);
    const y = mulberry32(42);
    expect([x(), x(), x()]).toEqual([y(), y(), y()]);
    expect(stateOf(createReplicas(1)[0]!, REF).pending).toBe(false);
  });
});
