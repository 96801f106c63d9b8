// An organization's summary and dated counts kept up to date with a live document, for the
// relay's recount after each edit. The first count, a count for another date, and a count
// after the records or the schema changed read the whole document (OrgDoc.snapshot, the
// same parts orgSummary and datedCounts are made of); between them, the counter follows
// the document's transactions and recounts only what they touched: a changed member's old
// contribution (on the register or not, category, gender, age band, birth date) is taken
// out and the new one put in (an edit of another field, a phone, moves nothing); a changed passport is read again. A change of no counted root
// (the cell history, custom columns, posts) reuses the last result as it is. The result is
// equal to orgSummary and datedCounts of the document's snapshot (property test).
import type * as Y from 'yjs';
import { OrgDoc } from '../doc/org-doc.ts';
import type { OrgSnapshot } from '../doc/org-doc.ts';
import { ROOT } from '../doc/schema.ts';
import { STATUS_FIELDS } from '../lifecycle/index.ts';
import type { MemberRow } from '../model/custom-column.ts';
import { ageAtReference } from '../reports/age.ts';
import { YOUTH_MAX_AGE } from '../reports/summary.ts';
import {
  ZERO_MEMBER_COUNTS,
  eventCounts,
  joinSummary,
  passportCounts,
  yearToDate,
} from '../reports/org-summary.ts';
import type {
  EventCounts,
  MemberCounts,
  OrgSummary,
  PassportCounts,
  Period,
} from '../reports/org-summary.ts';
import { datedEvents } from './dated-counts.ts';
import type { DatedCounts, DatedEvents } from './dated-counts.ts';

/** A summary with the dated counts it was counted with (null: cannot be re-dated). */
export interface CountedSummary {
  readonly summary: OrgSummary;
  readonly dated: DatedCounts | null;
}

type Counter = keyof MemberCounts;

/** What one member on the register adds to the counts; null for a member who is not on it. */
interface Contribution {
  readonly category: Counter;
  readonly gender: Counter;
  readonly age: Counter;
  readonly birthDate: string;
}

type AbstractType = Y.AbstractType<unknown>;

export class SummaryCounter {
  readonly #org: OrgDoc;
  readonly #members: AbstractType;
  readonly #passport: AbstractType;
  /** Roots whose change is recounted from the whole document (records, schema). */
  readonly #wholeRoots: ReadonlySet<AbstractType>;
  #date = '';
  #period: Period = { from: '', to: '' };
  #ageOf: (birth: string) => number | null = () => null;
  readonly #contributions = new Map<string, Contribution>();
  #counts: Record<Counter, number> = { ...ZERO_MEMBER_COUNTS };
  /** Birth date → members on the register; replaced, never changed, once handed out. */
  #births: Record<string, number> = {};
  #events: EventCounts | null = null;
  #datedEvents: DatedEvents | null = null;
  #passportCounts: PassportCounts | null = null;
  #last: CountedSummary | null = null;
  #following = true;
  // What changed since the last count.
  #whole = true;
  #passportChanged = false;
  readonly #changedMembers = new Set<string>();

