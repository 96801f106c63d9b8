// Validation of a member's fields: each field's codec judges (cells/member.ts). A value is
// judged, never changed: the grid shows the reason and the value stays as typed.
import { MEMBER_FIELDS } from '../model/member.ts';
import type { MemberField, MemberRecord } from '../model/member.ts';
import { MEMBER_CODECS } from '../cells/member.ts';
import type { CellContext } from '../cells/codec.ts';
import type { ValidationResult } from '../cells/result.ts';

export type MemberValidationContext = CellContext;

export function validateMemberField(
  field: MemberField,
  value: string,
  ctx: MemberValidationContext = {},
): ValidationResult {
  return MEMBER_CODECS[field].validate(value, ctx);
}

/** Every invalid field of a member, keyed by field. */
export function validateMember(
  member: MemberRecord,
  ctx: MemberValidationContext = {},
): Partial<Record<MemberField, ValidationResult & { ok: false }>> {
  const out: Partial<Record<MemberField, ValidationResult & { ok: false }>> = {};
  // The known fields, not Object.keys: a grid row may carry keys of its own.
  for (const field of MEMBER_FIELDS) {
    const result = validateMemberField(field, member[field] ?? '', ctx);
    if (!result.ok) out[field] = result;
  }
  return out;
}
