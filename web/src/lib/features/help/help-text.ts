// A help page's words in one language: everything of a page but its slug and audience.
import type { HelpPage } from './help-page.ts';

export type HelpText = Pick<HelpPage, 'title' | 'summary' | 'sections' | 'screenshot'>;
