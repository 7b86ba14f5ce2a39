// Averages the weights of several perceptrons trained on the same data in
// different orders: one linear model, with less of the variance that any one
// shuffle leaves in it.
import type { SparseRow } from "./model.js";
import { TAG_COUNT } from "./tags.js";

export interface AveragedModel {
  readonly rows: readonly SparseRow[];
  readonly transitions: Float64Array;
}

/** The mean of the models' weights (a missing weight counts as 0), keeping |w| ≥ threshold. */
export function averageModels(models: readonly AveragedModel[], threshold: number): { rows: SparseRow[]; transitions: Float64Array } {
  const sums = new Map<number, Float64Array>();
  const transitions = new Float64Array(models[0]?.transitions.length ?? 0);
  for (const m of models) {
    for (const r of m.rows) {
      let row = sums.get(r.key);
      if (!row) {
        row = new Float64Array(TAG_COUNT);
        sums.set(r.key, row);
      }
      r.tags.forEach((t, k) => {
        row[t] = (row[t] ?? 0) + (r.values[k] ?? 0);
      });
    }
    m.transitions.forEach((v, i) => {
      transitions[i] = (transitions[i] ?? 0) + v / models.length;
    });
  }
  const rows: SparseRow[] = [];
  for (const key of [...sums.keys()].sort((a, b) => a - b)) {
    const row = sums.get(key) as Float64Array;
    const tags: number[] = [];
    const values: number[] = [];
    row.forEach((v, t) => {
      const mean = v / models.length;
      if (Math.abs(mean) >= threshold) {
        tags.push(t);
        values.push(mean);
      }
    });
    if (tags.length > 0) rows.push({ key, tags, values });
  }
  return { rows, transitions };
}
