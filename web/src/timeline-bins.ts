// Statements per day across the corpus, and the day range the timeline strip
// shows: all days, or the central 96% when a few stray dates would squash it.
import type { GraphFile } from "../../src/graph/serialized.js";
import { recordDate } from "./dataset.js";

const MS_PER_DAY = 86_400_000;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY);
}

export function dayString(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Statements per ISO day (statements dated only to a month are left out). */
export function statementsPerDay(file: GraphFile): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of Object.values(file.statements)) {
    const day = recordDate(file, s);
    if (day && FULL_DAY.test(day) && !Number.isNaN(dayNumber(day))) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

export interface TimelineDomain {
  readonly first: number;
  readonly last: number;
  /** Counts per day number in [first, last]; days outside are clamped to the ends. */
  readonly bins: readonly number[];
  readonly max: number;
  readonly total: number;
}

export function timelineDomain(counts: ReadonlyMap<string, number>, maxSpanDays = 3 * 366): TimelineDomain | null {
  const days = [...counts.entries()].map(([d, c]) => [dayNumber(d), c] as const).sort((a, b) => a[0] - b[0]);
  const total = days.reduce((s, [, c]) => s + c, 0);
  if (days.length === 0) return null;
  let first = days[0]?.[0] ?? 0;
  let last = days[days.length - 1]?.[0] ?? first;
  if (last - first > maxSpanDays) {
    const at = (share: number): number => {
      let seen = 0;
      for (const [d, c] of days) {
        seen += c;
        if (seen >= total * share) return d;
      }
      return last;
    };
    first = at(0.02);
    last = Math.max(first, at(0.98));
  }
  const bins = new Array<number>(last - first + 1).fill(0);
  for (const [d, c] of days) {
    const i = Math.min(last, Math.max(first, d)) - first;
    bins[i] = (bins[i] ?? 0) + c;
  }
  return { first, last, bins, max: Math.max(...bins), total };
}
