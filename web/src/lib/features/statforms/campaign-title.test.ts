import { describe, expect, it } from 'vitest';
import { campaignTitle, defaultCampaignTitle, editedCampaignTitle } from './campaign-title.ts';

describe('campaignTitle', () => {
  // The title the server gives a campaign opened without one (statform-service's defaultTitle).
  const stored = 'Статистический отчёт на 01.12.2026';

  it('is the default title the server stores', () => {
    expect(defaultCampaignTitle('2026-12-01')).toBe(stored);
  });

  it('builds the default title in the reader’s language', () => {
    const c = { title: stored, asOf: '2026-12-01' };
    expect(campaignTitle('ru', c)).toBe(stored);
    expect(campaignTitle('en', c)).toBe('Statistical report as of 01.12.2026');
  });

  it('keeps a title the committee typed, and a default one of another date', () => {
    expect(campaignTitle('en', { title: 'Отчёт за 2026 год', asOf: '2026-12-01' })).toBe(
      'Отчёт за 2026 год',
    );
    expect(campaignTitle('en', { title: stored, asOf: '2027-01-01' })).toBe(stored);
  });
});

describe('editedCampaignTitle', () => {
  const stored = { title: 'Статистический отчёт на 01.12.2026', asOf: '2026-12-01' };

  it('sends no title while the box holds the default as shown, in either language', () => {
    expect(editedCampaignTitle('en', stored, 'Statistical report as of 01.12.2026')).toBe('');
    expect(editedCampaignTitle('ru', stored, 'Статистический отчёт на 01.12.2026 ')).toBe('');
  });

  it('sends a typed title as typed', () => {
    expect(editedCampaignTitle('en', stored, 'Year-end report')).toBe('Year-end report');
    const typed = { title: 'Отчёт за год', asOf: '2026-12-01' };
    expect(editedCampaignTitle('en', typed, 'Отчёт за год')).toBe('Отчёт за год');
  });
});
