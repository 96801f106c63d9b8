// The whole demo registry as plain data: organizations, and per primary organization its
// passport and members. Deterministic for a given seed and `today`; each organization
// draws from its own stream, so adding an institution does not reshuffle the others.
import type { InstitutionType, Organization } from '../model/organization.ts';
import type { PassportField } from '../model/passport.ts';
import type { DemoMember } from './members.ts';
import { demoMember, demoMemberCount } from './members.ts';
import type { DemoInstitution } from './organizations.ts';
import { demoOrganizations } from './organizations.ts';
import { demoPassport } from './passport.ts';
import { seedOf, seededRandom } from './random.ts';
import type { Random } from './random.ts';

export interface DemoPrimary {
  readonly orgId: string;
  readonly passport: Readonly<Partial<Record<PassportField, string>>>;
  readonly members: readonly DemoMember[];
}

export interface DemoRegistry {
  readonly organizations: readonly Organization[];
  readonly primaries: readonly DemoPrimary[];
}

export interface DemoOptions {
  readonly institutions: readonly DemoInstitution[];
  /** ISO date the ages and join dates are relative to. */
  readonly today: string;
  readonly seed?: number;
  /** Random stream per organization; defaults to seededRandom(seedOf(orgId, seed)). */
  readonly randomFor?: (orgId: string) => Random;
}

export const DEMO_SEED = 2020;

export function generateDemoRegistry(options: DemoOptions): DemoRegistry {
  const seed = options.seed ?? DEMO_SEED;
  const randomFor = options.randomFor ?? ((id: string) => seededRandom(seedOf(id, seed)));
  const organizations = demoOrganizations(options.institutions);
  const typeOf = new Map(organizations.map((o) => [o.id, o.institutionType]));
  const primaries = options.institutions.map((institution) =>
    demoPrimary(
      institution,
      typeOf.get(institution.id) ?? 'other',
      options.today,
      randomFor(institution.id),
    ),
  );
  return { organizations, primaries };
}

/** One primary organization's members and passport, drawn from its own stream. */
export function demoPrimary(
  institution: DemoInstitution,
  institutionType: InstitutionType,
  today: string,
  random: Random,
): DemoPrimary {
  const count = demoMemberCount(random, institution);
  const members: DemoMember[] = [];
  for (let i = 0; i < count; i++) members.push(demoMember(random, institution, i, today));
  const passport = demoPassport(random, institution, institutionType, count, today);
  return { orgId: institution.id, passport, members };
}
