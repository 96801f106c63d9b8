// The screen a message was sent from, in words: «/org/school-004» reads «Список членов:
// Школа № 4» in the inbox (the address itself stays the link's target).
import type { MessageKey } from '../../i18n/index.ts';

const SCREEN: Record<string, MessageKey> = {
  org: 'feedback.screen.org',
  dashboard: 'dashboard.title',
  report: 'report.link',
  forms: 'forms.title',
  requests: 'requests.title',
  tables: 'tables.title',
  table: 'feedback.screen.table',
  cards: 'cardStats.title',
  card: 'feedback.screen.card',
  duplicates: 'duplicates.title',
  chairs: 'chairs.title',
  practice: 'practice.title',
  help: 'help.title',
  feedback: 'feedback.page',
};

/** Screens whose second segment is an organization's id. */
const ORG_SCREENS = new Set([
  'org',
  'dashboard',
  'report',
  'forms',
  'requests',
  'tables',
  'cards',
  'duplicates',
]);

export interface ScreenParts {
  /** The screen's name, or null when the address is not one of ours. */
  key: MessageKey | null;
  /** The organization the screen is about, if its address names one. */
  orgId: string | null;
}

export function screenParts(path: string): ScreenParts {
  const [first = '', second] = path.split('/').filter(Boolean);
  const key = SCREEN[first] ?? null;
  const orgId = key && ORG_SCREENS.has(first) && second ? second : null;
  return { key, orgId };
}
