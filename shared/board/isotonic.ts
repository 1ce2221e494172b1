// Weighted isotonic regression, the solver behind each row of the layout's sweeps.

/** Weighted least-squares nondecreasing fit (pool adjacent violators). */
export function isotonic(values: readonly number[], weights: readonly number[]): number[] {
  const pools: { sum: number; weight: number; count: number }[] = [];
  values.forEach((v, i) => {
    const w = weights[i]!;
    pools.push({ sum: v * w, weight: w, count: 1 });
    while (pools.length > 1) {
      const last = pools[pools.length - 1]!;
      const prev = pools[pools.length - 2]!;
      if (prev.sum / prev.weight <= last.sum / last.weight) break;
      pools.pop();
      prev.sum += last.sum;
      prev.weight += last.weight;
      prev.count += last.count;
    }
  });
  const out: number[] = [];
  for (const pool of pools) for (let i = 0; i < pool.count; i++) out.push(pool.sum / pool.weight);
  return out;
}
