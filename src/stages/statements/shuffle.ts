// The seeded shuffle every statements learner uses between epochs, so the
// same data always gives the same model (a linear congruential generator and
// Fisher–Yates; the sequence is part of the shipped models' reproducibility),
// and the average of several learners trained with different shuffles.

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

/** The average of `bag` weight vectors of `size`, the b-th trained with shuffle seed `firstSeed + b` (steadier than one). */
export function averageOverShuffles(size: number, bag: number, firstSeed: number, train: (seed: number) => Float32Array): Float32Array {
  const weights = new Float32Array(size);
  for (let b = 0; b < bag; b++) {
    const w = train(firstSeed + b);
    for (let i = 0; i < size; i++) weights[i] = (weights[i] ?? 0) + (w[i] ?? 0) / bag;
  }
  return weights;
}
