// Components take the grids' stylesheets here; plain .ts modules through ./plain.ts.
export { gridStyles } from './grid-styles.ts';
