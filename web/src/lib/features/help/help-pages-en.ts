// The help pages in English, by slug: the same pages, sections and steps as the Russian
// ones (help-pages.ts), which a test checks. Control names are quoted as the English
// interface shows them.
import type { HelpText } from './help-text.ts';
import { REQUESTS_EN, TABLES_EN } from './help-pages-en-committee.ts';
import { CARDS_EN, PEOPLE_EN, TRANSFER_EN } from './help-pages-en-people.ts';

export const HELP_EN: Readonly<Record<string, HelpText>> = {
  start: {
    title: 'First sign-in',
    summary: 'Where you land after signing in and where to find your tasks.',
    screenshot: 'A school’s member list right after its chair signs in',
    sections: [
      {
        heading: 'Where you land',
        text: [
          'The chair of one primary organization goes straight to its member list.',
          'A committee (city, district, regional) goes to its organization’s dashboard.',
          'If you have several organizations, their list opens with a search: start typing a name or number.',
        ],
      },
      {
        heading: 'What to do',
        text: [
          'If tasks are waiting for you — fill in the passport by the committee’s deadline, hand in the statistical report, answer the committee’s request, accept a member’s transfer — they are shown with their deadlines above the page on signing in and are always one click away under «Tasks» in the top bar. Overdue ones are marked red.',
        ],
      },
      {
        heading: 'The organization’s sections',
        text: [
          'Above the table are the links «Dashboard», «Report 5-SP», «Report forms», «Tables» and «Requests» of your organization. The «?» button in the top bar opens the help for the screen you are on.',
        ],
      },
      {
        heading: 'Offline',
        text: [
          'The app works without a connection: changes are kept on the computer and sent when the connection is back. The indicator in the top bar shows «Online» or «Offline» and the number of changes not yet sent.',
        ],
      },
    ],
  },
  members: {
    title: 'Enter the member list',
    summary: 'How to add people and edit their data right in the table, as in Excel.',
    screenshot: 'The member table with its toolbar',
    sections: [
      {
        heading: 'Add a person',
        steps: [
          'Press «+ Add member»: an empty row appears in the table.',
          'Click a cell and start typing; Enter saves, Esc cancels.',
          'Type dates as DD.MM.YYYY, for example 05.09.1985.',
        ],
      },
      {
        heading: 'Edit as in Excel',
        text: [
          'Select cells with the mouse or Shift+arrows. Ctrl+C copies, Ctrl+V pastes (a block from Excel too), Delete clears, Ctrl+Z undoes, Ctrl+Y redoes.',
          'Wrong values (a wrong date, for example) are highlighted in red; hover over one to see why.',
        ],
      },
      {
        heading: 'Find a person',
        text: [
          'The «Search all columns» box searches surnames, positions and phone numbers. Under the column headers are filters.',
        ],
      },
      {
        heading: 'Who else is in the organization',
        text: [
          'If a trusted person edits the list at the same time, you see their name above the table and their cell highlighted in colour. The changes of both are kept.',
        ],
      },
    ],
  },
  import: {
    title: 'Load a list from Excel',
    summary: 'How to bring in a ready list from an Excel or CSV file.',
    screenshot: 'The import window: the file’s columns matched to the registry’s fields',
    sections: [
      {
        heading: 'Steps',
        steps: [
          'In the member list, press «Import…» and choose a file (.xlsx or .csv).',
          'Check which column of the file goes to which field; correct it if the app guessed wrong.',
          'Look at the duplicates found: a person already in the list is updated, not added a second time.',
          'Press «Import». After loading you can download a report: which rows were added, updated or skipped, and why.',
        ],
      },
      {
        heading: 'If something goes wrong',
        text: [
          'A load is done in full or not at all: if you cancelled it, nothing in the list has changed. Rows with errors go to the report; the others are loaded.',
          'You can practise in the practice organization — it does not affect the real registry.',
        ],
      },
    ],
  },
  remove: {
    title: 'Remove from the register or delete a record',
    summary: 'How removing a member from the register differs from deleting a mistaken record.',
    screenshot: 'The «Remove from register» window: date and reason',
    sections: [
      {
        heading: 'Remove from the register',
        steps: [
          'Select the person’s row in the table.',
          'Press «Remove from register», give the date (DD.MM.YYYY) and the reason: leaving the union, dismissal, moving to another organization, death and others.',
          'Press «Remove». The person stays in the table with a mark and is counted in the reports as having left in this period.',
        ],
      },
      {
        heading: 'Delete a record',
        text: [
          '«Delete record» is only for typing mistakes (a duplicate, a stray row). A deleted record does not count in the reports as having left. If the person really has left, use «Remove from register».',
        ],
      },
    ],
  },
  transfer: TRANSFER_EN,
  passport: {
    title: 'Fill in the organization’s passport',
    summary:
      'Addresses, phones, facts about the organization and its chair — by the committee’s deadline.',
    screenshot: 'The «Passport» tab with its completeness bar',
    sections: [
      {
        heading: 'Steps',
        steps: [
          'Open the «Passport» tab above the table.',
          'Fill in the fields on the tabs «Addresses, phones» and «Organization». A value is saved when you move to the next field.',
          'The bar at the top shows how many required fields are filled in; below it is the list of what is missing.',
        ],
      },
      {
        heading: 'Deadline',
        text: [
          'The committee above sets the deadline. It is shown under «Tasks»; after it, a passport not filled in is shown to the committee as overdue.',
          'The «Member summary» tab is counted from the member list by itself: there is nothing to fill in.',
        ],
      },
    ],
  },
  report: {
    title: 'Hand in a report',
    summary:
      'The statistical report 5-SP is built from the list by itself; forms are handed in to the committee.',
    screenshot: 'Report 5-SP: the report’s lines and the period',
    sections: [
      {
        heading: 'Report 5-SP',
        steps: [
          'Open «Report 5-SP» above the table or on the dashboard.',
          'Check the period (from the start of the year unless changed) and press «Show».',
          'Each line is counted from the member list: employees, students, non-working pensioners, young people under 35, women, members admitted and members who left in the period. If a figure looks wrong, correct the data in the list and the report is counted again.',
          'The report can be printed or saved to Excel.',
        ],
      },
      {
        heading: 'How each line is counted',
        text: [
          'Organizations: the number of organizations of each level in the chosen part of the tree (primary ones are the institutions where a member list is kept).',
          'Total members: people on the register on the last day of the period (admitted on that date or earlier and not removed before it).',
          'Employees, students, non-working pensioners: by the list’s «Category» column; a member with no category is in none of these lines.',
          'Women: by the «Gender» column. Young people under 35: the age on the last day of the period, from the date of birth — 35 included.',
          'Employees of the institution and coverage: the number of employees comes from the organization’s passport; coverage is the members among the employees as a percentage, only for organizations where that number is given.',
          'Admitted and left in the period: the records of registration and removal dated within the period; those who left, by the reasons given at removal.',
          'Chairs and the elected body: from the organization’s passport (gender, date of birth, released from work or not, the number of members of the elected body).',
        ],
      },
      {
        heading: 'Report forms',
        text: [
          'The «Report forms» link leads to the forms the committee asks for; you send a filled-in form with «Hand in», and the committee sees it at once.',
        ],
      },
    ],
  },
  forms: {
    title: 'Statistical forms: hand in, accept, consolidate',
    summary:
      'A reporting campaign as of a date: the chair hands in 5-SP, the committee accepts or returns it and hands in its consolidated form upwards.',
    screenshot:
      'A city organization’s consolidated form 4-SP: lines, checks and subordinates’ reports',
    sections: [
      {
        heading: 'For chairs',
        steps: [
          'The task «Hand in the statistical report», with its deadline, is shown on signing in; it opens the form as of the report’s date.',
          'The lines are already counted from the member list as of that date. The «?» button of a line explains how it is counted.',
          'Look through the «Checks»: a warning about members with missing data opens the list of just those members — correct the data or write an explanation.',
          'Fill in the lines marked «by hand» (the registry does not know them) and press «Hand in». A handed-in form is frozen.',
          'If the committee returned the form with a comment, correct it and hand it in again.',
        ],
      },
      {
        heading: 'For committees',
        steps: [
          'On the «Report forms» page, open a campaign: the report’s date and the deadline. The deadline and title can be changed and the campaign closed («Edit»). The report’s date cannot be changed once forms are handed in for it.',
          'The table «Subordinate organizations’ forms» shows each one’s state: not started, draft, handed in, accepted, returned. Accept a form or return it with a comment.',
          'Your consolidated form adds up the accepted forms; a click on a figure shows which organizations it is made of. The «Last year» column comes from the form accepted in last year’s campaign.',
          'The form can be printed on A4 with signatures and exported to Excel.',
        ],
      },
      {
        heading: 'Tour',
        text: [
          'A short tour of this page and of the dashboard starts the first time you come; replay it from the «?» menu — «Show the tour of this screen».',
        ],
      },
    ],
  },
  summary: {
    title: 'The committee’s dashboard and passport control',
    summary:
      'Live figures for all subordinate organizations, and who has not filled in the passport.',
    screenshot: 'A city committee’s dashboard: totals and the table of subordinate organizations',
    sections: [
      {
        heading: 'Dashboard',
        text: [
          'The dashboard shows the totals of all subordinate organizations and a table of the organizations; the figures change as soon as the chairs make changes. A click on a column header sorts; a click on a name opens the organization.',
          'Offline, the last known figures are shown with their time.',
        ],
      },
      {
        heading: 'Passports',
        steps: [
          'In the «Organization passports» block, set the deadline for filling them in.',
          'Tick «Incomplete only» to see whom to remind.',
          'The list can be exported to Excel.',
        ],
      },
      {
        heading: 'Feedback',
        text: [
          'Suggestions and bug reports from chairs arrive under «Feedback» in the «?» menu. It also shows how many chairs have already signed in and filled in the passport — for planning training.',
        ],
      },
    ],
  },
  tables: TABLES_EN,
  requests: REQUESTS_EN,
  people: PEOPLE_EN,
  cards: CARDS_EN,
  practice: {
    title: 'Practice organization',
    summary: 'Your own copy of demonstration data, to try everything without risk.',
    sections: [
      {
        heading: 'What for',
        text: [
          'In the practice organization you can try loading from Excel, pasting, removing from the register and the report. Only you see it; it is in no committee’s reports or dashboard and is kept only on this computer.',
          'Open it from the «?» menu → «Practice organization». The «Start over» button brings the practice data back to the start.',
        ],
      },
    ],
  },
  feedback: {
    title: 'Suggestion or bug',
    summary: 'How to tell the committee about an inconvenience or a mistake and get an answer.',
    sections: [
      {
        heading: 'Send',
        steps: [
          'In the «?» menu, choose «Suggestion or bug».',
          'Describe what is inconvenient or what went wrong. If you allow it, the screen address and the app version are attached — no member data.',
          'Your committee and the administrators receive the message.',
        ],
      },
      {
        heading: 'Answer',
        text: [
          'There too, under «Feedback», you see your messages, their state (new, in progress, taken into account, declined) and the committee’s answer.',
        ],
      },
    ],
  },
};
