// The English text of the help pages on the committee's own work (help-pages-committee.ts).
import type { HelpText } from './help-text.ts';

export const TABLES_EN: HelpText = {
  title: 'Committee tables',
  summary:
    'The committee’s live tables instead of files by e-mail: acceptance of institutions, inspections, decisions with deadlines.',
  screenshot: 'The committee table «Acceptance of institutions»: rows, summary and search',
  sections: [
    {
      heading: 'Create a table',
      steps: [
        'On the dashboard or an organization’s page, open «Tables» and press «Create a table».',
        'Type a title and choose a template (for example, acceptance of institutions for the school year) or start with an empty table.',
        'The table opens at once. The members of your committee and the committees above it see it.',
      ],
    },
    {
      heading: 'Work in the table',
      text: [
        'The table works like the member list: selection, copy and paste from Excel, undo, a cell’s history, search. Several people can edit it at once, offline too — the changes come together.',
        'To name an organization in a row, select the cell and press «Choose an organization»: the search covers your part of the tree.',
        'Below the table is the «Summary»: counts by a column with a choice list, by groups, and the rows past their deadline.',
        'In the «File» menu: «Load a file» adds and updates rows from an XLSX or CSV file, «Download CSV» and «Download XLSX» export the table, «Printable result» prepares an A4 sheet, «Save as a template» makes it the basis of the next tables.',
      ],
    },
  ],
};

export const REQUESTS_EN: HelpText = {
  title: 'Data requests to subordinate organizations',
  summary:
    'The committee asks all its subordinate organizations questions, the chairs answer in the app, and the answers are gathered into a table.',
  screenshot:
    'A new request: a question from the registry, a yes / no question, the deadline and the recipients',
  sections: [
    {
      heading: 'For committees: send a request',
      steps: [
        'Open «Requests» and press «New request».',
        'Type the title and the «Answer by» date (DD.MM.YYYY). Add questions: a number, text, yes / no, a choice from a list or a date. A number question can be «Fill from the registry»: the number of members, women, young people under 35, employees or the coverage is filled in by itself.',
        'Choose the recipients: all directly subordinate organizations, all primary organizations or those you pick. Press «Send».',
      ],
    },
    {
      heading: 'For committees: gather the answers',
      text: [
        'A sent request shows «N of M answered» and the state of each organization: no answer, being filled in, answered, overdue. Answers appear as soon as the chair marks them ready.',
        '«Remind» (or «Remind all who have not answered») gives the chairs a reminder task. The answers can be downloaded as CSV and XLSX.',
      ],
    },
    {
      heading: 'For chairs: answer',
      steps: [
        'The task «answer the committee’s request», with its deadline, is shown on signing in; it opens the answer form.',
        'Answers «from the registry» are already counted from your list. Fill in the rest; offline, the answers are kept on the computer and sent later.',
        'Press «Mark as answered». To correct an answer, press «Change the answer».',
      ],
    },
  ],
};
