// migrate: a document from an older version is brought up to SCHEMA_VERSION once; a
// current one is left alone; a newer one is reported, never touched.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from './org-doc.ts';
import { ROOT, SCHEMA_VERSION, migrate } from './schema.ts';

function versionOf(doc: Y.Doc): unknown {
  return doc.getMap(ROOT.meta).get('schemaVersion');
}

function countTransactions(doc: Y.Doc): () => number {
  let n = 0;
  doc.on('afterTransaction', () => n++);
  return () => n;
}

describe('migrate', () => {
  it('from 0 (no meta.schemaVersion): migrates and records the current version', () => {
    const doc = new Y.Doc();
    expect(migrate(doc)).toEqual({ kind: 'migrated', from: 0 });
    expect(versionOf(doc)).toBe(SCHEMA_VERSION);
    expect(new OrgDoc(doc).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('from 0: keeps the data written before the version existed', () => {
    const doc = new Y.Doc();
    const org = new OrgDoc(doc);
    org.addMember('m1', { surname: 'Иванова' });
    org.setPassportField('fullName', 'СОШ 12');
    const before = org.snapshot();
    migrate(doc);
    expect(org.snapshot()).toEqual(before);
  });

  it('from 0: runs in one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    migrate(doc, 'migration');
    expect(origins).toEqual(['migration']);
  });

  it('treats a malformed version (negative, fraction, string) as 0', () => {
    for (const bad of [-1, 0.5, '1', null]) {
      const doc = new Y.Doc();
      doc.getMap(ROOT.meta).set('schemaVersion', bad);
      expect(migrate(doc), String(bad)).toEqual({ kind: 'migrated', from: 0 });
      expect(versionOf(doc)).toBe(SCHEMA_VERSION);
    }
  });

  it('current: reports current and writes nothing', () => {
    const doc = new Y.Doc();
    migrate(doc);
    const transactions = countTransactions(doc);
    expect(migrate(doc)).toEqual({ kind: 'current' });
    expect(transactions()).toBe(0);
  });

  it('too-new: reports the version and leaves the document untouched', () => {
    const doc = new Y.Doc();
    doc.getMap(ROOT.meta).set('schemaVersion', SCHEMA_VERSION + 1);
    const transactions = countTransactions(doc);
    expect(migrate(doc)).toEqual({ kind: 'too-new', version: SCHEMA_VERSION + 1 });
    expect(versionOf(doc)).toBe(SCHEMA_VERSION + 1);
    expect(transactions()).toBe(0);
  });

  it('two replicas migrating the same old document concurrently converge', () => {
    const a = new Y.Doc();
    new OrgDoc(a).addMember('m1', { surname: 'Иванова' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    migrate(a);
    migrate(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(versionOf(a)).toBe(SCHEMA_VERSION);
    expect(new OrgDoc(a).snapshot()).toEqual(new OrgDoc(b).snapshot());
    expect(migrate(a)).toEqual({ kind: 'current' });
  });
});
