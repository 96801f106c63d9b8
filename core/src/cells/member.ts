// The codec of every built-in member field.
import type { MemberField } from '../model/member.ts';
import { CATEGORY_CHOICES, CONSENT_CHOICES, GENDER_CHOICES, STATUS_CHOICES } from './choices.ts';
import type { CellCodec } from './codec.ts';
import {
  cardCodec,
  choiceCodec,
  dateCodec,
  emailCodec,
  nameCodec,
  phoneCodec,
  textCodec,
} from './kinds.ts';

export const MEMBER_CODECS: Readonly<Record<MemberField, CellCodec>> = {
  surname: nameCodec(true),
  name: nameCodec(true),
  patronymic: nameCodec(false),
  birthDate: dateCodec({ birth: true }),
  gender: choiceCodec(GENDER_CHOICES, false),
  position: textCodec(200),
  category: choiceCodec(CATEGORY_CHOICES, true),
  phone: phoneCodec,
  email: emailCodec,
  joinedDate: dateCodec(),
  cardNumber: cardCodec,
  status: choiceCodec(STATUS_CHOICES, true),
  consentDate: dateCodec(),
  consentForm: choiceCodec(CONSENT_CHOICES, false),
  notes: textCodec(2000),
};
