// The English text of the help pages about people across the union (help-pages-people.ts).
import type { HelpText } from './help-text.ts';

export const TRANSFER_EN: HelpText = {
  title: 'Transfer a member to another organization',
  summary: 'A person moves to another school or kindergarten: a transfer with nothing typed twice.',
  screenshot: 'The «Transfer to another organization» window: «School No. 5» found',
  sections: [
    {
      heading: 'Send a transfer',
      steps: [
        'Select the person’s row in the list and press «Transfer».',
        'Start typing the name of the organization the person moves to, for example «School No. 5», and choose it from those found.',
        'Press «Send for acceptance». The person stays on your register until the chair of that organization accepts the transfer: in the reports they are neither lost nor counted twice.',
      ],
    },
    {
      heading: 'Accept a transfer',
      steps: [
        'The chair of the receiving organization sees an «incoming transfers» task on signing in.',
        'The «Transfers» button above the list opens incoming and outgoing transfers. Press «Accept»: the person appears in your list with a record of registration («transfer from: …»), and the former organization removes them from its register with the reason «transfer to: …». Chairs do not see each other’s lists.',
        'If a transfer is a mistake, press «Decline». The sender can «Withdraw» a transfer until it is decided.',
      ],
    },
    {
      heading: 'The committee’s control',
      text: [
        'Transfers that wait for a decision longer than two weeks are marked «waiting too long» and shown to both chairs and their common committee among the tasks.',
      ],
    },
  ],
};

export const PEOPLE_EN: HelpText = {
  title: 'One person, one record; activists and the chairs card index',
  summary:
    'Who is registered in two organizations, who is elected to union posts and when their terms end.',
  sections: [
    {
      heading: 'Also registered in another organization',
      text: [
        'The app notices by itself when the same person (full name and date of birth, or card number) is registered in two organizations. The chair and the committee see a task with the number of such people.',
        'On the page «Also registered in another organization», press «Different persons» for each match if they merely share a name, or «Transfer there» if the person really has moved. The other organization’s personal data is not shown.',
      ],
    },
    {
      heading: 'The organization’s activists',
      steps: [
        'On the organization’s page, open the «Activists» tab.',
        'Press «Record a post»: the post, a member of this organization (or the full name and organization if they are registered elsewhere), the start and end of the term, and the basis — the minutes.',
        'When a term ends early, press «End» and give the date. Ended posts are shown when «show ended» is ticked.',
      ],
    },
    {
      heading: 'The chairs card index and the election calendar',
      text: [
        '«Chairs card index» in the user menu lists the chairs of primary and territorial organizations in your part of the tree, with their terms, a search and filters.',
        'The election calendar shows whose terms end in the next 6 months; ended ones are marked «term over».',
      ],
    },
  ],
};

export const CARDS_EN: HelpText = {
  title: 'The electronic membership card',
  summary:
    'Issue cards to members, reissue a lost one and check a card at a partner’s — even offline.',
  sections: [
    {
      heading: 'Issue cards',
      steps: [
        'In the member list, press «Issue cards»: everyone on the register without a card gets a number. The app gives the numbers; there is nothing to type.',
        '«Print cards» prepares a sheet of cards with QR codes; «Card link» gives a personal link to send to the person: it opens their card on a phone without signing in.',
        'A card is lost: select the row and press «Reissue» — a new number is given and the old one stops working. A card is revoked by itself when the person is removed from the register.',
      ],
    },
    {
      heading: 'Check a card (for partners)',
      steps: [
        'Open the page «Membership card check» and sign in as a partner («Partner sign-in»).',
        'Press «Scan QR code» and point the camera at the card, or type the card number.',
        'The app shows «Valid until …» or «Invalid» with the reason. The member’s personal data is not shown — only the initials.',
        'A QR code is checked offline too: the keys and the list of revoked cards are kept on the device each time the page is opened online. A number without a QR code is checked online only.',
      ],
    },
    {
      heading: 'For committees',
      text: [
        'The «Cards» link on the dashboard shows how many members of each subordinate organization have a card, and how many checks partners made each month.',
      ],
    },
  ],
};
