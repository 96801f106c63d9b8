// Pasted text → stored value: labels in either locale or codes for choices, dates like a cell edit.
import { describe, expect, it } from 'vitest';
import { pasteValue } from './cell-text.ts';

describe('pasteValue', () => {
  it('accepts Russian and English labels and codes of choice fields, any case, ё = е', () => {
    expect(pasteValue('category', 'работающий')).toBe('working');
    expect(pasteValue('category', 'Неработающий пенсионер')).toBe('pensioner');
    expect(pasteValue('gender', 'ЖЕНСКИЙ')).toBe('female');
    expect(pasteValue('gender', 'male')).toBe('male');
    expect(pasteValue('status', 'состоит на учете')).toBe('active');
    expect(pasteValue('consentForm', 'electronic')).toBe('electronic');
  });
  it('keeps an unknown choice as typed, to be flagged', () => {
    expect(pasteValue('gender', 'другой')).toBe('другой');
  });
  it('normalizes ДД.ММ.ГГГГ dates to ISO and keeps invalid dates as typed', () => {
    expect(pasteValue('birthDate', '05.03.1990')).toBe('1990-03-05');
    expect(pasteValue('joinedDate', '31.02.2020')).not.toBe('');
    expect(pasteValue('surname', ' Иванова ')).toBe('Иванова');
    expect(pasteValue('gender', 'жен.')).toBe('female');
    expect(pasteValue('category', 'пенс.')).toBe('pensioner');
    expect(pasteValue('birthDate', '23226')).toBe('1963-08-03');
  });
});
