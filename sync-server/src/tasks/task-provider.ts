// The seam of the entry task list: each capability that expects something of a user
// (passport by a deadline; report forms, requests, transfers as they land) contributes a
// provider. A provider sees who asks and what they may reach, answers ids and figures only.
import type { TaskItem } from '@profgrid/core';
import type { UserAccess } from '../auth/access-policy.ts';
import type { StoredUser } from '../auth/user-store.ts';

export interface TaskAsker {
  readonly user: StoredUser;
  readonly access: UserAccess;
  /** YYYY-MM-DD in the organizations' calendar. */
  readonly today: string;
}

export type TaskProvider = (asker: TaskAsker) => Promise<readonly TaskItem[]>;
