// Random edits of an organization document for property tests: fast-check arbitraries
// and the function that plays one edit on a replica of the converger. Values include
// empty, invalid and boundary strings, because the document keeps whatever users type.
import fc from 'fast-check';
import { LEAVE_REASONS } from '../src/model/event.ts';
import { MEMBER_FIELDS } from '../src/model/member.ts';
import type { MemberField } from '../src/model/member.ts';
import { PASSPORT_FIELDS } from '../src/model/passport.ts';
import type { PassportField } from '../src/model/passport.ts';
import type { MemberFields } from '../src/doc/org-doc.ts';
import { CUSTOM_COLUMN_TYPES, customKey } from '../src/model/custom-column.ts';
import type { CustomColumnDraft } from '../src/model/custom-column.ts';
import { deliver } from './converger.ts';
import type { Replica } from './converger.ts';

export type OrgOp =
  | {
      readonly kind: 'add';
      readonly at: number;
      readonly id: string;
      readonly fields: MemberFields;
      readonly joined: boolean;
    }
  | {
      readonly kind: 'set';
      readonly at: number;
      readonly pick: number;
      readonly field: MemberField;
      readonly value: string;
    }
  | { readonly kind: 'delete'; readonly at: number; readonly pick: number }
  | {
      readonly kind: 'remove';
      readonly at: number;
      readonly pick: number;
      readonly reason: string;
      readonly date: string;
    }
  | {
      readonly kind: 'passport';
      readonly at: number;
      readonly field: PassportField;
      readonly value: string;
    }
  | {
      readonly kind: 'column-add';
      readonly at: number;
      readonly id: string;
      readonly draft: CustomColumnDraft;
    }
  | {
      readonly kind: 'column-update';
      readonly at: number;
      readonly id: string;
      readonly name: string;
      readonly choices: readonly string[];
    }
  | { readonly kind: 'column-delete'; readonly at: number; readonly id: string }
  | {
      readonly kind: 'custom-set';
      readonly at: number;
      readonly pick: number;
      readonly column: string;
      readonly value: string;
    }
  /** Partial sync while editing: some of `from`'s updates, possibly skipping earlier ones. */
  | {
      readonly kind: 'sync';
      readonly from: number;
      readonly to: number;
      readonly skip: number;
      readonly take: number;
    };

/** A small id pool, so replicas add the same id concurrently and re-add deleted ones. */
export const MEMBER_IDS = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'] as const;

export const isoDateArb = fc
  .date({
    min: new Date('1930-01-01T00:00:00Z'),
    max: new Date('2025-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** Any value a user might leave in a cell: valid, empty, blank, invalid, random. */
export const cellValueArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'working',
      'student',
      'pensioner',
      'Working',
      'female',
      'male',
      'Ж',
      'active',
      'left',
      'Active',
      'Иванова',
      'Петров-Водкин',
      ' Иванова2 ',
      '1990-06-15',
      '1989-06-15',
      '1989-06-16',
      '2000-02-29',
      '31.02.2020',
      '2020-02-30',
      ' ',
      '0',
      '154',
      'много',
      '+7 920 111-22-33',
      'a@b.ru',
    ),
  },
  { weight: 3, arbitrary: isoDateArb },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
);

const replicaIndexArb = fc.nat({ max: 4 });

/** A small pool of custom column ids, so replicas add, edit and delete the same ones. */
export const COLUMN_IDS = ['k0', 'k1', 'k2'] as const;
const choicesArb = fc.array(fc.constantFrom('да', 'нет', 'иногда', 'Лыжи', 'Футбол'), {
  maxLength: 3,
});

/** Custom column values: choices, yes/no codes, several choices, and the usual cells. */
const customValueArb: fc.Arbitrary<string> = fc.oneof(
  cellValueArb,
  fc.constantFrom('yes', 'no', 'Лыжи; Футбол', '12,5', 'иногда'),
);

export const memberFieldsArb: fc.Arbitrary<MemberFields> = fc.dictionary(
  fc.constantFrom(...MEMBER_FIELDS),
  cellValueArb,
  { maxKeys: 5 },
) as fc.Arbitrary<MemberFields>;

