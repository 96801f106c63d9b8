// Transfers between organizations: REST wire types and the overdue threshold.
export { TRANSFER_FIELDS, TRANSFER_OVERDUE_DAYS, TRANSFER_STATUSES } from './wire.ts';
export type {
  CreateTransferRequest,
  TransferField,
  TransferList,
  TransferStatus,
  TransferTarget,
  TransferView,
} from './wire.ts';
export {
  parseTransferCreated,
  parseTransferList,
  parseTransferTargets,
  parseTransferView,
} from './parse.ts';
export { TRANSFER_ID_PATTERN, parseCreateTransferRequest } from './transfer-request.ts';
