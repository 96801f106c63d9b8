// A request's JSON body read through core's parser of its wire type (api/request-parsers):
// the typed value, or the reason for a 400. A body that is not JSON reaches the parser as
// undefined, so it is refused with the same reason as any other wrong shape.
import type { Context } from 'hono';
import type { BodyParse } from '@profgrid/core';
import { jsonBody } from './api-context.ts';

export async function parsedBody<T>(
  c: Context,
  parse: (body: unknown) => BodyParse<T>,
): Promise<BodyParse<T>> {
  return parse(await jsonBody(c));
}
