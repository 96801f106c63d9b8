// Data requests on the server: sending (the draft checked by core, recipients resolved in
// the tree), the committee's table (a row per recipient from the derived answer columns),
// the chair's view of one request (questions and the registry's pre-fill from rollups),
// reminders, the answer documents' access rule and their stored-change hook.
//
// Access to `req:<rid>:<orgId>`: the organization must be a recipient of the request (any
// other name is refused, so nobody can grow documents on the relay); a user with an editor
// or admin grant on that organization itself writes — the chair answers for their own
// organization only; any other role on it (a committee above, a viewer) reads; no role —
// a sibling's chair — is denied.
import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import { ruCollator } from '@profgrid/core';
import type { OrgRecord } from '@profgrid/core';
import {
  AnswerDoc,
  answerProgress,
  checkRequestDraft,
  parseRequestDocName,
  prefillAnswers,
  requestCompletion,
} from '@profgrid/core/requests';
import type {
  DataRequest,
  DraftRefusal,
  RequestForOrg,
  RequestList,
  RequestRow,
  RequestTable,
} from '@profgrid/core/requests';
import type { UserAccess } from '../auth/access-policy.ts';
import type { Logger } from '../log.ts';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { RollupService } from '../rollups/rollup-service.ts';
import type { Sql } from '../store/sql.ts';
import { resolveRecipients } from './recipients.ts';
import { RequestStore } from './request-store.ts';
import type { RecipientRecord, RequestRecord } from './request-store.ts';

export interface RequestServiceOptions {
  readonly sql: Sql;
  readonly registry: SqlOrgRegistry;
  /** Pre-fill figures; absent in tests that need none. */
  readonly rollups?: RollupService;
  readonly logger: Logger;
  readonly now: () => number;
  /** YYYY-MM-DD in the organizations' calendar. */
  readonly today: () => string;
  /** Delay before a changed answer document is read into its row; default 200 ms. */
  readonly debounceMs?: number;
}

export type SendResult =
  | { readonly ok: true; readonly request: DataRequest }
  | { readonly ok: false; readonly code: DraftRefusal; readonly message: string };

const wire = (r: RequestRecord, recipients: number): DataRequest => ({
  id: r.id,
  ownerOrgId: r.orgId,
  title: r.title,
  deadline: r.deadline,
  questions: r.questions,
  createdAt: r.createdAt,
  recipients,
});

export class RequestService {
  readonly store: RequestStore;
  readonly #opts: RequestServiceOptions;
  /** requestId → its recipients (fixed once sent, so never stale; misses re-read). */
  readonly #recipients = new Map<string, ReadonlySet<string>>();
  readonly #pending = new Map<string, { doc: Y.Doc; timer: NodeJS.Timeout }>();
  /** Followers of a request's table (the committee's live stream), by request id. */
  readonly #followers = new Map<string, Set<() => void>>();
  #writes: Promise<unknown> = Promise.resolve();

  constructor(options: RequestServiceOptions) {
    this.#opts = options;
    this.store = new RequestStore(options.sql);
  }

  today(): string {
    return this.#opts.today();
  }

