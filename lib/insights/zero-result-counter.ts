// A10: zero-result query texts are counted per day in this process's memory only. A text
// reaches the database when its count reaches the threshold, never before, so a query typed
// once or twice leaves no trace anywhere. Counts are lost on restart, which only delays a
// text reaching the threshold; several server processes each count their own share.

export const ZERO_RESULT_THRESHOLD = 3;
/** Distinct texts held per day; beyond it new texts are not counted (memory stays bounded). */
export const MAX_CANDIDATES = 20_000;

export class ZeroResultCounter {
  private day = '';
  private counts = new Map<string, number>();

  /** Counts one search; returns the new count for that day, locale and text. */
  add(day: string, locale: string, text: string): number {
    if (day !== this.day) {
      this.day = day;
      this.counts.clear();
    }
    const key = `${locale}\u0000${text}`;
    const current = this.counts.get(key);
    if (current === undefined && this.counts.size >= MAX_CANDIDATES) return 0;
    const next = (current ?? 0) + 1;
    this.counts.set(key, next);
    return next;
  }

  get size() {
    return this.counts.size;
  }
}
