// How one line of a form is counted, in words, for the «?» beside it on the form page:
// where the figure comes from (the line's `how` in FORM_LINES), on a consolidated form
// that it is the sum of the subordinates' accepted forms, which lines it must equal or
// not exceed, and whether the line is our reading of the union's blank. Built from the
// line table, so a reworded line explains itself.
import type { Text } from '../i18n/text.ts';
import { isConsolidated } from './form-kinds.ts';
import type { FormKind } from './form-kinds.ts';
import type { FormLineDef } from './form-lines.ts';

const lines = (codes: readonly string[], ru: boolean) =>
  codes.map((c) => (ru ? `стр. ${c}` : `line ${c}`)).join(ru ? ' + ' : ' + ');

/** Sentences explaining the line on a form of `kind` (Russian and English). */
export function lineExplanation(def: FormLineDef, kind: FormKind): Text {
  const consolidated = isConsolidated(kind);
  const out = { ru: [] as string[], en: [] as string[] };
  const say = (ru: string, en: string) => {
    out.ru.push(ru);
    out.en.push(en);
  };
  if (def.source === 'manual') {
    say(
      `Вводится вручную: реестр этого не знает (${def.how.ru}).`,
      `Entered by hand: the register does not know it (${def.how.en}).`,
    );
  } else if (def.source === 'derived') {
    say(`Вычисляется: ${def.how.ru}.`, `Computed: ${def.how.en}.`);
  } else {
    say(`Считается по реестру: ${def.how.ru}.`, `Counted from the register: ${def.how.en}.`);
  }
  if (consolidated && def.source !== 'derived') {
    say(
      'В сводной форме — сумма принятых отчётов прямых подчинённых организаций и собственных данных; щелчок по числу покажет, из каких организаций оно сложилось.',
      "On a consolidated form: the sum of the direct subordinates' accepted forms and the organization's own data; click the figure to see the organizations behind it.",
    );
  }
  if (def.sumOf) {
    say(
      `Должна равняться сумме: ${lines(def.sumOf, true)}.`,
      `Must equal the sum: ${lines(def.sumOf, false)}.`,
    );
  }
  if (def.notAbove) {
    say(`Не может быть больше стр. ${def.notAbove}.`, `Cannot exceed line ${def.notAbove}.`);
  }
  if (def.reading) {
    say(
      'Формулировка строки — наше прочтение бланка Профсоюза; может быть уточнена.',
      "The line's wording is our reading of the union's blank; it may be refined.",
    );
  }
  return { ru: out.ru.join(' '), en: out.en.join(' ') };
}
