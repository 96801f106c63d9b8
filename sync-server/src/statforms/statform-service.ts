// Statistical forms on the relay: a form's lines as of its reporting date —
// live from the organization's document and tree until it is handed in, frozen after —
// consolidated forms from the direct subordinates' accepted forms only, the previous
// year's accepted form beside it, and the checks. Routes (statform-routes.ts) decide who
// may ask; this class only computes and stores.
import {
  FORM_TITLES,
  LINE_BY_CODE,
  addCounts,
  addDays,
  addYears,
  calendarDate,
  composeForm,
  formChecks,
  formKindOf,
  gapCountsOf,
  isConsolidated,
  linesOf,
  reportingPeriod,
} from '@profgrid/core';
import type {
  FormCheck,
  FormKind,
  FormState,
  GapReason,
  OrgRecord,
  PassportRecord,
  Statform,
  StatformCampaign,
  StatformDetails,
  StatformLine,
  StatformOwnFigures,
  SubordinateFormState,
} from '@profgrid/core';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { Sql } from '../store/sql.ts';
import type { OwnFiguresSource } from './doc-snapshots.ts';
import { StatformStore } from './statform-store.ts';
import type { CampaignRow, FrozenFigures } from './statform-store.ts';

export interface StatformServiceOptions {
  readonly sql: Sql;
  readonly registry: SqlOrgRegistry;
  /** The organization's own lines, counted from its document. */
  readonly ownFigures: OwnFiguresSource;
  readonly timeZone: string;
  readonly now?: () => number;
}

/** Who asks: the organization's own chair sees member ids behind gaps and may edit. */
export interface Viewer {
  readonly ownChair: boolean;
  readonly canReview: boolean;
}

/** The form of the previous campaign: its date, and its figures when it was accepted. */
export interface PreviousForm {
  readonly asOf: string;
  readonly figures: FrozenFigures | null;
}

export interface LiveFigures {
  readonly kind: FormKind;
  readonly values: Record<string, number | null>;
  readonly gapCounts: Partial<Record<GapReason, number>>;
  readonly gapMembers: Partial<Record<GapReason, readonly string[]>>;
  readonly subordinates: readonly SubordinateFormState[];
  readonly accepted: number;
  /** The organization's passport as read with the register; null without a document. */
  readonly passport: PassportRecord | null;
  /** The part of the register lines and gap counts the organization counts itself. */
  readonly own: StatformOwnFigures;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The printed form's details: the passport as it is now, the registry's name as a fallback. */
function detailsOf(
  org: OrgRecord,
  passport: PassportRecord | null,
  handedInByName: string | null,
): StatformDetails {
  const p = (field: 'address' | 'phone' | 'email' | 'chairName') => passport?.[field].trim() ?? '';
  return {
    fullName: passport?.fullName.trim() || org.name,
    address: p('address'),
    phone: p('phone'),
    email: p('email'),
    chairName: p('chairName'),
    handedInByName,
  };
}

export class StatformService {
  readonly store: StatformStore;
  readonly #opts: StatformServiceOptions;

  constructor(options: StatformServiceOptions) {
    this.#opts = options;
    this.store = new StatformStore(options.sql);
  }

