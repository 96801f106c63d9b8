// Widths and header height that let a committee table's column titles be read whole:
// a title wraps to at most HEADER_LINES lines (AG Grid wrapHeaderText) and no word of it is
// cut, and a choice column is wide enough for its longest choice. The header's height is
// fixed to the most lines any title needs, so AG Grid measures nothing (autoHeaderHeight
// would measure every header on the way to the first rows). Text widths come from the
// page's own font (canvas measureText), so the fit holds on a school PC's fonts too.

export type TextKind = 'header' | 'cell';
/** The rendered width of a text in px, in the header's or the cells' font. */
export type Measure = (text: string, kind: TextKind) => number;

export const HEADER_LINES = 3;
/** The header title's font and line height (table-grid-view.svelte sets the same). */
export const HEADER_FONT = { size: 12, weight: 600, lineHeight: 15 } as const;
const CELL_FONT_SIZE = 13;
/** The single-line header height of the grid theme (and of the filter row). */
export const HEADER_ROW_HEIGHT = 34;
/** Header padding (10 + 10) and room for a sort or filter icon beside the title. */
const HEADER_CHROME = 42;
/** Cell padding and borders. */
const CELL_CHROME = 22;
const STEP = 10;
const MAX_WIDTH = 320;
/** A choice column grows to its longest choice only up to this width. */
const MAX_CHOICE_WIDTH = 240;

export interface FitColumn {
  readonly name: string;
  readonly type: string;
  readonly choices: readonly string[];
}

/** How many lines `text` takes wrapped at spaces into `width` px (words never break). */
export function headerLines(text: string, width: number, measure: Measure): number {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return 1;
  let lines = 1;
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next, 'header') > width) {
      lines++;
      line = word;
    } else line = next;
  }
  return lines;
}

function fitsHeader(name: string, width: number, measure: Measure): boolean {
  const room = width - HEADER_CHROME;
  const words = name.split(/\s+/).filter((w) => w !== '');
  return (
    words.every((w) => measure(w, 'header') <= room) &&
    headerLines(name, room, measure) <= HEADER_LINES
  );
}

/**
 * The width of a column: at least `base`, wide enough for its title in HEADER_LINES lines
 * with no word cut and (choice columns) for its longest choice, in steps of 10 px.
 */
export function fitWidth(column: FitColumn, base: number, measure: Measure): number {
  let width = base;
  if (column.type === 'choice' || column.type === 'multichoice') {
    const longest = Math.max(0, ...column.choices.map((c) => measure(c, 'cell')));
    const wanted = Math.ceil((longest + CELL_CHROME) / STEP) * STEP;
    width = Math.max(width, Math.min(wanted, MAX_CHOICE_WIDTH));
  }
  while (width < MAX_WIDTH && !fitsHeader(column.name, width, measure)) width += STEP;
  return width;
}

/** The fixed header height for titles of at most `lines` lines. */
export function headerHeight(lines: number): number {
  return Math.max(HEADER_ROW_HEIGHT, lines * HEADER_FONT.lineHeight + 12);
}

/** Lines the title takes at `width` (the header height follows the largest). */
export function linesAt(name: string, width: number, measure: Measure): number {
  return Math.min(HEADER_LINES, headerLines(name, width - HEADER_CHROME, measure));
}

/** measureText in the page's font (`family`: the grid's computed font-family), cached. */
export function canvasMeasure(family: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  const fonts: Record<TextKind, string> = {
    header: `${HEADER_FONT.weight} ${HEADER_FONT.size}px ${family}`,
    cell: `${CELL_FONT_SIZE}px ${family}`,
  };
  const cache = new Map<string, number>();
  return (text, kind) => {
    const key = `${kind}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      // Without a 2D context (never in a browser), a generous 8 px a character.
      if (ctx) {
        ctx.font = fonts[kind];
        width = ctx.measureText(text).width;
      } else width = text.length * 8;
      cache.set(key, width);
    }
    return width;
  };
}
