// The two records a chair prints for a member, as HTML documents for a print window, A4
// portrait (@page size A4, margins 20/15 mm): the registration card (учётная карточка
// члена профсоюза) and the application for membership (заявление о вступлении в
// Профсоюз). Both are filled from the member's record in the organization's document;
// what the record lacks stays a blank line to write by hand. The documents are Russian
// whatever the UI locale: they go into the organization's paper files. Every text is
// escaped.
import { formatRuDate } from '@profgrid/core';

export interface RecordRow {
  readonly label: string;
  readonly value: string;
}

export interface RegistrationCardData {
  readonly union: string;
  readonly orgName: string;
  readonly fullName: string;
  /** Label → value rows of the member's data (already worded). */
  readonly rows: readonly RecordRow[];
  /** «дата — событие» lines: enrolment, removals, restorations. */
  readonly movements: readonly string[];
  /** «должность, срок» lines of union posts held in this organization. */
  readonly posts: readonly string[];
  readonly today: string;
}

export interface ApplicationData {
  readonly union: string;
  /** The union's name after «в члены» (genitive). */
  readonly unionGenitive: string;
  readonly orgName: string;
  readonly fullName: string;
  readonly position: string;
  readonly birthDate: string;
  readonly phone: string;
  readonly email: string;
  /** The joining date when the record has one (the application's date), else ''. */
  readonly date: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const blank = (v: string, width = '60mm') =>
  v.trim() ? escapeHtml(v) : `<span class="blank" style="width:${width}"></span>`;

const STYLE = `
  @page { size: A4 portrait; margin: 20mm 15mm 20mm 25mm; }
  * { box-sizing: border-box; }
  html { background: #fff; }
  body { margin: 0; font-family: 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif;
         font-size: 12pt; line-height: 1.4; color: #000; }
  .page { width: 170mm; margin: 0 auto; }
  @media screen { body { background: #e8e8e8; padding: 10mm 0; }
                  .page { background: #fff; padding: 20mm 15mm 20mm 25mm; width: 210mm; min-height: 297mm;
                          box-shadow: 0 0 3mm rgba(0,0,0,.25); } }
  .union { text-align: center; font-size: 11pt; text-transform: uppercase; letter-spacing: .2mm; }
  .org { text-align: center; font-size: 11pt; border-bottom: .3mm solid #000; padding-bottom: 1mm; margin-bottom: 6mm; }
  h1 { text-align: center; font-size: 15pt; margin: 6mm 0 1mm; letter-spacing: .5mm; }
  h2 { font-size: 12pt; margin: 6mm 0 2mm; }
  .sub { text-align: center; margin-bottom: 6mm; }
  table.rows { width: 100%; border-collapse: collapse; }
  table.rows td { border: .2mm solid #000; padding: 1.5mm 2mm; vertical-align: top; }
  table.rows td.l { width: 62mm; font-size: 10.5pt; }
  ul { margin: 0; padding-left: 5mm; } li { margin: .5mm 0; }
  .empty { color: #000; }
  .blank { display: inline-block; border-bottom: .2mm solid #000; height: 4.5mm; vertical-align: bottom; }
  .sign { display: flex; justify-content: space-between; margin-top: 14mm; gap: 10mm; }
  .sign div { flex: 1; } .sign .line { border-bottom: .2mm solid #000; height: 8mm; }
  .sign .cap { font-size: 9pt; text-align: center; }
  .addressee { margin-left: 85mm; margin-bottom: 14mm; }
  .addressee p { margin: 0 0 1mm; }
  .text p { text-indent: 12mm; text-align: justify; margin: 0 0 3mm; }
  .mp { margin-top: 6mm; font-size: 10pt; }
`;

const doc = (title: string, body: string) =>
  `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main class="page">${body}</main></body></html>`;

const list = (items: readonly string[]) =>
  items.length === 0
    ? '<span class="blank" style="width:100%"></span>'
    : `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;

export function registrationCardHtml(d: RegistrationCardData): string {
  const rows = d.rows
    .map(
      (r) => `<tr><td class="l">${escapeHtml(r.label)}</td><td>${blank(r.value, '100%')}</td></tr>`,
    )
    .join('');
  return doc(
    `Учётная карточка — ${d.fullName}`,
    `<div class="union">${escapeHtml(d.union)}</div>
<div class="org">${escapeHtml(d.orgName)}</div>
<h1>УЧЁТНАЯ КАРТОЧКА</h1>
<div class="sub">члена Профсоюза</div>
<table class="rows" data-testid="record-rows">
<tr><td class="l">Фамилия, имя, отчество</td><td><b>${blank(d.fullName, '100%')}</b></td></tr>
${rows}
</table>
<h2>Постановка на учёт и снятие с учёта</h2>
${list(d.movements)}
<h2>Выборные должности в Профсоюзе</h2>
${list(d.posts)}
<div class="sign">
  <div><div class="line"></div><div class="cap">председатель первичной профсоюзной организации</div></div>
  <div><div class="line"></div><div class="cap">подпись, расшифровка</div></div>
</div>
<div class="mp">М. П. &nbsp;&nbsp;&nbsp; Дата заполнения: ${escapeHtml(formatRuDate(d.today))}</div>`,
  );
}

export function applicationHtml(d: ApplicationData): string {
  const date = d.date ? escapeHtml(formatRuDate(d.date)) : '«____» ______________ 20___ г.';
  return doc(
    `Заявление о вступлении — ${d.fullName}`,
    `<div class="addressee">
  <p>В профсоюзный комитет первичной профсоюзной организации</p>
  <p>${escapeHtml(d.orgName)}</p>
  <p>Заявитель: ${blank(d.fullName, '70mm')}</p>
  <p>Должность: ${blank(d.position, '70mm')}</p>
</div>
<h1>ЗАЯВЛЕНИЕ</h1>
<div class="text">
  <p>Прошу принять меня в члены ${escapeHtml(d.unionGenitive)} и поставить на профсоюзный учёт в первичной профсоюзной организации.</p>
  <p>С Уставом Профсоюза ознакомлен(а), признаю его и обязуюсь выполнять, уплачивать членские взносы.</p>
  <p>Прошу ежемесячно удерживать из моей заработной платы членский профсоюзный взнос в размере 1 % и перечислять его на счёт профсоюзной организации.</p>
  <p>Даю согласие на обработку моих персональных данных в целях профсоюзного учёта в соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных».</p>
</div>
<table class="rows">
<tr><td class="l">Дата рождения</td><td>${blank(d.birthDate ? formatRuDate(d.birthDate) : '', '100%')}</td></tr>
<tr><td class="l">Телефон</td><td>${blank(d.phone, '100%')}</td></tr>
<tr><td class="l">Электронная почта</td><td>${blank(d.email, '100%')}</td></tr>
</table>
<div class="sign">
  <div>${date}</div>
  <div><div class="line"></div><div class="cap">подпись</div></div>
</div>`,
  );
}
