// A long table's rows in two steps: the first screenful with the page's first paint, the
// rest right after it (a central dashboard's 80 children were ~100 ms of its first render,
// and two of them are in sight at 1366×768). `all()` shows every row at once (printing).
import { afterFirstPaint } from '../../ui/after-first-paint.ts';

export class RowsAfterPaint {
  readonly first: number;
  #painted = $state(false);

  constructor(first: number) {
    this.first = first;
    void afterFirstPaint().then(() => (this.#painted = true));
  }

  shown<T>(rows: readonly T[]): readonly T[] {
    return this.#painted ? rows : rows.slice(0, this.first);
  }

  all(): void {
    this.#painted = true;
  }
}
