// An attachment for one-line text that may end in an ellipsis: while the text is cut, the
// element's `title` holds it whole (a tooltip); while it fits, there is no title. Checked
// when the element's size changes (a window resize, the controls beside it growing) and
// first by the observer's first report, after the page's layout: a check while the page
// renders would force a layout in the middle of the first render.
import type { Attachment } from 'svelte/attachments';

/** Whether the element's text overflows its box (so the ellipsis shows). */
export function isCut(el: Pick<HTMLElement, 'scrollWidth' | 'clientWidth'>): boolean {
  return el.scrollWidth > el.clientWidth;
}

export function titleWhenCut(text: string): Attachment<HTMLElement> {
  return (el) => {
    const check = () => {
      if (isCut(el)) el.title = text;
      else el.removeAttribute('title');
    };
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  };
}
