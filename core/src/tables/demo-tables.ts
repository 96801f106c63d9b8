// The demo's committee tables: the city's 2020 acceptance table from the customer's seed
// file (sync-server/demo-data/belgorod-institutions-2020.json) and the resolutions of
// the minutes of 21 September 2020 with their deadlines and responsible persons.
import { orgLinkKey } from './columns.ts';
import type { TableRow } from './table-doc.ts';

const KIND: Record<string, string> = {
  school: 'школы',
  preschool: 'дошкольные учреждения',
  additional: 'дополнительное образование',
  culture: 'учреждения культуры',
  regional: 'областное и прочее подчинение',
};

const RESULT: Record<string, string> = {
  accepted: 'принято',
  accepted_with_distinction: 'принято с отличием',
  not_accepted: 'не принято',
};

function subordinationOf(text: string, name: string): string {
  if (/^Ч(Д?ОУ|ОУ)\b/.test(name)) return 'частное';
  if (/образования/i.test(text)) return 'управление образования';
  if (/культуры/i.test(text)) return 'управление культуры';
  return 'областное';
}

/** The acceptance table's rows from the seed file; null when a row is malformed. */
export function acceptanceDemoRows(json: unknown): TableRow[] | null {
  const list = (json as { institutions?: unknown } | null)?.institutions;
  if (!Array.isArray(list)) return null;
  const rows: TableRow[] = [];
  for (const item of list as unknown[]) {
    const r = item as Record<string, unknown>;
    const { id, name, category, subordination, acceptance, reason } = r;
    if (typeof id !== 'string' || typeof name !== 'string') return null;
    if (typeof category !== 'string' || !KIND[category]) return null;
    if (typeof acceptance !== 'string' || !RESULT[acceptance]) return null;
    rows.push({
      id,
      values: {
        org: name,
        [orgLinkKey('org').slice(2)]: id,
        kind: KIND[category],
        subordination: subordinationOf(
          typeof subordination === 'string' ? subordination : '',
          name,
        ),
        result: RESULT[acceptance],
        reason: typeof reason === 'string' ? reason : '',
      },
    });
  }
  return rows;
}

const MEETING = 'Протокол № 2 от 21.09.2020';
const FILONENKO = 'Филоненко И.В.';
const LOMONOSOVA = 'Ломоносова О.И.';
const CHAIRS = 'Председатели ППО';

/** [question, item, text, responsible, deadline (ISO or '')] of the minutes' resolutions. */
const RESOLUTIONS: readonly (readonly [number, number, string, string, string])[] = [
  [
    1,
    1,
    'Развивать внутрисоюзную работу и организационно укреплять Профсоюз за счёт автоматизации профсоюзной работы',
    LOMONOSOVA,
    '',
  ],
  [1, 2, 'Формировать новую информационную среду', LOMONOSOVA, ''],
  [
    1,
    3,
    'Создавать условия для высокоэффективных рабочих мест председателей организаций Профсоюза',
    LOMONOSOVA,
    '',
  ],
  [
    2,
    1,
    'Одобрить концепцию перехода на единый электронный профсоюзный билет, электронный реестр и автоматизированный сбор отчётов',
    FILONENKO,
    '',
  ],
  [2, 2, 'Заполнить электронные паспорта ППО и учётные карточки членов Профсоюза', CHAIRS, ''],
  [
    2,
    3,
    'Направить в городскую организацию предложения по интерфейсу программы «Цифровой Профсоюз»',
    CHAIRS,
    '',
  ],
  [2, 4, 'Своевременно снимать и ставить членов Профсоюза на электронный учёт', CHAIRS, ''],
  [
    2,
    5,
    'Организовать обучение председателей ППО работе в программе «Цифровой Профсоюз»',
    FILONENKO,
    '2021-01-31',
  ],
  [
    2,
    6,
    'Провести мониторинг заполнения электронных паспортов ППО города Белгорода',
    FILONENKO,
    '2020-11-20',
  ],
  [
    2,
    7,
    'Оказывать методическую и информационную помощь ответственным за заполнение реестра',
    FILONENKO,
    '',
  ],
  [
    2,
    8,
    'Разъяснить ППО формирование статистических отчётов по формам 3, 4, 5-СП',
    FILONENKO,
    '2021-01-31',
  ],
  [
    3,
    1,
    'Обратить особое внимание на предупреждение и устранение нарушений, выявленных проверками',
    CHAIRS,
    '',
  ],
];

export function resolutionsDemoRows(): TableRow[] {
  return RESOLUTIONS.map(([question, item, text, responsible, deadline]) => ({
    id: `q${question}-${item}`,
    values: {
      meeting: `${MEETING}, вопрос ${question}`,
      item: String(item),
      text,
      responsible,
      deadline,
      state: 'на контроле',
    },
  }));
}
