// The seeded shuffle every statements learner uses between epochs, so the
// same data always gives the same model (a linear congruential generator and
// Fisher–Yates; the sequence is part of the shipped models' reproducibility).

/** A shuffler for `seed`: each call reorders `order` in place, continuing the same random sequence. */
export function seededShuffler(seed: number): (order: number[]) => void {
  let s = seed >>> 0;
  const random = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  return (order) => {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
  };
}
