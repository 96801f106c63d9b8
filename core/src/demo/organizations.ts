// The demo registry tree: central → Belgorod region → Belgorod city → the city's 154
// institutions (one primary organization each), from the customer's 2020 acceptance
// table (sync-server/demo-data/belgorod-institutions-2020.json).
import type { InstitutionType, Organization } from '../model/organization.ts';

export const DEMO_CATEGORIES = [
  'school',
  'preschool',
  'additional',
  'culture',
  'regional',
] as const;
export type DemoCategory = (typeof DEMO_CATEGORIES)[number];

/** One row of the institutions table as the seed file gives it. */
export interface DemoInstitution {
  readonly id: string;
  readonly name: string;
  readonly category: DemoCategory;
}

export const DEMO_ROOT_IDS = {
  central: 'central',
  region: 'belgorod-region',
  city: 'belgorod-city',
} as const;

/**
 * Card region codes of the demo's regional organizations: the subject code of the Russian
 * Federation (Белгородская область = 31), the two digits its card numbers begin with.
 */
export const DEMO_CARD_REGIONS: Readonly<Record<string, number>> = { [DEMO_ROOT_IDS.region]: 31 };

const INSTITUTION_TYPE: Record<DemoCategory, InstitutionType> = {
  school: 'school',
  preschool: 'preschool',
  additional: 'additional',
  culture: 'culture',
  regional: 'other',
};

/** Parses the seed file's institutions; null when a row is malformed. */
export function parseDemoInstitutions(json: unknown): DemoInstitution[] | null {
  const list = (json as { institutions?: unknown } | null)?.institutions;
  if (!Array.isArray(list)) return null;
  const out: DemoInstitution[] = [];
  for (const row of list as unknown[]) {
    const r = row as Partial<Record<keyof DemoInstitution, unknown>>;
    if (typeof r.id !== 'string' || typeof r.name !== 'string') return null;
    if (!(DEMO_CATEGORIES as readonly unknown[]).includes(r.category)) return null;
    out.push({ id: r.id, name: r.name, category: r.category as DemoCategory });
  }
  return out;
}

export function demoOrganizations(institutions: readonly DemoInstitution[]): Organization[] {
  const roots: Organization[] = [
    {
      id: DEMO_ROOT_IDS.central,
      parentId: null,
      name: 'Общероссийский Профсоюз образования',
      shortName: 'Профсоюз образования',
      level: 'central',
      institutionType: null,
    },
    {
      id: DEMO_ROOT_IDS.region,
      parentId: DEMO_ROOT_IDS.central,
      name: 'Белгородская региональная организация Профсоюза',
      shortName: 'Белгородская областная',
      level: 'regional',
      institutionType: null,
    },
    {
      id: DEMO_ROOT_IDS.city,
      parentId: DEMO_ROOT_IDS.region,
      name: 'Белгородская городская организация Профсоюза',
      shortName: 'Белгородская городская',
      level: 'local',
      institutionType: null,
    },
  ];
  const primaries = institutions.map((i): Organization => ({
    id: i.id,
    parentId: DEMO_ROOT_IDS.city,
    name: `Первичная профсоюзная организация: ${i.name}`,
    shortName: i.name,
    level: 'primary',
    institutionType: INSTITUTION_TYPE[i.category],
  }));
  return [...roots, ...primaries];
}

/** Colleges and technical schools have students among their members. */
export function hasStudents(institution: DemoInstitution): boolean {
  return /колледж|техникум|БМТК/i.test(institution.name);
}
