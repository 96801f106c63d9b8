// A request's JSON body read through core's parser of its wire type (the parsers beside
// each wire type in core): the typed value, or the refusal. A body that is not JSON reaches
// the parser as undefined, so it is refused with the same reason as any other wrong shape.
// `badBody` is the one answer to a refusal: 400 bad-request with the message and the field.
import type { Context } from 'hono';
import type { BodyParse, BodyRefusal } from '@profgrid/core';
import { jsonBody } from './api-context.ts';
import type { ApiErrorBody } from './api-error.ts';

export async function parsedBody<T>(
  c: Context,
  parse: (body: unknown) => BodyParse<T>,
): Promise<BodyParse<T>> {
  return parse(await jsonBody(c));
}

export function badBody(c: Context, refusal: BodyRefusal) {
  const { message, field } = refusal;
  const body: ApiErrorBody = {
    error:
      field === undefined
        ? { code: 'bad-request', message }
        : { code: 'bad-request', message, field },
  };
  return c.json(body, 400);
}
