import { describe, expect, it } from 'vitest';
import { auditCsvUrl, auditJsonUrl, defaultPeriod, formatAuditTime } from './audit-query.ts';

describe('audit query', () => {
  it('carries only org id and dates', () => {
    const q = { orgId: 'belgorod-city', from: '2024-01-01', to: '2024-01-31' };
    expect(auditCsvUrl(q)).toBe('/api/audit.csv?orgId=belgorod-city&from=2024-01-01&to=2024-01-31');
    expect(auditJsonUrl({ ...q, from: '' })).toBe('/api/audit?orgId=belgorod-city&to=2024-01-31&limit=500');
  });
  it('formats times as ДД.ММ.ГГГГ and defaults to 30 days', () => {
    expect(formatAuditTime(new Date(2024, 2, 5, 9, 7, 3).toISOString())).toBe('05.03.2024 09:07:03');
    expect(defaultPeriod(new Date(2024, 2, 31))).toEqual({ from: '2024-03-01', to: '2024-03-31' });
  });
});
