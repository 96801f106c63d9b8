// Parsers of the statistical forms answers (statform-wire.ts): untrusted JSON in, the
// typed value or null out. The browser reads every statform response through them.
import { ORG_LEVELS } from '../model/organization.ts';
import type { OrgLevel } from '../model/organization.ts';
import type { Text } from '../i18n/text.ts';
import type { CheckKind, FormCheck } from './form-checks.ts';
import { FORM_KINDS } from './form-kinds.ts';
import type { FormKind } from './form-kinds.ts';
import { GAP_REASONS } from './org-figures.ts';
import type { GapReason } from './org-figures.ts';
import { FORM_STATES } from './statform-wire.ts';
import type {
  FormState,
  LineSourceWire,
  Statform,
  StatformCampaign,
  StatformDetails,
  StatformLine,
  StatformLineOrgs,
  StatformOwnFigures,
  SubordinateFormState,
} from './statform-wire.ts';

/** GET /api/orgs/:id/statform-campaigns: the server's day and the campaigns with this form's state. */
export interface StatformCampaignList {
  readonly today: string;
  readonly campaigns: readonly (StatformCampaign & { readonly state: FormState })[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const strOrNull = (v: unknown): v is string | null => v === null || str(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  (list as readonly unknown[]).includes(v);
const CHECK_KINDS: readonly CheckKind[] = ['sum', 'not-above', 'balance', 'gap', 'subordinates'];
const LINE_SOURCES: readonly LineSourceWire[] = ['register', 'manual', 'consolidated'];

function listOf<T>(v: unknown, parse: (x: unknown) => T | null): T[] | null {
  if (!Array.isArray(v)) return null;
  const out = v.map(parse);
  return out.some((x) => x === null) ? null : (out as T[]);
}

function recordOf<T>(v: unknown, ok: (x: unknown) => x is T): Record<string, T> | null {
  if (!isObj(v)) return null;
  return Object.values(v).every(ok) ? (v as Record<string, T>) : null;
}

export function parseStatformCampaign(v: unknown): StatformCampaign | null {
  if (!isObj(v)) return null;
  const { id, orgId, orgName, asOf, deadline, title, openedAt, closedAt } = v;
  if (!str(id) || !str(orgId) || !str(orgName) || !str(asOf) || !str(deadline)) return null;
  if (!str(title) || !str(openedAt) || !strOrNull(closedAt)) return null;
  return { id, orgId, orgName, asOf, deadline, title, openedAt, closedAt };
}

export function parseStatformCampaignList(v: unknown): StatformCampaignList | null {
  if (!isObj(v) || !str(v['today'])) return null;
  const campaigns = listOf(v['campaigns'], (c) => {
    const campaign = parseStatformCampaign(c);
    const state = isObj(c) ? c['state'] : undefined;
    return campaign && oneOf(FORM_STATES, state) ? { ...campaign, state } : null;
  });
  return campaigns && { today: v['today'], campaigns };
}

function parseLine(v: unknown): StatformLine | null {
  if (!isObj(v)) return null;
  const { code, label, value, source, previous } = v;
  if (!str(code) || !str(label) || !(value === null || num(value))) return null;
  if (!oneOf(LINE_SOURCES, source) || !(previous === null || num(previous))) return null;
  return { code, label, value, source, previous };
}

function parseText(v: unknown): Text | null {
  return isObj(v) && str(v['ru']) && str(v['en']) ? { ru: v['ru'], en: v['en'] } : null;
}

function parseCheck(v: unknown): FormCheck | null {
  if (!isObj(v) || !str(v['id']) || !oneOf(CHECK_KINDS, v['kind'])) return null;
  const lines = listOf(v['lines'], (l) => (str(l) ? l : null));
  const message = parseText(v['message']);
  if (!lines || !message || typeof v['ok'] !== 'boolean') return null;
  const { count, memberIds } = v;
  if (!(count === undefined || num(count))) return null;
  const ids = memberIds === undefined ? undefined : listOf(memberIds, (m) => (str(m) ? m : null));
  if (ids === null) return null;
  return {
    id: v['id'],
    kind: v['kind'],
    lines,
    ok: v['ok'],
    message,
    ...(count === undefined ? {} : { count }),
    ...(ids === undefined ? {} : { memberIds: ids }),
  };
}

function parseSubordinate(v: unknown): SubordinateFormState | null {
  if (!isObj(v)) return null;
  const { orgId, name, level, state, handedInAt, comment } = v;
  if (!str(orgId) || !str(name) || !oneOf(ORG_LEVELS, level) || !oneOf(FORM_STATES, state))
    return null;
  if (!strOrNull(handedInAt) || !str(comment)) return null;
  return { orgId, name, level: level as OrgLevel, state, handedInAt, comment };
}

const DETAIL_TEXTS = ['fullName', 'address', 'phone', 'email', 'chairName'] as const;

/** Absent (a form cached by an older app) is null; present, it must be whole. */
function parseDetails(v: unknown): StatformDetails | null | undefined {
  if (v === undefined || v === null) return null;
  if (!isObj(v) || !DETAIL_TEXTS.every((k) => str(v[k])) || !strOrNull(v['handedInByName']))
    return undefined;
  const [fullName, address, phone, email, chairName] = DETAIL_TEXTS.map((k) => v[k] as string);
  return {
    fullName: fullName!,
    address: address!,
    phone: phone!,
    email: email!,
    chairName: chairName!,
    handedInByName: v['handedInByName'] as string | null,
  };
}

/** GET/PUT /api/orgs/:id/statforms and the hand-in, accept and return answers. */
export function parseStatform(v: unknown): Statform | null {
  if (!isObj(v)) return null;
  const { orgId, orgName, kind, asOf, period, campaign, state, frozen, comment } = v;
  if (!str(orgId) || !str(orgName) || !oneOf(FORM_KINDS, kind) || !str(asOf)) return null;
  if (!isObj(period) || !str(period['from']) || !str(period['to'])) return null;
  const parsedCampaign = campaign === null ? null : parseStatformCampaign(campaign);
  if (campaign !== null && parsedCampaign === null) return null;
  if (!oneOf(FORM_STATES, state) || typeof frozen !== 'boolean' || !str(comment)) return null;
  const { handedInBy, handedInAt, reviewedBy, reviewedAt, canEdit, canReview } = v;
  if (![handedInBy, handedInAt, reviewedBy, reviewedAt].every(strOrNull)) return null;
  const { previousAsOf, previousAccepted } = v;
  if (!strOrNull(previousAsOf) || typeof previousAccepted !== 'boolean') return null;
  if (typeof canEdit !== 'boolean' || typeof canReview !== 'boolean') return null;
  const lines = listOf(v['lines'], parseLine);
  const checks = listOf(v['checks'], parseCheck);
  const subordinates = listOf(v['subordinates'], parseSubordinate);
  const manual = recordOf(v['manual'], num);
  const explanations = recordOf(v['explanations'], str);
  const gapCounts = recordOf(v['gapCounts'], num);
  if (!lines || !checks || !subordinates || !manual || !explanations || !gapCounts) return null;
  if (!Object.keys(gapCounts).every((k) => oneOf(GAP_REASONS, k))) return null;
  const details = parseDetails(v['details']);
  if (details === undefined) return null;
  const own = parseOwn(v['own']);
  if (own === null) return null;
  return {
    orgId,
    orgName,
    details,
    kind: kind as FormKind,
    asOf,
    period: { from: period['from'], to: period['to'] },
    campaign: parsedCampaign,
    state,
    frozen,
    lines,
    manual,
    checks,
    explanations,
    gapCounts: gapCounts as Partial<Record<GapReason, number>>,
    handedInBy: handedInBy as string | null,
    handedInAt: handedInAt as string | null,
    reviewedBy: reviewedBy as string | null,
    reviewedAt: reviewedAt as string | null,
    comment,
    canEdit,
    canReview,
    subordinates,
    previousAsOf,
    previousAccepted,
    ...(own ? { own } : {}),
  };
}

/** Absent is undefined; present, values and gap counts must be whole. */
function parseOwn(v: unknown): StatformOwnFigures | null | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) return null;
  const values = recordOf(v['values'], num);
  const gapCounts = recordOf(v['gapCounts'], num);
  if (!values || !gapCounts || !Object.keys(gapCounts).every((k) => oneOf(GAP_REASONS, k)))
    return null;
  const off = v['holdersOff'];
  if (off !== undefined && !(Array.isArray(off) && off.every((k) => typeof k === 'string')))
    return null;
  return {
    values,
    gapCounts: gapCounts as Partial<Record<GapReason, number>>,
    ...(off === undefined ? {} : { holdersOff: off as string[] }),
  };
}

/** GET /api/orgs/:id/statforms/lines/:code */
export function parseStatformLineOrgs(v: unknown): StatformLineOrgs | null {
  if (!isObj(v) || !str(v['code'])) return null;
  const orgs = listOf(v['orgs'], (o) =>
    isObj(o) && str(o['orgId']) && str(o['name']) && num(o['value'])
      ? { orgId: o['orgId'], name: o['name'], value: o['value'] }
      : null,
  );
  return orgs && { code: v['code'], orgs };
}
