// The codec of every passport field. The chair's birth date is judged like a member's
// (a real day, not in the future, an age of 14…110): it feeds the chairs' lines of 5-СП.
import type { PassportField } from '../model/passport.ts';
import { CHAIR_FULL_TIME_CHOICES, GENDER_CHOICES, INSTITUTION_CHOICES } from './choices.ts';
import type { CellCodec } from './codec.ts';
import { choiceCodec, countCodec, dateCodec, emailCodec, phoneCodec, textCodec } from './kinds.ts';

const text = textCodec(500);

export const PASSPORT_CODECS: Readonly<Record<PassportField, CellCodec>> = {
  fullName: text,
  shortName: text,
  institutionType: choiceCodec(INSTITUTION_CHOICES, false),
  address: text,
  phone: phoneCodec,
  email: emailCodec,
  headName: text,
  workersCount: countCodec,
  chairName: text,
  chairPhone: phoneCodec,
  chairEmail: emailCodec,
  deputies: text,
  electedBody: text,
  chairGender: choiceCodec(GENDER_CHOICES, false),
  chairBirthDate: dateCodec({ birth: true }),
  chairFullTime: choiceCodec(CHAIR_FULL_TIME_CHOICES, false),
  electedBodySize: countCodec,
};
