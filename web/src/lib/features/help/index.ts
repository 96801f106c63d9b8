// Built-in help: task-oriented pages in Russian and English, search, the «?» menu of each screen.
export { HELP_PAGES, helpPage, helpPagesIn } from './help-pages.ts';
export type { HelpPage, HelpAudience, HelpSection } from './help-pages.ts';
export { searchHelp } from './help-search.ts';
export { helpTopicFor } from './help-topic.ts';
export { helpScreen } from './help-screen.svelte.ts';
export { default as HelpIndex } from './help-index.svelte';
export { default as HelpArticle } from './help-article.svelte';
export { default as HelpMenu } from './help-menu.svelte';
