// Parsers of the transfers' REST answers (wire.ts), used by the web's api client.
import { TRANSFER_STATUSES } from './wire.ts';
import type { TransferList, TransferStatus, TransferTarget, TransferView } from './wire.ts';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function listOf<T>(v: unknown, parse: (x: unknown) => T | null): T[] | null {
  if (!Array.isArray(v)) return null;
  const out = v.map(parse);
  return out.some((x) => x === null) ? null : (out as T[]);
}

function person(v: unknown): TransferView['person'] | undefined {
  if (v === null) return null;
  if (!isObj(v)) return undefined;
  const { surname, name, patronymic, birthDate } = v;
  if (!str(surname) || !str(name) || !str(patronymic) || !str(birthDate)) return undefined;
  return { surname, name, patronymic, birthDate };
}

export function parseTransferView(v: unknown): TransferView | null {
  if (!isObj(v)) return null;
  const { id, memberId, fromOrgId, fromOrgName, toOrgId, toOrgName, status } = v;
  if (![id, memberId, fromOrgId, fromOrgName, toOrgId, toOrgName].every(str)) return null;
  if (!(TRANSFER_STATUSES as readonly unknown[]).includes(status)) return null;
  const { createdAt, decidedAt, waitingDays, overdue } = v;
  if (!num(createdAt) || !(decidedAt === null || num(decidedAt)) || !num(waitingDays)) return null;
  if (typeof overdue !== 'boolean') return null;
  const who = person(v['person']);
  if (who === undefined) return null;
  return {
    id: id as string,
    memberId: memberId as string,
    fromOrgId: fromOrgId as string,
    fromOrgName: fromOrgName as string,
    toOrgId: toOrgId as string,
    toOrgName: toOrgName as string,
    status: status as TransferStatus,
    createdAt,
    decidedAt,
    waitingDays,
    overdue,
    person: who,
  };
}

/** GET /api/transfers?orgId= */
export function parseTransferList(v: unknown): TransferList | null {
  if (!isObj(v)) return null;
  const incoming = listOf(v['incoming'], parseTransferView);
  const outgoing = listOf(v['outgoing'], parseTransferView);
  const overdue = listOf(v['overdue'], parseTransferView);
  return incoming && outgoing && overdue && { incoming, outgoing, overdue };
}

/** GET /api/transfers/targets?q= */
export function parseTransferTargets(v: unknown): TransferTarget[] | null {
  return listOf(v, (t) =>
    isObj(t) && str(t['id']) && str(t['name']) && str(t['parentName'])
      ? { id: t['id'], name: t['name'], parentName: t['parentName'] }
      : null,
  );
}

/** POST /api/transfers */
export function parseTransferCreated(v: unknown): { id: string } | null {
  return isObj(v) && str(v['id']) ? { id: v['id'] } : null;
}
