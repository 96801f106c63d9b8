// A moment on the card pages (/check, /card) as the rest of the app shows one: ДД.ММ.ГГГГ ЧЧ:ММ
// in the browser's own time zone (not Moscow time with seconds).

const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms or an ISO timestamp → ДД.ММ.ГГГГ ЧЧ:ММ in the browser's time zone. */
export function cardDateTime(at: number | string): string {
  const d = new Date(at);
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
