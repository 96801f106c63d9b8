// The floor page's rows and columns: the member list's 15 fields (ours' headers and widths)
// and its 7 hidden record columns; rows like the grid bench's 10,000 members. And a
// committee table's rows (the table shape's columns are in table-shape.ts).
export const FIELDS = [
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'gender',
  'position',
  'category',
  'phone',
  'email',
  'joinedDate',
  'cardNumber',
  'status',
  'consentDate',
  'consentForm',
  'notes',
] as const;
export type FloorField = (typeof FIELDS)[number];
export type FloorRow = { readonly id: string } & Readonly<Record<FloorField, string>>;

export const HIDDEN = [
  'enrolledOn',
  'applicationNumber',
  'applicationDate',
  'enrolBasis',
  'leftOn',
  'leftReason',
  'leftBasis',
] as const;

export const HEADERS: Record<FloorField, string> = {
  surname: 'Фамилия',
  name: 'Имя',
  patronymic: 'Отчество',
  birthDate: 'Дата рождения',
  gender: 'Пол',
  position: 'Должность',
  category: 'Категория',
  phone: 'Телефон',
  email: 'E-mail',
  joinedDate: 'Дата вступления',
  cardNumber: '№ билета',
  status: 'Статус',
  consentDate: 'Согласие на обработку ПДн',
  consentForm: 'Форма согласия',
  notes: 'Примечания',
};

export const WIDTHS: Partial<Record<FloorField, number>> = {
  surname: 150,
  name: 120,
  patronymic: 150,
  birthDate: 140,
  gender: 100,
  position: 170,
  category: 190,
  phone: 150,
  email: 190,
  joinedDate: 150,
  cardNumber: 110,
  status: 160,
  notes: 220,
  consentDate: 190,
  consentForm: 150,
};

const SURNAMES = ['Иванова', 'Петрова', 'Смирнова', 'Кузнецова', 'Попова', 'Соколов', 'Лебедев'];
const NAMES = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Сергей', 'Андрей'];

export function floorRows(count = 10_000): FloorRow[] {
  const rows: FloorRow[] = [];
  for (let i = 0; i < count; i++) {
    rows.push({
      id: `bench-${i}`,
      surname: SURNAMES[i % SURNAMES.length]!,
      name: NAMES[i % NAMES.length]!,
      patronymic: '',
      birthDate: `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
      gender: i % 7 < 5 ? 'female' : 'male',
      position: 'учитель',
      category: 'working',
      phone: `+7 900 ${String(i).padStart(7, '0')}`,
      email: '',
      joinedDate: '',
      cardNumber: '',
      status: 'active',
      consentDate: '',
      consentForm: '',
      notes: '',
    });
  }
  return rows;
}

export type TableFloorRow = { readonly id: string } & Readonly<Record<string, string>>;

/** Rows of the committee-tables bench. */
export const TABLE_ROWS = 3000;
const KINDS = ['школы', 'дошкольные учреждения', 'дополнительное образование'];
const RESULTS = ['принято', 'принято с отличием', 'не принято'];

/** The bench's rows (bench/committee-table.ts growTable), keyed as the table's cells. */
export function tableFloorRows(count = TABLE_ROWS): TableFloorRow[] {
  const rows: TableFloorRow[] = [];
  for (let i = 0; i < count; i++) {
    rows.push({
      id: `bench-${i}`,
      'c:org': `Учреждение № ${i}`,
      'c:kind': KINDS[i % KINDS.length]!,
      'c:subordination': 'управление образования',
      'c:result': RESULTS[i % RESULTS.length]!,
      'c:video': i % 5 === 0 ? 'замечания' : 'соответствует',
      'c:video-fix': i % 5 === 0 ? '2020-09-01' : '',
      'c:fire': 'соответствует',
      'c:corner': 'соответствует',
    });
  }
  return rows;
}
