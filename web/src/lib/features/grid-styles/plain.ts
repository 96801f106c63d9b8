// AG Grid's stylesheets as URLs, linked at run time; no AG Grid code. A feature of its own so
// that the root layout can start them on a grid's page without members' plain entry, which
// also names the grid's modules: the shell's chunk (web/shell-chunk.ts) takes every module its
// own modules import, and with members' entry it took AG Grid's loader.
export { gridStyles } from './grid-styles.ts';
