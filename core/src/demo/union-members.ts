// Members for a share of the synthetic union's primary organizations (SEED=union with
// SEED_UNION_MEMBERS_SHARE): the same generator as the demo's Belgorod primaries, chosen
// evenly across the tree (every region, every local gets its part) and deterministic, so
// a share names the same organizations and members on every run. Yields one organization
// at a time: a whole share of 82,000 would not fit in memory at once.
import type { InstitutionType, Organization } from '../model/organization.ts';
import type { DemoPrimary } from './generate.ts';
import { DEMO_SEED, demoPrimary } from './generate.ts';
import type { DemoCategory } from './organizations.ts';
import { seedOf, seededRandom } from './random.ts';

/** The demo's member ranges by institution type (colleges and universities as regional). */
const CATEGORY: Record<InstitutionType, DemoCategory> = {
  school: 'school',
  preschool: 'preschool',
  additional: 'additional',
  college: 'regional',
  university: 'regional',
  culture: 'culture',
  other: 'additional',
};

/** How many of `primaries` organizations a share (0…1) gives members to. */
export function unionMemberCount(primaries: number, share: number): number {
  return Math.floor(primaries * share);
}

/**
 * The primary organizations of `orgs` that get members at `share`, with their members and
 * passports: the i-th primary is chosen when ⌊(i + 1)·share⌋ passes ⌊i·share⌋.
 */
export function* unionMemberPrimaries(
  orgs: readonly Organization[],
  share: number,
  today: string,
  seed = DEMO_SEED,
): Generator<DemoPrimary> {
  if (!(share > 0)) return;
  let i = 0;
  for (const org of orgs) {
    if (org.level !== 'primary') continue;
    const chosen = Math.floor((i + 1) * share) > Math.floor(i * share);
    i++;
    if (!chosen) continue;
    const type = org.institutionType ?? 'other';
    yield demoPrimary(
      { id: org.id, name: org.name, category: CATEGORY[type] },
      type,
      today,
      seededRandom(seedOf(org.id, seed)),
    );
  }
}
