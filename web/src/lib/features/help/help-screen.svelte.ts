// What the current screen tells the «?» beyond its path: the organization page's open tab,
// and the tour a screen offers to replay (the dashboard's, the forms page's).
import type { TourId } from '../tour/index.ts';

class HelpScreen {
  tab = $state<string | undefined>(undefined);
  tour = $state<TourId | undefined>(undefined);
}

export const helpScreen = new HelpScreen();
