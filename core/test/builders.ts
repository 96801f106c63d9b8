// Seeded data builders for core tests: plain snapshots without a Y.Doc, so report tests
// state exactly the members they count.
import { emptyMember } from '../src/model/member.ts';
import type { MemberRecord } from '../src/model/member.ts';
import { emptyPassport } from '../src/model/passport.ts';
import type { PassportRecord } from '../src/model/passport.ts';
import type { OrgSnapshot } from '../src/doc/org-doc.ts';
import { SCHEMA_VERSION } from '../src/doc/schema.ts';

let seq = 0;

/** An active working member with a valid name; override any field. */
export function aMember(
  fields: Partial<Omit<MemberRecord, 'id'>> & { id?: string } = {},
): MemberRecord {
  const id = fields.id ?? `m${++seq}`;
  return {
    ...emptyMember(id),
    surname: 'Иванова',
    name: 'Анна',
    category: 'working',
    status: 'active',
    ...fields,
    id,
  };
}

export function aSnapshot(
  members: readonly MemberRecord[],
  passport: Partial<PassportRecord> = {},
): OrgSnapshot {
  return {
    schemaVersion: SCHEMA_VERSION,
    passport: { ...emptyPassport(), ...passport },
    members,
    events: [],
  };
}
