import { describe, expect, it } from 'vitest';
import { TABLE_TITLE_MAX, parseCreateTableRequest, parseSaveTemplateRequest } from './requests.ts';

describe('table request bodies', () => {
  it('a create body: trimmed title, a missing template id reads as empty (the route refuses it)', () => {
    expect(
      parseCreateTableRequest({
        orgId: 'belgorod-city',
        title: ' Приёмка ',
        templateId: 'acceptance',
      }),
    ).toEqual({
      ok: true,
      value: { orgId: 'belgorod-city', title: 'Приёмка', templateId: 'acceptance' },
    });
    expect(parseCreateTableRequest({ orgId: 'x', title: 'T' })).toMatchObject({
      ok: true,
      value: { templateId: '' },
    });
  });

  it('refuses a body that is not an object, lacks the organization or has a bad title', () => {
    for (const body of [undefined, null, [], 'x', { title: 'T', templateId: 'empty' }]) {
      expect(parseCreateTableRequest(body)).toEqual({
        ok: false,
        message: 'expected { orgId, title, templateId }',
      });
    }
    for (const title of ['', '   ', 7, 'я'.repeat(TABLE_TITLE_MAX + 1)]) {
      expect(parseCreateTableRequest({ orgId: 'x', title, templateId: 'empty' })).toEqual({
        ok: false,
        message: `title must be 1..${TABLE_TITLE_MAX} characters`,
      });
    }
  });

  it('a save-as-template body: its title or the reason', () => {
    expect(parseSaveTemplateRequest({ title: ' Мой шаблон ' })).toEqual({
      ok: true,
      value: { title: 'Мой шаблон' },
    });
    expect(parseSaveTemplateRequest({})).toMatchObject({ ok: false });
    expect(parseSaveTemplateRequest(undefined)).toMatchObject({ ok: false });
  });
});
