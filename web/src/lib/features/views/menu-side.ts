// Which edge of its button a drop-down panel aligns with: the preferred one, unless the
// panel would then reach past the window's edge (a wrapped toolbar can put a right-hand
// button at the left of a new row), and the other edge keeps it inside.

export type MenuSide = 'left' | 'right';

/** `button`: the button's left and right in window pixels; `windowWidth`: the window's. */
export function menuSide(
  preferred: MenuSide,
  button: { readonly left: number; readonly right: number },
  panelWidth: number,
  windowWidth: number,
): MenuSide {
  if (preferred === 'right' && button.right - panelWidth < 0) return 'left';
  if (preferred === 'left' && button.left + panelWidth > windowWidth) return 'right';
  return preferred;
}