  now(): number {
    return (this.#opts.now ?? Date.now)();
  }

  /** Today in the reporting calendar (Europe/Moscow unless TIME_ZONE says otherwise). */
  today(): string {
    return calendarDate(this.now(), this.#opts.timeZone);
  }

  /** Direct subordinates that hand in a form (live, not profgroups). */
  subordinatesOf(orgId: string): OrgRecord[] {
    return this.#opts.registry
      .childrenOf(orgId)
      .filter((o) => !o.archived && formKindOf(o.level) !== null);
  }

  campaignView(c: CampaignRow): StatformCampaign {
    return {
      id: c.id,
      orgId: c.orgId,
      orgName: this.#opts.registry.get(c.orgId)?.shortName ?? c.orgId,
      asOf: c.asOf,
      deadline: c.deadline,
      title: c.title,
      openedAt: new Date(c.openedAt).toISOString(),
      closedAt: iso(c.closedAt ?? null),
    };
  }

  /** Organizations of the subtree of `orgId` (itself included) that hand in forms. */
  reportingSubtree(orgId: string): string[] {
    const ids: string[] = [];
    for (const o of this.#opts.registry.tree.subtree(orgId)) {
      if (!o.archived && formKindOf(o.level) !== null) ids.push(o.id);
    }
    return ids;
  }

  /**
   * The campaign that lets the organization work on its form for `asOf`: an open one
   * covering it; else a closed one (the form is shown, not edited); null when none.
   */
  async campaignFor(orgId: string, asOf: string): Promise<CampaignRow | null> {
    const dated = (await this.campaignsCovering(orgId)).filter((c) => c.asOf === asOf);
    return dated.find((c) => !c.closedAt) ?? dated[0] ?? null;
  }

  /** Campaigns covering the organization: opened by it or by one of its ancestors. */
  async campaignsCovering(orgId: string): Promise<CampaignRow[]> {
    return this.store.campaignsOf([orgId, ...this.#opts.registry.ancestorsOf(orgId)]);
  }

  /** The lines an organization's form would hold now, from the register and the tree. */
  async live(org: OrgRecord, asOf: string, manual: Readonly<Record<string, number>>) {
    const kind = formKindOf(org.level)!;
    const profgroups = this.#opts.registry
      .childrenOf(org.id)
      .filter((o) => !o.archived && o.level === 'profgroup').length;
    const {
      figures: own,
      passport,
      holdersOff,
    } = await this.#opts.ownFigures(
      { orgId: org.id, level: org.level, institutionType: org.institutionType, profgroups },
      asOf,
    );
    const ownGapCounts = gapCountsOf(own.gaps);
    const gapCounts: Partial<Record<GapReason, number>> = { ...ownGapCounts };
    const gapMembers: Partial<Record<GapReason, readonly string[]>> = {};
    for (const g of own.gaps) if (g.memberIds.length > 0) gapMembers[g.reason] = g.memberIds;
    const subordinates: SubordinateFormState[] = [];
    const accepted: FrozenFigures[] = [];
    if (isConsolidated(kind)) {
      const subs = this.subordinatesOf(org.id);
      const rows = await this.store.forms(
        subs.map((s) => s.id),
        asOf,
      );
      for (const s of subs) {
        const row = rows.get(s.id);
        subordinates.push({
          orgId: s.id,
          name: s.shortName || s.name,
          level: s.level,
          state: row?.state ?? 'not-started',
          handedInAt: iso(row?.handedAt ?? null),
          comment: row?.comment ?? '',
        });
        if (row?.state === 'accepted' && row.frozen) accepted.push(row.frozen);
      }
      for (const f of accepted) addCounts(gapCounts as Record<string, number>, f.gapCounts);
    }
    const values = composeForm({
      own: own.values,
      manual,
      subordinates: accepted.map((f) => f.values),
    });
    return {
      kind,
      values,
      gapCounts,
      gapMembers,
      subordinates,
      accepted: accepted.length,
      passport,
      own: {
        values: own.values,
        gapCounts: ownGapCounts,
        ...(holdersOff && holdersOff.size > 0 ? { holdersOff: [...holdersOff].sort() } : {}),
      },
    } satisfies LiveFigures;
  }

  checksOf(live: LiveFigures, previous: FrozenFigures | null, viewer: Viewer): FormCheck[] {
    const consolidated = isConsolidated(live.kind);
    return formChecks({
      values: live.values,
      previousMembers: previous ? (previous.values['11'] ?? 0) : null,
      gapCounts: live.gapCounts,
      ...(viewer.ownChair ? { gapMembers: live.gapMembers } : {}),
      ...(consolidated
        ? { subordinates: { total: live.subordinates.length, accepted: live.accepted } }
        : {}),
    });
  }

  /**
   * «Прошлый год»: the organization's form at the exact reporting date of the previous
   * campaign covering it — the newest one dated between 15 and 9 months before `asOf`
   * (a mid-year campaign in between is not last year). Its frozen figures as accepted,
   * never recomputed; `figures` is null when that form was not accepted.
   */
  async previousForm(orgId: string, asOf: string): Promise<PreviousForm | null> {
    const latest = addDays(asOf, -270);
    const earliest = addDays(asOf, -456);
    const campaign = (await this.campaignsCovering(orgId)).find(
      (c) => c.asOf <= latest && c.asOf >= earliest,
    );
    if (!campaign) return null;
    const row = await this.store.form(orgId, campaign.asOf);
    return {
      asOf: campaign.asOf,
      figures: row?.state === 'accepted' ? row.frozen : null,
    };
  }

  /**
   * The previous accepted figures the balance check compares with: only a form dated
   * exactly a year before, since joined and left count over the year ending on `asOf`.
   */
  balanceBase(previous: PreviousForm | null, asOf: string): FrozenFigures | null {
    return previous && previous.asOf === addYears(asOf, -1) ? previous.figures : null;
  }

  /** The balance base for a form (hand-in checks). */
  async previous(orgId: string, asOf: string): Promise<FrozenFigures | null> {
    return this.balanceBase(await this.previousForm(orgId, asOf), asOf);
  }

  /** The whole form as the API answers it. */
  async form(org: OrgRecord, asOf: string, viewer: Viewer): Promise<Statform> {
    const row = await this.store.form(org.id, asOf);
    const campaign = await this.campaignFor(org.id, asOf);
    const frozen = row && (row.state === 'submitted' || row.state === 'accepted');
    const live = await this.live(org, asOf, row?.manual ?? {});
    const prior = await this.previousForm(org.id, asOf);
    const previous = prior?.figures ?? null;
    const values = frozen && row.frozen ? row.frozen.values : live.values;
    const figures: LiveFigures =
      frozen && row.frozen
        ? { ...live, values: { ...row.frozen.values }, gapCounts: { ...row.frozen.gapCounts } }
        : live;
    const consolidated = isConsolidated(live.kind);
    const lines: StatformLine[] = linesOf(live.kind).map((l) => ({
      code: l.code,
      label: l.label.ru,
      value: values[l.code] ?? null,
      source: l.source === 'manual' ? 'manual' : consolidated ? 'consolidated' : 'register',
      previous: previous ? (previous.values[l.code] ?? null) : null,
    }));
    const state: FormState = row?.state ?? 'not-started';
    const handedBy = row?.handedBy ? await this.store.userName(row.handedBy) : null;
    return {
      orgId: org.id,
      orgName: org.name,
      details: detailsOf(org, live.passport, handedBy),
      kind: live.kind,
      asOf,
      period: reportingPeriod(asOf),
      campaign: campaign ? this.campaignView(campaign) : null,
      state,
      frozen: Boolean(frozen),
      lines,
      manual: row?.manual ?? {},
      checks: this.checksOf(figures, this.balanceBase(prior, asOf), {
        ...viewer,
        ownChair: viewer.ownChair && !frozen,
      }),
      previousAsOf: prior?.asOf ?? null,
      previousAccepted: previous !== null,
      explanations: row?.explanations ?? {},
      gapCounts: figures.gapCounts,
      handedInBy: row?.handedBy ?? null,
      handedInAt: iso(row?.handedAt ?? null),
      reviewedBy: row?.reviewedBy ?? null,
      reviewedAt: iso(row?.reviewedAt ?? null),
      comment: row?.comment ?? '',
      canEdit:
        viewer.ownChair &&
        campaign !== null &&
        !campaign.closedAt &&
        (state === 'not-started' || state === 'draft' || state === 'returned'),
      canReview: viewer.canReview && (state === 'submitted' || state === 'accepted'),
      subordinates: live.subordinates,
      // A committee offline recounts its own part from its own document.
      ...(consolidated && !frozen ? { own: live.own } : {}),
    };
  }

  /** The subordinates' accepted values of one line (a consolidated figure, opened). */
  async lineOrgs(org: OrgRecord, asOf: string, code: string) {
    if (!LINE_BY_CODE.has(code)) return null;
    const subs = this.subordinatesOf(org.id);
    const rows = await this.store.forms(
      subs.map((s) => s.id),
      asOf,
    );
    return subs.flatMap((s) => {
      const row = rows.get(s.id);
      if (row?.state !== 'accepted' || !row.frozen) return [];
      return [{ orgId: s.id, name: s.shortName || s.name, value: row.frozen.values[code] ?? 0 }];
    });
  }

  /** Title of a campaign when the committee gives none. */
  defaultTitle(asOf: string): string {
    const [y, m, d] = asOf.split('-');
    return `Статистический отчёт на ${d}.${m}.${y}`;
  }

  formTitle(kind: FormKind): string {
    return FORM_TITLES[kind].ru;
  }
}
