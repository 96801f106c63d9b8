export {
  ELECTED_BODY_ROLES,
  POSITION_ROLES,
  holdsOn,
  isPositionRole,
  parsePosition,
} from './position.ts';
export type { PositionHolder, PositionRecord, PositionRole } from './position.ts';
export { checkEnding, checkPosition } from './position-rules.ts';
export type { PositionError } from './position-rules.ts';
export { POSITIONS_ROOT, Positions, readPositions } from './positions-doc.ts';
export type { PositionResult } from './positions-doc.ts';
export {
  chairOn,
  electedBodyOn,
  holdersOn,
  personsOn,
  termsEndingWithin,
  holderKey,
  withoutLeftHolders,
} from './as-of.ts';
export { addMonths } from './months.ts';
export { chairIndexEntries } from './chair-entries.ts';
export { POSITION_LABELS } from './labels.ts';
export { parseElectionDue, parseElectionsDue } from './wire.ts';
export type { ElectionDue } from './wire.ts';
export {
  HOLDER_STATES,
  foldFullName,
  fullName,
  holderInfo,
  linkByName,
  matchHolder,
} from './holders.ts';
export type { HolderInfo, HolderState, LinkOutcome } from './holders.ts';
export { parseHolderMatch, parseHolderStatus, parseHolderStatuses } from './holders-wire.ts';
export type { HolderMatch, HolderMatchRequest, HolderStatus } from './holders-wire.ts';
