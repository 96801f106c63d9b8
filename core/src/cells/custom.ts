// The codec of a custom column, by its type. Choices are the column's own texts (stored
// as written in the definition); multiple choices are stored joined by '; '. Paste and
// import also split a «,» list when every piece names a choice.
import { joinMulti, splitMulti } from '../model/custom-column.ts';
import type { CustomColumn } from '../model/custom-column.ts';
import { YES_NO_CHOICES, matchChoice } from './choices.ts';
import type { Choice } from './choices.ts';
import type { CellCodec, ParseMode } from './codec.ts';
import { choiceCodec, dateCodec, numberCodec, textCodec } from './kinds.ts';
import { VALID, invalid } from './result.ts';

export const CUSTOM_TEXT_MAX = 2000;

const customText = textCodec(CUSTOM_TEXT_MAX);
const customDate = dateCodec({ future: true });
const yesNo = choiceCodec(YES_NO_CHOICES, false, 'yesno');

function asChoices(texts: readonly string[]): Choice[] {
  return texts.map((t) => ({ code: t, label: { ru: t, en: t }, words: [] }));
}

function multiCodec(column: CustomColumn): CellCodec {
  const choices = asChoices(column.choices);
  const one = (part: string, mode: ParseMode) => matchChoice(choices, part, mode === 'lenient');
  return {
    kind: 'multichoice',
    required: false,
    choices,
    parse: (text, mode) => {
      const out: string[] = [];
      for (const part of splitMulti(text.replace(/\u00a0/g, ' '))) {
        const whole = one(part, mode);
        if (whole !== null) {
          out.push(whole);
          continue;
        }
        const pieces = part
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        const matched = pieces.map((p) => one(p, mode));
        if (mode === 'lenient' && pieces.length > 1 && matched.every((m) => m !== null)) {
          out.push(...(matched as string[]));
        } else out.push(part);
      }
      return joinMulti([...new Set(out)]);
    },
    display: (value) => value,
    text: (value) => value,
    validate: (value) => {
      if (value === '') return VALID;
      const unknown = splitMulti(value).filter((v) => !column.choices.includes(v));
      return unknown.length === 0
        ? VALID
        : invalid(
            'choice',
            `Нет в списке: ${unknown.join(', ')}`,
            `Not in the list: ${unknown.join(', ')}`,
          );
    },
  };
}

const CACHE = new WeakMap<CustomColumn, CellCodec>();

export function customCodec(column: CustomColumn): CellCodec {
  let codec = CACHE.get(column);
  if (codec) return codec;
  switch (column.type) {
    case 'text':
      codec = customText;
      break;
    case 'number':
      codec = numberCodec;
      break;
    case 'date':
      codec = customDate;
      break;
    case 'yesno':
      codec = yesNo;
      break;
    case 'choice':
      codec = choiceCodec(asChoices(column.choices), false);
      break;
    case 'multichoice':
      codec = multiCodec(column);
      break;
  }
  CACHE.set(column, codec);
  return codec;
}
