// Russian and English names of the posts (the UI and printed records use them).
import type { PositionRole } from './position.ts';

export const POSITION_LABELS: Readonly<Record<PositionRole, { ru: string; en: string }>> = {
  chair: { ru: 'Председатель', en: 'Chair' },
  deputy: { ru: 'Заместитель председателя', en: 'Deputy chair' },
  committee: { ru: 'Член профкома (комитета)', en: 'Committee member' },
  audit: { ru: 'Член ревизионной комиссии', en: 'Audit commission member' },
  'profgroup-organizer': { ru: 'Профорг профгруппы', en: 'Profgroup organizer' },
  'labour-safety': { ru: 'Уполномоченный по охране труда', en: 'Labour safety commissioner' },
};
