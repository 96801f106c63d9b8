// The shape of a built-in help page: text is data, so it is searched and tested.
export type HelpAudience = 'chair' | 'committee';

export interface HelpSection {
  readonly heading: string;
  /** Paragraphs, or numbered steps when `steps` is set. */
  readonly text?: readonly string[];
  readonly steps?: readonly string[];
}

export interface HelpPage {
  readonly slug: string;
  readonly title: string;
  readonly audience: readonly HelpAudience[];
  /** One sentence: what the page helps to do. */
  readonly summary: string;
  readonly sections: readonly HelpSection[];
  /** Alt text of /help/<slug>.png; absent: no screenshot. */
  readonly screenshot?: string;
}
