// The floor page's rows and columns: the member list's 15 fields (ours' headers and widths)
// and its 7 hidden record columns; rows like the grid bench's 10,000 members.
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
