// Export → import round-trips: any valid member list written as CSV (either delimiter,
// UTF-8 with BOM) and imported into an empty register gives the same members.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { OrgDoc } from '../doc/org-doc.ts';
import { emptyMember } from '../model/member.ts';
import type { MemberRecord } from '../model/member.ts';
import { validateMember } from '../validation/member.ts';
import { analyzeTable } from './analyze.ts';
import { applyImportPlan } from './apply.ts';
import { parseCsv, serializeCsv } from './csv.ts';
import { decodeImportText } from './decode.ts';
import { exportCsvTable } from './export.ts';
import { guessMapping } from './mapping.ts';
import { planImport } from './plan.ts';
import { utf8Bytes } from './platform-text.test-helper.ts';

const TODAY = '2025-06-15';
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const date = (from: number, to: number) =>
  fc
    .record({
      y: fc.integer({ min: from, max: to }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const opt = (a: fc.Arbitrary<string>) => fc.oneof(fc.constant(''), a);

const member = fc.record({
  surname: pick(['Иванова', 'Ёлкин', "Д'Артаньян", 'Петров-Водкин', 'Smith']),
  name: pick(['Анна', 'Пётр', 'Анна-Мария', 'John']),
  patronymic: opt(pick(['Сергеевна', 'Оглы'])),
  birthDate: opt(date(1930, 2005)),
  gender: opt(pick(['female', 'male'])),
  position: opt(pick(['Учитель; химия', 'Повар "А"', 'Зав.\nкафедрой'])),
  category: pick(['working', 'student', 'pensioner']),
  phone: opt(pick(['+7 (4722) 33-44-55', '89201234567'])),
  email: opt(pick(['a@b.ru', 'имя@почта.рф'])),
  joinedDate: opt(date(1990, 2024)),
  cardNumber: opt(pick(['0012345', 'AB-1'])),
  status: pick(['active', 'left']),
  consentDate: opt(date(2000, 2024)),
  consentForm: opt(pick(['written', 'electronic'])),
  notes: opt(pick(['a, b; c', 'многострочная\r\nзаметка', ' "x" '])),
});

describe('export → import round trip', () => {
  it('re-imports every exported valid member unchanged', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 25 }), pick([',', ';'] as const), (list, delim) => {
        const members: MemberRecord[] = list.map((m, i) => ({ ...emptyMember(`x${i}`), ...m }));
        for (const m of members) expect(validateMember(m, { today: TODAY })).toEqual({});
        const text = serializeCsv(exportCsvTable(members), delim);
        const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8Bytes(text)]);
        const table = parseCsv(decodeImportText(bytes).text);
        const analysis = analyzeTable(table, guessMapping(table[0]!), [], TODAY);
        let n = 0;
        const plan = planImport(analysis.rows, { newId: () => `x${n++}`, defaultDecision: 'add' });
        const doc = new OrgDoc(new Y.Doc());
        applyImportPlan(doc, plan);
        // Import trims cells; rows naming the same person twice are reported as repeats.
        const strip = ({ id: _id, ...m }: MemberRecord) => ({ ...m, notes: m.notes.trim() });
        for (const r of plan.report.filter((x) => x.outcome === 'added')) {
          expect(strip(doc.member(r.memberId!)!)).toEqual(strip(members[r.row - 2]!));
        }
        expect(doc.memberCount).toBe(plan.counts.added);
        expect(
          plan.report.every((r) => r.outcome === 'added' || r.reason === 'repeat-in-file'),
        ).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
