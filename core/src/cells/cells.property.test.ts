// One meaning per cell: for every valid value of every cell kind, what typing stores, what
// a paste stores and what an import of an exported CSV stores are the same value — and for
// any text at all, what typing accepts a paste reads the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEMBER_FIELDS } from '../model/member.ts';
import type { MemberField } from '../model/member.ts';
import { PASSPORT_FIELDS } from '../model/passport.ts';
import { CUSTOM_COLUMN_TYPES, customKey } from '../model/custom-column.ts';
import type { CustomColumn } from '../model/custom-column.ts';
import { LOCALES } from '../i18n/text.ts';
import { analyzeTable } from '../import/analyze.ts';
import { parseCsv, serializeCsv } from '../import/csv.ts';
import { guessMapping } from '../import/mapping.ts';
import { planPaste } from '../clipboard/paste.ts';
import type { CellCodec } from './codec.ts';
import { customCodec } from './custom.ts';
import { FIELD_HEADERS } from './headers.ts';
import { MEMBER_CODECS } from './member.ts';
import { PASSPORT_CODECS } from './passport.ts';

const TODAY = '2026-12-04';
const RUNS = { numRuns: 300 };

const letters = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯabcXYZ';
const word = fc
  .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 })
  .map((a) => a.join(''));
const isoDate = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2026, 11, 4)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const digits = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max })
    .map((a) => a.join(''));
const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.trim());
const formulaLike = fc
  .tuple(fc.constantFrom('=', '+', '-', '@', "'=", "''+"), text)
  .map(([a, b]) => a + b);

/** Values a codec of this kind stores (valid or not: round trips hold for all of them). */
function valuesOf(codec: CellCodec): fc.Arbitrary<string> {
  switch (codec.kind) {
    case 'name':
      return fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    case 'date':
      return isoDate;
    case 'choice':
    case 'yesno':
      return fc.constantFrom(...codec.choices.map((c) => c.code));
    case 'multichoice':
      return fc
        .subarray(
          codec.choices.map((c) => c.code),
          { minLength: 1 },
        )
        .map((a) => a.join('; '));
    case 'number':
      return fc
        .tuple(fc.constantFrom('', '-'), digits(1, 9), fc.constantFrom('', ',5', ',25'))
        .map(([s, d, f]) => s + d + f);
    case 'count':
      return digits(1, 6);
    case 'phone':
      return digits(10, 10).map((d) => `+7 ${d}`);
    case 'email':
      return fc.tuple(word, word).map(([a, b]) => `${a}@${b}.ru`);
    case 'card':
      return fc.tuple(digits(2, 2), digits(1, 10)).map(([a, b]) => `${a}-${b}`);
    case 'text':
      return fc.oneof(text, formulaLike);
  }
}

const CLUB: CustomColumn = {
  id: 'k1',
  name: 'Кружок',
  type: 'choice',
  choices: ['Шахматы', 'Ёлочка', 'Лыжи и бег'],
  order: 0,
};

const customColumns: CustomColumn[] = CUSTOM_COLUMN_TYPES.map((type, i) => ({
  id: `k${i}`,
  name: `Столбец ${i}`,
  type,
  choices: type === 'choice' || type === 'multichoice' ? CLUB.choices : [],
  order: i,
}));

const codecs: [string, CellCodec][] = [
  ...MEMBER_FIELDS.map((f): [string, CellCodec] => [`member ${f}`, MEMBER_CODECS[f]]),
  ...PASSPORT_FIELDS.map((f): [string, CellCodec] => [`passport ${f}`, PASSPORT_CODECS[f]]),
  ...customColumns.map((c): [string, CellCodec] => [`custom ${c.type}`, customCodec(c)]),
];

describe('typing ≡ paste: the text a cell writes reads back to the same value', () => {
  it.each(codecs)('%s', (_, codec) => {
    fc.assert(
      fc.property(valuesOf(codec), fc.constantFrom(...LOCALES), (value, locale) => {
        const shown = codec.text(value, locale);
        expect(codec.parse(shown, 'strict')).toBe(value);
        expect(codec.parse(shown, 'lenient')).toBe(value);
        // What the grid shows also reads back (a copy of the display, e.g. «☑ Да», «15 272»).
        expect(codec.parse(codec.display(value, locale), 'lenient')).toBe(value);
      }),
      RUNS,
    );
  });
});

describe('any text: where typing gives a valid value, a paste gives the same one', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(
      'ж',
      'Ж',
      'жен.',
      'пенс.',
      'нераб. пенс.',
      '31.02.1985',
      '3.8.1963',
      '1963-08-03',
      '45000',
      ' да ',
      '15 272',
    ),
  );
  it.each(codecs)('%s', (_, codec) => {
    fc.assert(
      fc.property(anyText, (input) => {
        const typed = codec.parse(input, 'strict');
        if (typed !== '' && codec.validate(typed, { today: TODAY }).ok) {
          expect(codec.parse(input, 'lenient')).toBe(typed);
        }
      }),
      RUNS,
    );
  });
});

describe('paste ≡ import: a member pasted into the grid and the same member imported from our CSV export', () => {
  const member = fc.record(
    Object.fromEntries(MEMBER_FIELDS.map((f) => [f, valuesOf(MEMBER_CODECS[f])])) as Record<
      MemberField,
      fc.Arbitrary<string>
    >,
  );
  it('store the same values, formulas included', () => {
    fc.assert(
      fc.property(member, fc.constantFrom<';' | ','>(';', ','), (m, delimiter) => {
        const header = MEMBER_FIELDS.map((f) => FIELD_HEADERS[f][0]!);
        const cells = MEMBER_FIELDS.map((f) => MEMBER_CODECS[f].text(m[f], 'ru'));
        const csv = serializeCsv([header, cells], delimiter);
        const table = parseCsv(csv, delimiter);
        const analysis = analyzeTable(table, guessMapping(table[0]!), [], TODAY);
        const imported = analysis.rows[0]!.fields;

        const pasted = planPaste([cells], {
          row: 0,
          col: 0,
          rowIdAt: () => undefined,
          columns: MEMBER_FIELDS,
          parse: (field, t) => MEMBER_CODECS[field as MemberField].parse(t, 'lenient'),
          newId: () => 'n1',
        }).added[0]!.fields;
        for (const f of MEMBER_FIELDS) {
          expect(imported[f] ?? '', f).toBe(m[f]);
          expect(pasted[f] ?? '', f).toBe(m[f]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('custom columns too', () => {
    const key = customKey(CLUB.id);
    fc.assert(
      fc.property(valuesOf(customCodec(CLUB)), (value) => {
        const csv = serializeCsv([
          ['Фамилия', 'Имя', CLUB.name],
          ['Иванова', 'Анна', value],
        ]);
        const table = parseCsv(csv);
        const analysis = analyzeTable(table, guessMapping(table[0]!, [CLUB]), [], TODAY, [CLUB]);
        expect(analysis.rows[0]!.fields[key]).toBe(value);
      }),
      RUNS,
    );
  });
});
