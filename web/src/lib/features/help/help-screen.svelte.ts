// What the current screen tells the «?» beyond its path: the organization page's open tab.
class HelpScreen {
  tab = $state<string | undefined>(undefined);
}

export const helpScreen = new HelpScreen();