export const orgOpArb: fc.Arbitrary<OrgOp> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      at: replicaIndexArb,
      id: fc.constantFrom(...MEMBER_IDS),
      fields: memberFieldsArb,
      joined: fc.boolean(),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      at: replicaIndexArb,
      pick: fc.nat(),
      field: fc.constantFrom(...MEMBER_FIELDS),
      value: cellValueArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: replicaIndexArb,
      pick: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('remove' as const),
      at: replicaIndexArb,
      pick: fc.nat(),
      reason: fc.constantFrom(...LEAVE_REASONS),
      date: isoDateArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('passport' as const),
      at: replicaIndexArb,
      field: fc.constantFrom(...PASSPORT_FIELDS),
      value: cellValueArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('column-add' as const),
      at: replicaIndexArb,
      id: fc.constantFrom(...COLUMN_IDS),
      draft: fc.record({
        name: fc.constantFrom('Спорт', 'Стаж', 'Дети', 'Хобби'),
        type: fc.constantFrom(...CUSTOM_COLUMN_TYPES),
        choices: choicesArb,
      }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('column-update' as const),
      at: replicaIndexArb,
      id: fc.constantFrom(...COLUMN_IDS),
      name: fc.constantFrom('Спорт', 'Секция', 'Кружок'),
      choices: choicesArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('column-delete' as const),
      at: replicaIndexArb,
      id: fc.constantFrom(...COLUMN_IDS),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('custom-set' as const),
      at: replicaIndexArb,
      pick: fc.nat(),
      column: fc.constantFrom(...COLUMN_IDS),
      value: customValueArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      from: replicaIndexArb,
      to: replicaIndexArb,
      skip: fc.nat({ max: 4 }),
      take: fc.nat({ max: 6 }),
    }),
  },
);

/** Plays one op on the replicas (replica indexes wrap around). Event ids are per replica. */
export function applyOrgOp(replicas: readonly Replica[], op: OrgOp, step: number): void {
  const n = replicas.length;
  if (op.kind === 'sync') {
    const from = replicas[op.from % n]!;
    const to = replicas[op.to % n]!;
    if (from === to) return;
    for (const update of from.updates.slice(op.skip, op.skip + op.take)) deliver(to, update);
    return;
  }
  const replica = replicas[op.at % n]!;
  const doc = replica.doc;
  const eventId = `e${replica.index + 1}-${step}`;
  const recordedAt = `2025-01-01T00:00:${String(step % 60).padStart(2, '0')}.000Z`;
  const picked = (pick: number): string | undefined => {
    const ids = doc.memberIds().sort();
    return ids.length === 0 ? undefined : ids[pick % ids.length];
  };
  switch (op.kind) {
    case 'add':
      doc.addMember(
        op.id,
        op.fields,
        op.joined
          ? { id: eventId, date: '2020-09-01', author: `chair${replica.index + 1}`, recordedAt }
          : undefined,
      );
      return;
    case 'set': {
      const id = picked(op.pick);
      if (id !== undefined) doc.setMemberField(id, op.field, op.value);
      return;
    }
    case 'delete': {
      const id = picked(op.pick);
      if (id !== undefined) doc.deleteMember(id);
      return;
    }
    case 'remove': {
      const id = picked(op.pick);
      if (id !== undefined) {
        doc.removeFromRegister(id, {
          id: eventId,
          date: op.date,
          reason: op.reason,
          author: `chair${replica.index + 1}`,
          recordedAt,
        });
      }
      return;
    }
    case 'passport':
      doc.setPassportField(op.field, op.value);
      return;
    case 'column-add':
      doc.columns.add(op.id, op.draft);
      return;
    case 'column-update':
      doc.columns.update(op.id, { name: op.name, choices: op.choices });
      return;
    case 'column-delete':
      doc.columns.delete(op.id);
      return;
    case 'custom-set': {
      const id = picked(op.pick);
      if (id !== undefined) doc.setMemberField(id, customKey(op.column), op.value);
      return;
    }
  }
}
