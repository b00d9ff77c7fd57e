/** Percentile by nearest rank (no interpolation): a value that was actually measured. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/**
 * Theil–Sen slope: the median of the slopes between every pair of points. A few samples caught high
 * or low (a collector's or allocator's sawtooth) barely move it, while growth that goes on through
 * the run makes most pairs slope up, so it cannot hide: it is what a leak looks like.
 */
export function medianSlope(points: readonly { x: number; y: number }[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [a, b] = [points[i]!, points[j]!];
      if (a.x !== b.x) slopes.push((b.y - a.y) / (b.x - a.x));
    }
  }
  if (slopes.length === 0) return 0;
  slopes.sort((a, b) => a - b);
  const middle = slopes.length / 2;
  // The usual median here (the mean of the middle two), not a nearest rank that would lean low.
  return slopes.length % 2 === 1 ? slopes[Math.floor(middle)]! : (slopes[middle - 1]! + slopes[middle]!) / 2;
}

/** Milliseconds of a synchronous call. */
export function timeSync(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}
