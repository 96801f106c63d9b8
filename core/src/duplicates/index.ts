export { PERSON_KEY_FIELDS, foldNamePart, personKeys } from './person-keys.ts';
export type { PersonKey, PersonKeyKind } from './person-keys.ts';
export { parseDuplicateList, parseDuplicateSummary } from './wire.ts';
export type { DuplicateItem, DuplicateList, DuplicateSummary } from './wire.ts';
export { parseMarkDifferentRequest } from './different-request.ts';
export type { MarkDifferentRequest } from './different-request.ts';