  constructor(ydoc: Y.Doc) {
    this.#org = new OrgDoc(ydoc);
    this.#members = ydoc.getMap(ROOT.members) as AbstractType;
    this.#passport = ydoc.getMap(ROOT.passport) as AbstractType;
    this.#wholeRoots = new Set([
      ydoc.getArray(ROOT.events) as AbstractType,
      ydoc.getMap(ROOT.meta) as AbstractType,
    ]);
    ydoc.on('afterTransaction', this.#observe);
  }

  /** Stops following the document: every later count reads it whole. */
  destroy(): void {
    this.#org.ydoc.off('afterTransaction', this.#observe);
    this.#following = false;
  }

  /** The summary of the document as of `referenceDate`, with its dated counts. */
  count(referenceDate: string): CountedSummary {
    if (this.#whole || !this.#following || referenceDate !== this.#date || !this.#last) {
      return this.#countWhole(referenceDate);
    }
    let changed = false;
    if (this.#passportChanged) {
      this.#passportChanged = false;
      this.#passportCounts = passportCounts(this.#org.passport());
      changed = true;
    }
    if (this.#changedMembers.size > 0) {
      let births: Record<string, number> | null = null;
      for (const id of this.#changedMembers) {
        const before = this.#contributions.get(id) ?? null;
        const member = this.#org.member(id);
        const after = member ? this.#contributionOf(member) : null;
        if (sameContribution(before, after)) continue;
        changed = true;
        if (before) this.#add(before, -1);
        if (after) {
          this.#add(after, 1);
          this.#contributions.set(id, after);
        } else this.#contributions.delete(id);
        if (before?.birthDate !== after?.birthDate) {
          births ??= { ...this.#births };
          if (before) addBirth(births, before.birthDate, -1);
          if (after) addBirth(births, after.birthDate, 1);
        }
      }
      this.#changedMembers.clear();
      if (births) this.#births = births;
    }
    if (changed) this.#last = this.#result();
    return this.#last;
  }

  #countWhole(referenceDate: string): CountedSummary {
    this.#whole = false;
    this.#passportChanged = false;
    this.#changedMembers.clear();
    this.#date = referenceDate;
    this.#period = yearToDate(referenceDate);
    this.#ageOf = ageAtReference(referenceDate);
    const snapshot: OrgSnapshot = this.#org.snapshot();
    this.#contributions.clear();
    this.#counts = { ...ZERO_MEMBER_COUNTS };
    const births: Record<string, number> = {};
    for (const m of snapshot.members) {
      const contribution = this.#contributionOf(m);
      if (!contribution) continue;
      this.#contributions.set(m.id, contribution);
      this.#add(contribution, 1);
      addBirth(births, contribution.birthDate, 1);
    }
    this.#births = births;
    this.#events = eventCounts(snapshot.events, this.#period);
    this.#datedEvents = datedEvents(snapshot.events, this.#period.from);
    this.#passportCounts = passportCounts(snapshot.passport);
    return (this.#last = this.#result());
  }

  #result(): CountedSummary {
    const summary = joinSummary(this.#counts, this.#events!, this.#passportCounts!);
    const events = this.#datedEvents;
    const dated = events ? { from: this.#period.from, births: this.#births, ...events } : null;
    return { summary, dated };
  }

  /** A member's contribution, counted as countMembers counts (reports/summary.ts). */
  #contributionOf(m: MemberRow): Contribution | null {
    if (m.status !== 'active') return null;
    const category: Counter =
      m.category === 'working' || m.category === 'student' || m.category === 'pensioner'
        ? m.category
        : 'categoryUnknown';
    const gender: Counter =
      m.gender === 'female' ? 'women' : m.gender === 'male' ? 'men' : 'genderUnknown';
    const years = this.#ageOf(m.birthDate);
    const age: Counter =
      years === null || years < 0
        ? 'ageUnknown'
        : years <= YOUTH_MAX_AGE
          ? 'youth'
          : years <= 50
            ? 'age36to50'
            : years <= 65
              ? 'age51to65'
              : 'age66plus';
    return { category, gender, age, birthDate: m.birthDate };
  }

  #add(c: Contribution, by: number): void {
    const counts = this.#counts;
    counts.membersTotal += by;
    counts[c.category] += by;
    counts[c.gender] += by;
    counts[c.age] += by;
  }

  /** Notes what a transaction changed: members by id, the passport, or the whole. */
  readonly #observe = (tr: Y.Transaction): void => {
    if (this.#whole) return;
    for (const [type, keys] of tr.changed) {
      let root: AbstractType = type as AbstractType;
      let entry: string | null = null;
      while (root._item !== null) {
        entry = root._item.parentSub;
        root = root._item.parent as AbstractType;
      }
      if (root === this.#members) {
        // a member's own map (or deeper) changed: its key; the root itself: the keys set
        if (type !== root) {
          if (entry !== null && (type._item!.parent !== root || counts(keys)))
            this.#changedMembers.add(entry);
        } else for (const key of keys) if (key !== null) this.#changedMembers.add(key);
      } else if (root === this.#passport) this.#passportChanged = true;
      else if (this.#wholeRoots.has(root)) this.#whole = true;
    }
  };
}

/** The member fields a contribution reads: the status (with its records), category, gender, age. */
const COUNTED_FIELDS: ReadonlySet<string> = new Set([
  ...STATUS_FIELDS,
  'category',
  'gender',
  'birthDate',
]);

/** Does a change of these keys of a member's map change what the member counts for? */
function counts(keys: Set<string | null>): boolean {
  for (const key of keys) if (key === null || COUNTED_FIELDS.has(key)) return true;
  return false;
}

function sameContribution(a: Contribution | null, b: Contribution | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.category === b.category &&
    a.gender === b.gender &&
    a.age === b.age &&
    a.birthDate === b.birthDate
  );
}

function addBirth(births: Record<string, number>, date: string, by: number): void {
  const n = (births[date] ?? 0) + by;
  if (n === 0) delete births[date];
  else births[date] = n;
}