  async send(owner: OrgRecord, body: unknown, userId: string): Promise<SendResult> {
    const check = checkRequestDraft(body, this.today());
    if (!check.ok) return check;
    const { draft } = check;
    const recipients = resolveRecipients(this.#opts.registry, owner, draft.recipients);
    if (!recipients.ok) {
      return {
        ok: false,
        code: 'bad-request',
        message: `${recipients.outside} is not below ${owner.id}`,
      };
    }
    if (recipients.orgIds.length === 0) {
      return { ok: false, code: 'request-no-recipients', message: 'no subordinate organization' };
    }
    const record: RequestRecord = {
      id: randomUUID(),
      orgId: owner.id,
      title: draft.title,
      deadline: draft.deadline,
      questions: draft.questions,
      createdBy: userId,
      createdAt: this.#opts.now(),
    };
    await this.store.insert(record, recipients.orgIds);
    this.#recipients.set(record.id, new Set(recipients.orgIds));
    return { ok: true, request: wire(record, recipients.orgIds.length) };
  }

  async list(orgId: string): Promise<RequestList> {
    const today = this.today();
    const requests = await this.store.sentBy(orgId);
    const items = await Promise.all(
      requests.map(async (r) => {
        const rows = (await this.store.recipients(r.id)).map((x) => this.#status(r, x, today));
        return { request: wire(r, rows.length), completion: requestCompletion(rows) };
      }),
    );
    const received = (await this.store.receivedBy(orgId)).map(({ request, recipient }) => {
      const p = this.#status(request, recipient, today);
      return {
        request: wire(request, 0),
        answered: p.answered,
        overdue: p.overdue,
        percent: p.percent,
      };
    });
    return { today, requests: items, received };
  }

  async request(id: string): Promise<RequestRecord | undefined> {
    return this.store.request(id);
  }

  async table(request: RequestRecord): Promise<RequestTable> {
    const today = this.today();
    const { registry } = this.#opts;
    const rows: RequestRow[] = (await this.store.recipients(request.id)).map((x) => {
      const org = registry.get(x.orgId);
      const progress = answerProgress(request.questions, x, request.deadline, today);
      return {
        orgId: x.orgId,
        orgName: org ? org.shortName || org.name : x.orgId,
        answers: x.answers,
        note: x.note,
        filled: progress.filled,
        percent: progress.percent,
        answered: progress.answered,
        answeredAt: x.answeredAt,
        overdue: progress.overdue,
        remindedAt: x.remindedAt,
        reminders: x.reminders,
      };
    });
    rows.sort((a, b) => ruCollator.compare(a.orgName, b.orgName));
    return {
      today,
      request: wire(request, rows.length),
      rows,
      completion: requestCompletion(rows),
    };
  }

  async forOrg(request: RequestRecord, recipient: RecipientRecord): Promise<RequestForOrg> {
    const count = (await this.#recipientsOf(request.id)).size;
    const summary = (await this.#opts.rollups?.rollupCounted(recipient.orgId)) ?? null;
    return {
      today: this.today(),
      request: wire(request, count),
      orgId: recipient.orgId,
      prefill: prefillAnswers(request.questions, summary),
      remindedAt: recipient.remindedAt,
    };
  }

  /** Reminds the given recipients (all when absent) that have not answered; how many. */
  async remind(request: RequestRecord, orgIds?: readonly string[]): Promise<number> {
    const all = await this.#recipientsOf(request.id);
    const ids = orgIds ? orgIds.filter((id) => all.has(id)) : [...all];
    const reminded = await this.store.remind(request.id, ids, this.#opts.now());
    if (reminded > 0) this.#changed(request.id);
    return reminded;
  }

  /** Calls `fn` whenever a row of the request's table was written; returns the unfollow. */
  follow(requestId: string, fn: () => void): () => void {
    let set = this.#followers.get(requestId);
    if (!set) this.#followers.set(requestId, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.#followers.delete(requestId);
    };
  }

  #changed(requestId: string): void {
    for (const fn of this.#followers.get(requestId) ?? []) fn();
  }

  /** The relay's decision on an answer document (see the header). */
  async docAccess(
    access: UserAccess,
    requestId: string,
    orgId: string,
  ): Promise<'write' | 'read' | 'deny'> {
    if (!(await this.#recipientsOf(requestId)).has(orgId)) return 'deny';
    const role = access.roleOn(orgId);
    if (role === null) return 'deny';
    const ownChair = access.grants.some((g) => g.orgId === orgId && g.role !== 'viewer');
    return ownChair && role !== 'viewer' ? 'write' : 'read';
  }

  /** True when the organization is a recipient of the request. */
  async isRecipient(requestId: string, orgId: string): Promise<boolean> {
    return (await this.#recipientsOf(requestId)).has(orgId);
  }

  /** The relay stored a change of `docName`: an answer document's row follows, debounced. */
  docStored(docName: string, doc: Y.Doc): void {
    if (!parseRequestDocName(docName)) return;
    const pending = this.#pending.get(docName);
    if (pending) {
      pending.doc = doc;
      return;
    }
    const timer = setTimeout(() => this.#write(docName), this.#opts.debounceMs ?? 200);
    this.#pending.set(docName, { doc, timer });
  }

  /** Writes every pending row now (tests, shutdown). */
  async flush(): Promise<void> {
    for (const [name, p] of [...this.#pending]) {
      clearTimeout(p.timer);
      this.#write(name);
    }
    await this.#writes;
  }

  #write(docName: string): void {
    const pending = this.#pending.get(docName);
    this.#pending.delete(docName);
    const name = parseRequestDocName(docName);
    if (!pending || !name) return;
    const snap = new AnswerDoc(pending.doc).snapshot();
    this.#writes = this.#writes
      .then(() =>
        this.store.saveAnswer(
          name.requestId,
          name.orgId,
          { answers: { ...snap.answers }, note: snap.note, answeredAt: snap.answeredAt },
          this.#opts.now(),
        ),
      )
      .then(() => this.#changed(name.requestId))
      .catch((err: unknown) =>
        this.#opts.logger.error('request answer row not written', { error: String(err) }),
      );
  }

  #status(r: RequestRecord, x: RecipientRecord, today: string) {
    return answerProgress(r.questions, x, r.deadline, today);
  }

  async #recipientsOf(requestId: string): Promise<ReadonlySet<string>> {
    const known = this.#recipients.get(requestId);
    if (known) return known;
    const rows = await this.store.recipients(requestId);
    const set = new Set(rows.map((r) => r.orgId));
    if (set.size > 0) this.#recipients.set(requestId, set);
    return set;
  }
}
