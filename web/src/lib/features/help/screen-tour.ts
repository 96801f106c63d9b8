// Which tour «Показать обучение» in the «?» menu replays on the current screen: the one the
// screen names (dashboard, forms), else the organization page's by its tab (the activists'
// tab has none).
import type { TourId } from '../tour/index.ts';

export function screenTour(screen: {
  readonly tab: string | undefined;
  readonly tour: TourId | undefined;
}): TourId | undefined {
  if (screen.tour) return screen.tour;
  if (screen.tab === 'passport') return 'passport';
  return screen.tab === 'members' ? 'grid' : undefined;
}
