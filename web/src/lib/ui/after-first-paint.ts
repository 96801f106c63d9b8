// For code a page does not need to show itself (header menus, first-run tours): a promise
// that resolves once the browser is idle after the next frame, at most `ms` later, so
// their loading does not compete with the page's own first paint.
export function afterFirstPaint(ms = 500): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: ms });
      else setTimeout(resolve, 0);
    });
  });
}
