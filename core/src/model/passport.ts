// The passport (паспорт) of an organization: the fields of the customer's tabs
// «Адреса, телефоны» and «Организация». Stored as strings like member fields.
// The chair's gender ('female' | 'male'), birth date (ISO) and full-time status
// ('yes' | 'no', освобождённый председатель) and the size of the elected body (профком,
// a whole number) feed the chairs and elected-body lines of form 5-СП. They were added
// without a schema version: old code ignores keys it does not know (doc/schema.ts).

export const PASSPORT_FIELDS = [
  'fullName',
  'shortName',
  'institutionType',
  'address',
  'phone',
  'email',
  'headName',
  'workersCount',
  'chairName',
  'chairPhone',
  'chairEmail',
  'deputies',
  'electedBody',
  'chairGender',
  'chairBirthDate',
  'chairFullTime',
  'electedBodySize',
] as const;

export type PassportField = (typeof PASSPORT_FIELDS)[number];

export type PassportRecord = Readonly<Record<PassportField, string>>;

export function isPassportField(key: string): key is PassportField {
  return (PASSPORT_FIELDS as readonly string[]).includes(key);
}

export function emptyPassport(): PassportRecord {
  const record: Record<string, string> = {};
  for (const field of PASSPORT_FIELDS) record[field] = '';
  return record as PassportRecord;
}
