// A message in both locales. Core returns these; the UI picks the locale.
export interface Text {
  readonly ru: string;
  readonly en: string;
}

export type Locale = keyof Text;
export const LOCALES: readonly Locale[] = ['ru', 'en'];
