// The first-run tours, as data: the member grid, the passport, a committee's summary and
// the statistical forms page. Each step points at a
// stable hook of the screen (data-testid) and says in a sentence what it is for; a step
// whose element is missing (a viewer has no toolbar buttons) is skipped.
import type { MessageKey } from '../../i18n/index.ts';

export type TourId = 'grid' | 'passport' | 'dashboard' | 'forms';

export interface TourStep {
  readonly element: string;
  readonly title: MessageKey;
  readonly text: MessageKey;
}

export const TOURS: Readonly<Record<TourId, readonly TourStep[]>> = {
  grid: [
    { element: '[data-testid=member-grid]', title: 'tour.grid.title', text: 'tour.grid.text' },
    { element: '[data-testid=add-member]', title: 'tour.add.title', text: 'tour.add.text' },
    {
      element: '[data-testid=import-button]',
      title: 'tour.import.title',
      text: 'tour.import.text',
    },
    {
      element: '[data-testid=remove-member]',
      title: 'tour.remove.title',
      text: 'tour.remove.text',
    },
    {
      element: '[data-testid=member-search]',
      title: 'tour.search.title',
      text: 'tour.search.text',
    },
    {
      element: '[data-testid=tab-passport]',
      title: 'tour.passportTab.title',
      text: 'tour.passportTab.text',
    },
    { element: '[data-testid=sync-status]', title: 'tour.sync.title', text: 'tour.sync.text' },
    { element: '[data-testid=help-menu]', title: 'tour.help.title', text: 'tour.help.text' },
  ],
  passport: [
    {
      element: '[data-testid=passport-completeness]',
      title: 'tour.completeness.title',
      text: 'tour.completeness.text',
    },
    {
      element: '[data-testid=tab-addresses]',
      title: 'tour.fields.title',
      text: 'tour.fields.text',
    },
    {
      element: '[data-testid=tab-summary]',
      title: 'tour.summary.title',
      text: 'tour.summary.text',
    },
  ],
  dashboard: [
    {
      element: '[data-testid=dashboard-totals]',
      title: 'tour.dashTotals.title',
      text: 'tour.dashTotals.text',
    },
    {
      element: '[data-testid=dashboard-table]',
      title: 'tour.dashTable.title',
      text: 'tour.dashTable.text',
    },
    {
      element: '[data-testid=forms-link]',
      title: 'tour.dashForms.title',
      text: 'tour.dashForms.text',
    },
    {
      element: '[data-testid=passport-monitor]',
      title: 'tour.dashPassports.title',
      text: 'tour.dashPassports.text',
    },
    {
      element: '[data-testid=dashboard-csv]',
      title: 'tour.dashCsv.title',
      text: 'tour.dashCsv.text',
    },
    { element: '[data-testid=help-menu]', title: 'tour.help.title', text: 'tour.help.text' },
  ],
  forms: [
    {
      element: '[data-testid=campaigns]',
      title: 'tour.formsCampaigns.title',
      text: 'tour.formsCampaigns.text',
    },
    {
      element: '[data-testid=form-lines]',
      title: 'tour.formsLines.title',
      text: 'tour.formsLines.text',
    },
    {
      element: '[data-testid=form-checks]',
      title: 'tour.formsChecks.title',
      text: 'tour.formsChecks.text',
    },
    {
      element: '[data-testid=form-hand-in]',
      title: 'tour.formsHandIn.title',
      text: 'tour.formsHandIn.text',
    },
    {
      element: '[data-testid=form-subordinates]',
      title: 'tour.formsSubordinates.title',
      text: 'tour.formsSubordinates.text',
    },
    {
      element: '[data-testid=form-xlsx]',
      title: 'tour.formsOut.title',
      text: 'tour.formsOut.text',
    },
    { element: '[data-testid=help-menu]', title: 'tour.help.title', text: 'tour.help.text' },
  ],
};

/** The steps whose element is on the page now (`has` answers for a selector). */
export function presentSteps(id: TourId, has: (selector: string) => boolean): TourStep[] {
  return TOURS[id].filter((s) => has(s.element));
}
