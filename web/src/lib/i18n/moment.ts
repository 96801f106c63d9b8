// A moment as the app shows one: ДД.ММ.ГГГГ ЧЧ:ММ (ЧЧ:ММ:СС when asked) in the browser's own
// time zone. Put together by hand, not with Intl.DateTimeFormat: a tab's first one loads the
// time zone data (tens of milliseconds of a page's first paint).

const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms or an ISO timestamp → «05.12.2026 09:07»; what it cannot read, as given. */
export function localMoment(at: number | string, seconds = false): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return String(at);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${seconds ? `:${pad(d.getSeconds())}` : ''}`;
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${time}`;
}
