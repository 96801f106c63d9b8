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
  'tour.progress': '{current} of {total}',
  'tour.next': 'Next →',
  'tour.prev': '← Back',
  'tour.done': 'Done',
  'tour.skip': 'Skip the tour',
  'tour.replay': 'Show the tour of this screen',
  'tour.grid.title': 'The member list',
  'tour.grid.text':
    'This is your register. Work as in Excel: click a cell and type, Enter saves. Copying and pasting blocks from Excel works too.',
  'tour.add.title': 'Add a person',
  'tour.add.text': 'Adds an empty row at the top — fill in surname, name, date of birth.',
  'tour.import.title': 'Load from Excel',
  'tour.import.text':
    'A ready list in .xlsx or .csv loads as a whole: you see which column goes where, and duplicates, before loading.',
  'tour.remove.title': 'Remove from the register',
  'tour.remove.text':
    'Pick a row and give the date and reason. The person stays in the history and counts as left in the report.',
  'tour.search.title': 'Search',
  'tour.search.text': 'Searches all columns at once: surname, position, phone.',
  'tour.passportTab.title': 'The organization’s passport',
  'tour.passportTab.text':
    'Addresses, phones and details — the committee expects them by a deadline.',
  'tour.sync.title': 'Connection',
  'tour.sync.text':
    'You can work offline: changes are kept on this computer and sent by themselves. Here you see how many are not sent yet.',
  'tour.help.title': 'Help',
  'tour.help.text': 'Help on every screen, a replay of this tour and «Suggestion or bug» are here.',
  'tour.completeness.title': 'Passport completeness',
  'tour.completeness.text':
    'The bar shows how many required fields are filled, and what is missing.',
  'tour.fields.title': 'Passport fields',
  'tour.fields.text':
    'Fill in the fields on the tabs; a value is saved when you move to the next field. Required ones have a star.',
  'tour.summary.title': 'Member summary',
  'tour.summary.text': 'Counted from the member list by itself — nothing to fill in.',
};
