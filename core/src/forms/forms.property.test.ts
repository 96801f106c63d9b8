// The forms' consolidation property: for random registers with random dated events, the form computed
// as of D from the documents equals the sum of the per-organization figures, to the unit;
// and a form for D is unchanged by events dated after D. The register's truth comes from
// the generator (each member's real joining and leaving days), not from the code tested.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '../doc/org-doc.ts';
import { LEAVE_REASONS } from '../model/event.ts';
import { Positions } from '../positions/index.ts';
import { addDays } from '../register/calendar.ts';
import { composeForm } from './compose.ts';
import { orgFormFigures, reportingPeriod } from './org-figures.ts';

interface TrueMember {
  readonly joined: number; // day offset from 2020-01-01
  readonly left: number | null;
  readonly reason: number;
  readonly category: number;
  readonly asEvent: boolean; // enrolment recorded as an event, else only joinedDate
  readonly transferIn: boolean; // came by a transfer (its enrolment record), seniority older
  readonly transferOut: boolean; // left by a transfer to another organization
  /** A union post the member holds: role index into POST_ROLES, term from/until (day offsets). */
  readonly post: {
    readonly role: number;
    readonly from: number;
    readonly until: number | null;
  } | null;
}

const POST_ROLES = ['chair', 'committee', 'audit', 'labour-safety'] as const;

const BASE = '2020-01-01';
const day = (offset: number) => addDays(BASE, offset);

const memberArb = fc
  .record({
    joined: fc.integer({ min: 0, max: 3000 }),
    stay: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
    reason: fc.integer({ min: 0, max: LEAVE_REASONS.length - 1 }),
    category: fc.integer({ min: 0, max: 2 }),
    asEvent: fc.boolean(),
    transferIn: fc.boolean(),
    transferOut: fc.boolean(),
    post: fc.option(
      fc.record({
        role: fc.integer({ min: 0, max: POST_ROLES.length - 1 }),
        from: fc.integer({ min: 0, max: 3000 }),
        until: fc.option(fc.integer({ min: 1, max: 1500 }), { nil: null }),
      }),
      { nil: null },
    ),
  })
  .map((r): TrueMember => ({
    joined: r.joined,
    left: r.stay === null ? null : r.joined + r.stay,
    reason: r.reason,
    category: r.category,
    asEvent: r.asEvent,
    transferIn: r.asEvent && r.transferIn,
    transferOut: r.transferOut,
    post: r.post && { ...r.post, until: r.post.until === null ? null : r.post.from + r.post.until },
  }));

const CATS = ['working', 'student', 'pensioner'] as const;

function write(doc: OrgDoc, members: readonly TrueMember[], prefix: string): void {
  members.forEach((m, i) => {
    const id = `${prefix}-${i}`;
    const meta = {
      id: `${id}-j`,
      date: day(m.joined),
      author: 't',
      recordedAt: 'x',
      ...(m.transferIn ? { transferId: `${id}-ti` } : {}),
    };
    // A transfer keeps the union seniority from the first organization: an older joinedDate.
    const joinedDate = m.transferIn ? day(m.joined - 900) : m.asEvent ? '' : day(m.joined);
    doc.addMember(
      id,
      {
        surname: 'Петрова',
        category: CATS[m.category]!,
        gender: 'female',
        birthDate: '1990-01-01',
        ...(joinedDate ? { joinedDate } : {}),
      },
      m.asEvent ? meta : undefined,
    );
    if (m.post) {
      new Positions(doc.ydoc).add({
        id: `${id}-p`,
        role: POST_ROLES[m.post.role]!,
        holder: { orgId: prefix, memberId: id, name: `Петрова ${id}` },
        start: day(m.post.from),
        termEnd: '',
        ended: m.post.until === null ? '' : day(m.post.until),
        basis: '',
        author: 't',
        recordedAt: 'x',
      });
    }
    if (m.left !== null) {
      doc.removeFromRegister(id, {
        id: `${id}-l`,
        date: day(m.left),
        reason: m.transferOut ? 'transferred' : LEAVE_REASONS[m.reason]!,
        author: 't',
        recordedAt: 'x',
        ...(m.transferOut ? { transferId: `${id}-to` } : {}),
      });
    }
  });
}

