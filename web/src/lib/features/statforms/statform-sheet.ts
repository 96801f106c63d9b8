// A statistical form as an XLSX sheet laid out as the form (write-excel-file, loaded
// lazily): the form's title, the organization, the date, then one row per line — line
// code, label, reporting year, last year — with numbers as numbers (percentages with one
// decimal), section headings, the organization's address and phones under its name, and the
// signature lines (chair, who prepared it, date and seal) at the end.
import { FORM_LINES, FORM_SECTIONS, FORM_TITLES, formatRuDate, linesOf } from '@profgrid/core';
import type { Locale, Statform } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';

export type SheetCell =
  | { readonly value: string; readonly type: StringConstructor; readonly fontWeight?: 'bold' }
  | { readonly value: number; readonly type: NumberConstructor; readonly format: string }
  | null;

const text = (value: string, bold = false): SheetCell =>
  bold ? { value, type: String, fontWeight: 'bold' } : { value, type: String };

/** The sheet as rows of cells (tested without the library). */
export function statformSheet(form: Statform, locale: Locale): SheetCell[][] {
  const tr = (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
    translate(locale, key, p);
  const values = new Map(form.lines.map((l) => [l.code, l]));
  const num = (v: number | null, percent: boolean): SheetCell =>
    v === null ? null : { value: v, type: Number, format: percent ? '0.0' : '0' };
  const d = form.details;
  const contacts = [
    d?.address && `${tr('forms.address')}: ${d.address}`,
    d?.phone && `${tr('forms.phone')}: ${d.phone}`,
    d?.email && `${tr('forms.email')}: ${d.email}`,
  ].filter((x): x is string => Boolean(x));
  const out: SheetCell[][] = [
    [text(FORM_TITLES[form.kind][locale], true)],
    [text(d?.fullName || form.orgName)],
    ...contacts.map((c) => [text(c)]),
    [
      text(
        tr('forms.asOfText', {
          date: formatRuDate(form.asOf),
          from: formatRuDate(form.period.from),
          to: formatRuDate(form.period.to),
        }),
      ),
    ],
    [text(tr(`forms.state.${form.state}`))],
    [],
    [
      text(tr('forms.colCode'), true),
      text(tr('forms.colLine'), true),
      text(tr('forms.colCurrent'), true),
      text(tr('forms.colPrevious'), true),
    ],
  ];
  const shown = new Set(linesOf(form.kind).map((l) => l.code));
  for (const section of FORM_SECTIONS) {
    const lines = FORM_LINES.filter((l) => l.section === section.key && shown.has(l.code));
    if (lines.length === 0) continue;
    out.push([null, text(section.title[locale], true)]);
    for (const l of lines) {
      const line = values.get(l.code);
      const percent = l.unit === 'percent';
      out.push([
        text(l.code),
        text(`${l.depth === 1 ? '   ' : ''}${l.label[locale]}`),
        num(line?.value ?? null, percent),
        num(line?.previous ?? null, percent),
      ]);
    }
  }
  const filledBy = [d?.handedInByName, d?.phone && `${tr('forms.phoneShort')} ${d.phone}`]
    .filter(Boolean)
    .join(', ');
  out.push(
    [],
    [
      text(
        `${tr('forms.chair')} ____________________ ${tr('forms.signature')} ${d?.chairName ?? ''}`,
      ),
    ],
    [text(`${tr('forms.filledBy')} ____________________ ${tr('forms.signature')} ${filledBy}`)],
    [text(`${tr('forms.date')} ____________        ${tr('forms.stamp')}`)],
  );
  return out;
}

export async function writeStatformXlsx(form: Statform, locale: Locale): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(statformSheet(form, locale), {
    sheet: translate(locale, 'forms.sheet'),
    columns: [{ width: 10 }, { width: 62 }, { width: 14 }, { width: 14 }],
  }).toBlob();
}
