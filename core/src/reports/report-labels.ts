// Row and section names of the statistical report, worded as in the union's form 5-СП
// («Сводный статистический отчёт»). They belong to the report's definition (the printed
// page and the XLSX export use the same words), so they live in core as `Text`.
import type { Text } from '../i18n/text.ts';
import type { LeaveReason } from '../model/event.ts';

export type ReportSectionKey = 'structure' | 'members' | 'movement' | 'chairs' | 'elected';

export type ReportRowKey =
  | 'orgs.total'
  | 'orgs.regional'
  | 'orgs.okrug'
  | 'orgs.local'
  | 'orgs.primary'
  | 'orgs.primary-territorial'
  | 'orgs.profgroup'
  | 'members.total'
  | 'members.working'
  | 'members.student'
  | 'members.pensioner'
  | 'members.women'
  | 'members.youth'
  | 'workers.total'
  | 'workers.coverage'
  | 'joined'
  | 'transferredIn'
  | 'transferredOut'
  | 'left.total'
  | `left.${LeaveReason}`
  | 'chairs.total'
  | 'chairs.women'
  | 'chairs.youth'
  | 'chairs.fullTime'
  | 'elected.members';

const sections: Record<ReportSectionKey, Text> = {
  structure: { ru: 'Организационная структура', en: 'Organizational structure' },
  members: { ru: 'Численность членов Профсоюза', en: 'Union membership' },
  movement: { ru: 'Движение членов Профсоюза за период', en: 'Joined and left in the period' },
  chairs: {
    ru: 'Председатели первичных профсоюзных организаций',
    en: 'Chairs of primary organizations',
  },
  elected: { ru: 'Профсоюзный актив', en: 'Union activists' },
};

const rows: Record<ReportRowKey, Text> = {
  'orgs.total': { ru: 'Количество организаций Профсоюза — всего', en: 'Organizations, total' },
  'orgs.regional': {
    ru: 'региональных (межрегиональных) организаций',
    en: 'regional (interregional)',
  },
  'orgs.okrug': { ru: 'окружных организаций', en: 'okrug' },
  'orgs.local': { ru: 'местных (городских, районных) организаций', en: 'local (city, district)' },
  'orgs.primary': { ru: 'первичных профсоюзных организаций', en: 'primary' },
  'orgs.primary-territorial': {
    ru: 'территориальных первичных организаций',
    en: 'territorial primary',
  },
  'orgs.profgroup': { ru: 'профгрупп', en: 'profgroups' },
  'members.total': {
    ru: 'Общая численность членов Профсоюза',
    en: 'Union members, total',
  },
  'members.working': { ru: 'работающих', en: 'working' },
  'members.student': { ru: 'обучающихся (студентов)', en: 'students' },
  'members.pensioner': { ru: 'неработающих пенсионеров', en: 'non-working pensioners' },
  'members.women': { ru: 'женщин', en: 'women' },
  'members.youth': { ru: 'молодёжи до 35 лет', en: 'youth up to 35' },
  'workers.total': {
    ru: 'Численность работающих в организациях',
    en: 'Workers in the organizations',
  },
  'workers.coverage': {
    ru: 'Охват профсоюзным членством, %',
    en: 'Union coverage, % (members / workers)',
  },
  joined: { ru: 'Принято в Профсоюз', en: 'Joined' },
  transferredIn: {
    ru: 'Принято переводом из других организаций Профсоюза',
    en: 'Transferred in from other union organizations',
  },
  transferredOut: {
    ru: 'Выбыло переводом в другие организации Профсоюза',
    en: 'Transferred out to other union organizations',
  },
  'left.total': { ru: 'Выбыло из Профсоюза — всего', en: 'Left, total' },
  'left.own-will': { ru: 'по собственному желанию', en: 'at own will' },
  'left.retired': { ru: 'в связи с выходом на пенсию', en: 'retired' },
  'left.dismissed': { ru: 'в связи с увольнением', en: 'dismissed' },
  'left.transferred': { ru: 'в связи с переходом в другую организацию', en: 'transferred' },
  'left.deceased': { ru: 'в связи со смертью', en: 'deceased' },
  'left.expelled': { ru: 'исключено из Профсоюза', en: 'expelled' },
  'left.other': { ru: 'по другим причинам', en: 'other reasons' },
  'chairs.total': { ru: 'Председателей ППО — всего', en: 'Chairs, total' },
  'chairs.women': { ru: 'женщин', en: 'women' },
  'chairs.youth': { ru: 'в возрасте до 35 лет', en: 'up to 35' },
  'chairs.fullTime': { ru: 'освобождённых (на штатной основе)', en: 'full-time (paid)' },
  'elected.members': {
    ru: 'Членов выборных профсоюзных органов',
    en: 'Members of elected union bodies',
  },
};

export const REPORT_LABELS: {
  readonly sections: Readonly<Record<ReportSectionKey, Text>>;
  readonly rows: Readonly<Record<ReportRowKey, Text>>;
} = { sections, rows };
