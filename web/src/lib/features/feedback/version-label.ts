// The build's version as a person reads it (the version itself: app-version.ts).
import { localMoment } from '../../i18n/moment.ts';

/** «ДД.ММ.ГГГГ ЧЧ:ММ» of the build (browser's time zone), then its commit; other text as it is. */
export function versionLabel(version: string): string {
  const m = /^(\d{13})(?:-([0-9a-f]{7,40}))?$/.exec(version);
  if (!m) return version;
  const time = localMoment(Number(m[1]));
  return m[2] ? `${time}, ${m[2]}` : time;
}
