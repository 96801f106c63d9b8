// An imported cell → the string a custom column stores, by the column's type: yes/no from
// «да/нет/yes/no/1/0» (and +/−, true/false), a choice by its label (case, ё/е and
// punctuation ignored), multiple choices separated by «;» or «,», dates from ДД.ММ.ГГГГ,
// ISO (with or without time) or an Excel serial, numbers as written (comma decimal kept).
// Anything not recognized is kept as given (trimmed): validation flags it, nothing is lost.
import { joinMulti, splitMulti } from '../model/custom-column.ts';
import type { CustomColumn } from '../model/custom-column.ts';
import { foldText } from './labels.ts';
import { normalizeImportDate } from './normalize.ts';

const YES = new Set(['да', 'д', 'yes', 'y', '1', 'true', 'истина', '+', '☑ да']);
const NO = new Set(['нет', 'н', 'no', 'n', '0', 'false', 'ложь', '-', '−', '☐ нет']);

function yesNo(text: string): string {
  const key = text.toLowerCase().replace(/^[☑☐]\s*/u, '');
  if (YES.has(key)) return 'yes';
  if (NO.has(key)) return 'no';
  return text;
}

// Folded choice → choice, per choices list (a column's list is one array for a whole import).
const INDEX = new WeakMap<readonly string[], Map<string, string>>();

function choiceOf(choices: readonly string[], text: string): string | null {
  let index = INDEX.get(choices);
  if (!index) {
    index = new Map();
    for (const c of choices) if (!index.has(foldText(c))) index.set(foldText(c), c);
    INDEX.set(choices, index);
  }
  return index.get(foldText(text)) ?? null;
}

/** «;» separates always; a «;»-part that names no choice is tried as a «,» list. */
function multi(choices: readonly string[], text: string): string {
  const out: string[] = [];
  for (const part of splitMulti(text)) {
    const whole = choiceOf(choices, part);
    if (whole !== null) {
      out.push(whole);
      continue;
    }
    const pieces = part
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const matched = pieces.map((p) => choiceOf(choices, p));
    if (pieces.length > 1 && matched.every((m) => m !== null)) out.push(...(matched as string[]));
    else out.push(part);
  }
  return joinMulti([...new Set(out)]);
}

export function normalizeCustomCell(column: CustomColumn, raw: string): string {
  const text = raw.replace(/\u00a0/g, ' ').trim();
  if (text === '') return '';
  switch (column.type) {
    case 'text':
    case 'number':
      return text;
    case 'date':
      return normalizeImportDate(text);
    case 'yesno':
      return yesNo(text);
    case 'choice':
      return choiceOf(column.choices, text) ?? text;
    case 'multichoice':
      return multi(column.choices, text);
  }
}
