// Answers the registry already knows: an organization's (subtree's) rollup figures —
// members, women, youth up to 35, workers, coverage % — as answer text for the questions
// that ask for them. The same figures as the dashboard, so a request never asks a chair
// to count what the registry counted. A figure the registry lacks (coverage without a
// workers count) pre-fills nothing.
import { summaryFigures } from '../reports/rollup-math.ts';
import type { OrgSummary } from '../reports/org-summary.ts';
import type { PrefillSource, Question } from './questions.ts';

export function registryFigure(summary: OrgSummary, source: PrefillSource): number | null {
  switch (source) {
    case 'members':
      return summary.membersTotal;
    case 'women':
      return summary.women;
    case 'youth':
      return summary.youth;
    case 'workers':
      return summary.workersKnownOrgs > 0 ? summary.workers : null;
    case 'coverage':
      return summaryFigures(summary).coveragePercent;
  }
}

/** questionId → the answer text (a number as the number codec stores it: `99.35`). */
export function prefillAnswers(
  questions: readonly Question[],
  summary: OrgSummary | null,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!summary) return out;
  for (const q of questions) {
    if (!q.prefill || q.type !== 'number') continue;
    const figure = registryFigure(summary, q.prefill);
    if (figure !== null) out[q.id] = String(figure);
  }
  return out;
}
