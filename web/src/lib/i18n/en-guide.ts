// English strings of a chair's first evening (same keys as ru-guide.ts).
import type { ruGuide } from './ru-guide.ts';

export const enGuide: Record<keyof typeof ruGuide, string> = {
  'links.title': 'Organization sections',
  'links.summary': 'Summary',
  'links.report': 'Report 5-SP',
  'links.forms': 'Report forms',
  'tasks.button': 'Tasks',
  'tasks.title': 'To do',
  'tasks.close': 'Close',
  'tasks.gotIt': 'Got it',
  'tasks.none': 'Nothing to do right now.',
  'tasks.passport': 'Fill in the passport: {org} ({percent} % done)',
  'tasks.other': 'A task for {org}',
  'tasks.due': 'due {date}',
  'tasks.overdue': 'overdue since {date}',
  'help.title': 'Help',
  'help.search': 'Search help',
  'help.none': 'Nothing found. Try another word.',
  'help.forChairs': 'For chairs of primary organizations',
  'help.forCommittees': 'For committees',
  'help.all': '← All help',
  'help.missing': 'There is no such help page.',
  'help.menu': 'Help',
  'help.here': 'Help on this screen',
  'help.index': 'All help',
};
