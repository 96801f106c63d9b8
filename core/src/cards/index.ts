// Electronic membership cards: numbers, the signed QR credential, keys, revocation list.
export {
  CARD_REGION_MAX,
  CARD_REGION_MIN,
  CARD_SERIAL_MAX,
  formatCardNumber,
  mod97CheckDigits,
  normalizeCardNumber,
  parseCardNumber,
} from './card-number.ts';
export type { CardNumber } from './card-number.ts';
export { base45Decode, base45Encode } from './base45.ts';
export { asciiBytes, fromHex, toHex } from './hex.ts';
export {
  CARD_EPOCH,
  CARD_QR_PREFIX,
  CREDENTIAL_BYTES,
  CREDENTIAL_FIELDS_BYTES,
  CREDENTIAL_TAG,
  CREDENTIAL_VERSION,
  SIGNATURE_BYTES,
  cardDay,
  credentialMessage,
  dayToIso,
  decodeCredential,
  encodeCredential,
} from './credential.ts';
export type { Credential, CredentialFields } from './credential.ts';
export { cardKeysToWire, parseCardKeys } from './card-keys.ts';
export type { CardKey, CardKeysWire, Ed25519Verify } from './card-keys.ts';
export {
  REVOCATION_TAG,
  parseRevocationList,
  revocationListMessage,
  verifyRevocationList,
} from './revocation-list.ts';
export type { RevocationList } from './revocation-list.ts';
export { CARD_INVALID_REASONS, verifyCardQr } from './verify-card.ts';
export type { CardCheck, CardInvalidReason, CardVerifyContext } from './verify-card.ts';
export {
  CARD_STATUSES,
  ISSUE_CARDS_MAX,
  REVOKE_REASONS,
  parseCardLinkResponse,
  parseCardLinkView,
  parseCardStats,
  parseCardStatusResponse,
  parseIssuedCard,
  parseIssuedCards,
  parseOrgCards,
} from './wire.ts';
export type {
  CardLinkResponse,
  CardLinkView,
  CardCounts,
  CardStats,
  CardStatus,
  CardStatusResponse,
  IssueCardsRequest,
  IssuedCard,
  OrgCards,
  RevokeReason,
} from './wire.ts';
export {
  CHECK_EVENTS_MAX,
  PARTNER_ADDRESSES_MAX,
  PARTNER_CATEGORIES,
  PARTNER_TEXT_MAX,
  initialsOf,
  parseCheckEvents,
  parsePartner,
  parsePartnerAccount,
  parsePartnerAccounts,
  parsePartnerFields,
  parsePartnerMe,
  parsePartnerStats,
  parsePartners,
  partnerActiveOn,
} from './partner.ts';
export type {
  CheckEvent,
  Partner,
  PartnerAccount,
  PartnerCategory,
  PartnerFields,
  PartnerMe,
  PartnerMonth,
  PartnerStats,
} from './partner.ts';
export {
  formatCardRegion,
  parseCardHolder,
  parseCardRegionCode,
  parseCardRegionRequest,
  parseCardRegionSetting,
  parseCardTokenRequest,
  parseCheckNumberRequest,
  parseIssueCardsRequest,
  parsePartnerAccountRequest,
  parsePartnerLoginPatch,
  parsePartnerLogins,
  parsePartnerNumberCheck,
} from './card-requests.ts';
export type {
  CardHolder,
  CardRegionSetting,
  PartnerAccountRequest,
  PartnerLogin,
  PartnerNumberCheck,
} from './card-requests.ts';
