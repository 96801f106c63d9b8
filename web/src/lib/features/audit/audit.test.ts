import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../i18n/format.ts';
import {
  auditActionText,
  auditCsvUrl,
  auditDetailText,
  auditJsonUrl,
  dayInstant,
  defaultPeriod,
  formatAuditTime,
  isValidPeriod,
} from './audit-query.ts';

describe('audit query', () => {
  it('sends whole local days as instants, only org id and times', () => {
    const q = { orgId: 'belgorod-city', from: '01.01.2024', to: '31.01.2024' };
    const from = new Date(2024, 0, 1).toISOString();
    const to = new Date(2024, 1, 1).toISOString();
    const expected = new URLSearchParams({ orgId: 'belgorod-city', from, to }).toString();
    expect(auditCsvUrl(q)).toBe(`/api/audit.csv?${expected}`);
    expect(auditJsonUrl({ ...q, orgId: '', from: '' })).toBe(
      `/api/audit?${new URLSearchParams({ to, limit: '500' }).toString()}`,
    );
  });
  it('rejects impossible dates', () => {
    expect(dayInstant('31.02.2024', 0)).toBeNull();
    expect(isValidPeriod({ orgId: '', from: '32.01.2024', to: '' })).toBe(false);
    expect(isValidPeriod({ orgId: '', from: '', to: '' })).toBe(true);
  });
  it('formats times as ДД.ММ.ГГГГ and defaults to 30 days', () => {
    expect(formatAuditTime(new Date(2024, 2, 5, 9, 7, 3).toISOString())).toBe(
      '05.03.2024 09:07:03',
    );
    expect(defaultPeriod(new Date(2024, 2, 31))).toEqual({ from: '01.03.2024', to: '31.03.2024' });
  });
});

describe('auditDetailText', () => {
  it('names what the detail holds instead of showing keys', () => {
    expect(auditDetailText('ru', 'target=ivanova roles=2')).toBe('пользователь: ivanova, ролей: 2');
    expect(auditDetailText('ru', 'target=ivanova disabled=true')).toBe(
      'пользователь: ivanova, отключён: да',
    );
    expect(auditDetailText('en', 'count=3')).toBe('times: 3');
  });

  it('says the partner, card-check and post-holder details in words', () => {
    expect(auditDetailText('ru', 'target=volna-kassa kind=partner disabled=false')).toBe(
      'пользователь: volna-kassa, вид: партнёр, отключён: нет',
    );
    expect(auditDetailText('ru', 'target=volna-kassa partner')).toBe(
      'пользователь: volna-kassa, партнёр',
    );
    expect(auditDetailText('ru', 'status=revoked')).toBe('результат: отозван');
    expect(auditDetailText('ru', 'read=post-holders')).toBe(
      'прочитано: состояние держателей постов',
    );
    expect(auditDetailText('en', 'status=unknown')).toBe('result: not found');
  });
});

describe('auditActionText', () => {
  it('names a committee table by its title, in both languages', async () => {
    await loadDictionary('en');
    const open = { action: 'table-open', tableTitle: 'Приёмка учреждений' } as const;
    expect(auditActionText('ru', open)).toBe('открыта таблица комитета «Приёмка учреждений»');
    expect(auditActionText('en', open)).toBe('committee table “Приёмка учреждений” opened');
    expect(auditActionText('ru', { ...open, action: 'table-change' })).toBe(
      'изменена таблица комитета «Приёмка учреждений»',
    );
    expect(auditActionText('en', { ...open, action: 'table-change' })).toBe(
      'committee table “Приёмка учреждений” changed',
    );
  });

  it('says a table whose title is gone, and an organization’s list, without ids', () => {
    expect(auditActionText('ru', { action: 'table-open', tableTitle: null })).toBe(
      'открыта таблица комитета',
    );
    expect(auditActionText('ru', { action: 'doc-open' })).toBe('открыт список членов');
    expect(auditDetailText('ru', 'table=belgorod-acceptance-2020 count=3')).toBe('раз: 3');
  });

  it('says a chair’s answer to a committee’s request as such, without the request’s id', async () => {
    await loadDictionary('en');
    expect(auditActionText('ru', { action: 'answer-open' })).toBe(
      'открыт ответ на запрос комитета',
    );
    expect(auditActionText('en', { action: 'answer-change' })).toBe(
      'answer to a committee’s request changed',
    );
    expect(auditDetailText('ru', 'request=r-123 count=2')).toBe('раз: 2');
  });
});
