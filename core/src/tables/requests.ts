// Parsers of the table registry's request bodies (sync-server/src/tables/table-routes.ts):
// untrusted JSON in, the typed body or the reason for the 400 answer out. Whether the
// organization exists, the user may edit it and the template is known stay with the route.
import type { BodyParse } from '../api/request-parsers.ts';

/** A table's or a saved template's title: 1..200 characters after trimming. */
export const TABLE_TITLE_MAX = 200;

export interface CreateTableRequest {
  readonly orgId: string;
  readonly title: string;
  readonly templateId: string;
}

export interface SaveTemplateRequest {
  readonly title: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const no = <T>(message: string): BodyParse<T> => ({ ok: false, message });
const TITLE_REASON = `title must be 1..${TABLE_TITLE_MAX} characters`;

function titleOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' || t.length > TABLE_TITLE_MAX ? null : t;
}

/** POST /api/tables: an organization id, a title (trimmed) and a template id. */
export function parseCreateTableRequest(v: unknown): BodyParse<CreateTableRequest> {
  if (!isObj(v) || typeof v['orgId'] !== 'string') {
    return no('expected { orgId, title, templateId }');
  }
  const title = titleOf(v['title']);
  if (title === null) return no(TITLE_REASON);
  const templateId = typeof v['templateId'] === 'string' ? v['templateId'] : '';
  return { ok: true, value: { orgId: v['orgId'], title, templateId } };
}

/** POST /api/tables/:id/template: the new template's title (trimmed). */
export function parseSaveTemplateRequest(v: unknown): BodyParse<SaveTemplateRequest> {
  const title = titleOf(isObj(v) ? v['title'] : undefined);
  return title === null ? no(TITLE_REASON) : { ok: true, value: { title } };
}
