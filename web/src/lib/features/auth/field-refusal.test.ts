// A refused body's field becomes a sentence at that field, in the user's language, only
// when the form shows the field; anything else stays with the form's general message.
import { describe, expect, it } from 'vitest';
import { parseApiError } from '../api/index.ts';
import { fieldRefusal } from './error-text.ts';

const refused = (field: string) =>
  parseApiError(400, { error: { code: 'bad-request', message: `${field} is bad`, field } });

describe('fieldRefusal', () => {
  it('explains a shown field in Russian, without the server’s English', () => {
    expect(fieldRefusal('ru', refused('code'), ['code', 'name'])).toEqual({
      field: 'code',
      text: 'Код: обязателен, не длиннее 64 знаков',
    });
    expect(fieldRefusal('en', refused('code'), ['code'])?.text).toBe(
      'Code: required, at most 64 characters',
    );
  });
  it('has a general sentence for a shown field without its own', () => {
    expect(fieldRefusal('ru', refused('institutionType'), ['institutionType'])).toEqual({
      field: 'institutionType',
      text: 'Сервер не принял это значение: проверьте поле',
    });
  });
  it('is null for a field the form does not show, and for other failures', () => {
    expect(fieldRefusal('ru', refused('parentId'), ['code', 'name'])).toBeNull();
    expect(fieldRefusal('ru', parseApiError(409, { error: { code: 'conflict' } }), ['code'])).toBe(
      null,
    );
    expect(fieldRefusal('ru', { kind: 'network' }, ['code'])).toBeNull();
  });
});
