// AG Grid's stylesheets (its structural CSS, the Quartz theme, our scrollbar fix), linked at
// run time by the grids that need them. Imported as CSS, they were render-blocking on every
// page: SvelteKit hangs the CSS of a root layout's dynamic imports on the layout, and the
// layout starts the grid's code early on a list's or table's page — so the dashboard, the
// forms and the landing waited for 285 KB of grid CSS they never use. As URLs they are plain
// assets; this module imports no AG Grid code, so a page can start the styles before it.
import agGridCss from 'ag-grid-community/styles/ag-grid.css?url';
import quartzCss from 'ag-grid-community/styles/ag-theme-quartz.css?url';
import scrollbarCss from './grid-scrollbar.css?url';

let loading: Promise<void> | null = null;

function linked(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    // A stylesheet that fails to load leaves the grid unstyled, not absent.
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

/** Resolves once the grid's stylesheets apply; the first call links them, in cascade order. */
export function gridStyles(): Promise<void> {
  loading ??= Promise.all([agGridCss, quartzCss, scrollbarCss].map(linked)).then(() => {});
  return loading;
}
