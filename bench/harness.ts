/** One comparison a benchmark reports: a figure and the baseline measured beside it in the same run. */
export interface Comparison {
  name: string;
  unit: string;
  figure: number;
  baseline: number;
  baselineName: string;
  /** The least acceptable figure/baseline ratio, when the issue sets one. */
  target?: number;
}

export interface Benchmark {
  name: string;
  run(): Promise<Comparison[]>;
}

/**
 * Operations per second of `fn`, best of `rounds` rounds after a warm-up round. Subject and
 * baseline are measured alternately by the callers, so a slow moment of the machine hits both.
 */
export async function opsPerSecond(
  fn: () => unknown,
  { iterations = 10_000, rounds = 5 } = {},
): Promise<number> {
  let best = 0;
  for (let round = 0; round <= rounds; round++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) await fn();
    const elapsed = performance.now() - start;
    if (round > 0) best = Math.max(best, (iterations * 1000) / elapsed);
  }
  return best;
}

/** Measures several contenders in interleaved rounds and keeps each one's best round. */
export function interleaved<K extends string>(
  contenders: Record<K, () => unknown>,
  { iterations = 10_000, rounds = 7 } = {},
): Record<K, number> {
  const names = Object.keys(contenders) as K[];
  const best = Object.fromEntries(names.map((n) => [n, 0])) as Record<K, number>;
  for (let round = 0; round <= rounds; round++) {
    for (const name of names) {
      const fn = contenders[name];
      const start = performance.now();
      for (let i = 0; i < iterations; i++) fn();
      const elapsed = performance.now() - start;
      if (round > 0) best[name] = Math.max(best[name], (iterations * 1000) / elapsed);
    }
  }
  return best;
}