const orgsArb = fc.array(fc.array(memberArb, { maxLength: 15 }), { minLength: 1, maxLength: 5 });

describe('forms as of a date (property)', () => {
  it('Σ per-organization figures = the truth of the register, and events after D change nothing', () => {
    fc.assert(
      fc.property(
        orgsArb,
        fc.integer({ min: 200, max: 3500 }),
        fc.array(memberArb, { maxLength: 8 }),
        (orgs, asOfOffset, later) => {
          const asOf = day(asOfOffset);
          const period = reportingPeriod(asOf);
          const docs = orgs.map((members, o) => {
            const doc = new OrgDoc(new Y.Doc());
            write(doc, members, `o${o}`);
            return doc;
          });
          const figures = () =>
            docs.map(
              (d) =>
                orgFormFigures(
                  {
                    level: 'primary',
                    institutionType: 'school',
                    profgroups: 0,
                    snapshot: d.snapshot(),
                  },
                  asOf,
                ).values,
            );
          const before = figures();
          const form = composeForm({ own: {}, manual: {}, subordinates: before });
          // The truth, from the generator.
          const all = orgs.flat();
          const on = (m: TrueMember, d: string) =>
            day(m.joined) <= d && (m.left === null || day(m.left) > d);
          const onNow = all.filter((m) => on(m, asOf));
          expect(form['11']).toBe(onNow.length);
          expect(form['12']).toBe(onNow.filter((m) => m.category === 0).length);
          expect(form['13']).toBe(onNow.filter((m) => m.category === 1).length);
          const inPeriod = (offset: number | null) =>
            offset !== null && day(offset) >= period.from && day(offset) <= period.to;
          // A transfer is neither an enrolment nor a removal: lines 18 and 19 of their own.
          const count = (p: (m: TrueMember) => boolean) => all.filter(p).length;
          expect(form['20']).toBe(count((m) => inPeriod(m.joined) && !m.transferIn));
          expect(form['18']).toBe(count((m) => inPeriod(m.joined) && m.transferIn));
          expect(form['21']).toBe(count((m) => inPeriod(m.left) && !m.transferOut));
          expect(form['19']).toBe(count((m) => inPeriod(m.left) && m.transferOut));
          LEAVE_REASONS.forEach((r, i) => {
            const byReason = (m: TrueMember) =>
              inPeriod(m.left) && !m.transferOut && LEAVE_REASONS[m.reason] === r;
            expect(form[String(22 + i)]).toBe(count(byReason));
          });
          expect(form['03']).toBe(orgs.length);
          // Posts count on D while held and while their holder is on the register (one post
          // per generated member, so persons = posts); an organization counts one chair.
          const holds = (m: TrueMember, role: (typeof POST_ROLES)[number]) =>
            m.post !== null &&
            POST_ROLES[m.post.role] === role &&
            day(m.post.from) <= asOf &&
            (m.post.until === null || day(m.post.until) > asOf) &&
            on(m, asOf);
          expect(form['30']).toBe(orgs.filter((ms) => ms.some((m) => holds(m, 'chair'))).length);
          expect(form['34']).toBe(count((m) => holds(m, 'chair') || holds(m, 'committee')));
          expect(form['35']).toBe(count((m) => holds(m, 'audit')));
          expect(form['36']).toBe(count((m) => holds(m, 'labour-safety')));
          // Events after D: new members joining later, and removals (dated after D) of
          // members on the register at D.
          docs.forEach((doc, o) => {
            orgs[o]!.forEach((m, i) => {
              if (!on(m, asOf) || m.left !== null || i % 2 === 1) return;
              doc.removeFromRegister(`o${o}-${i}`, {
                id: `o${o}-${i}-late`,
                date: day(asOfOffset + 1 + i),
                reason: 'other',
                author: 't',
                recordedAt: 'x',
              });
            });
            write(
              doc,
              later.map((m) => {
                const joined = asOfOffset + 1 + (m.joined % 300);
                return { ...m, joined, left: m.left === null ? null : joined + m.left - m.joined };
              }),
              `late${o}`,
            );
          });
          expect(figures()).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
    // 150 random trees of documents with posts: a few seconds, more on a loaded machine.
  }, 30_000);
});
