// The one shape of a request body read through its parser: the typed value, or the reason
// it is refused — an English message and, when one field is at fault, its name. The server
// answers a refusal with 400 `{ error: { code: 'bad-request', message, field? } }`; the
// parsers beside each wire type build their answers with these helpers.

export type BodyRefusal = {
  readonly ok: false;
  readonly message: string;
  /** The body's field at fault (a top-level key), when one is. */
  readonly field?: string;
};
export type BodyParse<T> = { readonly ok: true; readonly value: T } | BodyRefusal;

export const bodyOk = <T>(value: T): BodyParse<T> => ({ ok: true, value });

export const bodyRefused = (message: string, field?: string): BodyRefusal =>
  field === undefined ? { ok: false, message } : { ok: false, message, field };

/** A JSON object (not an array, not null): what every request body is. */
export const isBodyObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
